package docs_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql/errcode"
)

// codeShape is what an error code looks like (BAD_USER_INPUT).
var codeShape = regexp.MustCompile(`^[A-Z][A-Z_]{3,}$`)

// codePackages declare the codes as Code* constants; elsewhere such names mean other things.
var codePackages = []string{"internal/domain/fail", "internal/platform/httpapi", "internal/platform/live"}

// errorWriters take a code as a string argument.
var errorWriters = map[string]bool{"writeJSONError": true, "writeRequestError": true, "rejection": true, "say": true}

// serverCodes reads the server's sources for every error code it can send:
// Code* constants of codePackages, code literals passed to the error
// writers, and fail.Error literals with a literal Code; plus gqlgen's own.
func serverCodes(t *testing.T) map[string]string {
	codes := map[string]string{errcode.ParseFailed: "gqlgen", errcode.ValidationFailed: "gqlgen"}
	fset := token.NewFileSet()
	for _, root := range []string{"../internal", "../graph", "../server"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || strings.HasSuffix(path, "generated.go") {
				return err
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			rel := strings.TrimPrefix(filepath.ToSlash(filepath.Dir(path)), "../")
			declares := false
			for _, p := range codePackages {
				declares = declares || rel == p
			}
			literal := func(e ast.Expr) {
				if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					if s, err := strconv.Unquote(lit.Value); err == nil && codeShape.MatchString(s) {
						codes[s] = fset.Position(lit.Pos()).String()
					}
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.ValueSpec:
					for i, name := range n.Names {
						if declares && strings.HasPrefix(name.Name, "Code") && i < len(n.Values) {
							literal(n.Values[i])
						}
					}
				case *ast.CallExpr:
					if id, ok := n.Fun.(*ast.Ident); ok && errorWriters[id.Name] {
						for _, a := range n.Args {
							literal(a)
						}
					}
				case *ast.CompositeLit:
					if isFailError(n.Type, rel) {
						for _, e := range n.Elts {
							if kv, ok := e.(*ast.KeyValueExpr); ok {
								if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "Code" {
									literal(kv.Value)
								}
							}
						}
					}
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return codes
}

func isFailError(typ ast.Expr, dir string) bool {
	if sel, ok := typ.(*ast.SelectorExpr); ok {
		x, _ := sel.X.(*ast.Ident)
		return x != nil && x.Name == "fail" && sel.Sel.Name == "Error"
	}
	id, ok := typ.(*ast.Ident)
	return ok && id.Name == "Error" && dir == "internal/domain/fail"
}

// TestErrorCatalogueListsEveryCode: docs/errors.md names every error code
// the server can send, so a client never meets one it cannot look up.
func TestErrorCatalogueListsEveryCode(t *testing.T) {
	raw, err := os.ReadFile("errors.md")
	if err != nil {
		t.Fatal(err)
	}
	codes := serverCodes(t)
	for _, known := range []string{"BAD_USER_INPUT", "UNAUTHENTICATED", "TOO_MANY_CONCURRENT_QUERIES", "RESPONSE_TOO_LARGE", "TOO_MANY_SUBSCRIPTIONS", "TOO_MANY_REQUESTS"} {
		if codes[known] == "" {
			t.Fatalf("the scan of the sources misses %s: it is broken", known)
		}
	}
	var missing []string
	for code, where := range codes {
		if !strings.Contains(string(raw), "`"+code+"`") {
			missing = append(missing, code+" ("+where+")")
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("docs/errors.md does not list these codes the server sends:\n%s", strings.Join(missing, "\n"))
	}
}
