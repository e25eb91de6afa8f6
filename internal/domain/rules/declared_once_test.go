package rules

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// The monitoring and grading thresholds are declared once, in
// NationalDefaults (params.go); every other place reads them from a rule set
// (rules.Params). TestThresholdsDeclaredOnce scans the module's hand-written
// Go (tests and generated files left out) for the shapes a copy takes.

// thresholdFields are the Params fields of the monitoring and grading rules.
var thresholdFields = []string{"GradeExcellent", "GradeGood", "GradeFair", "QualitativeAchievedMin", "QualitativePartlyMin",
	"WarningRedBelow", "WarningYellowBelow", "WarningBlueFrom", "IndicatorPoints"}

// thresholdValues are their national values.
var thresholdValues = []string{"0.6", "0.8", "1.2", "60", "80", "90"}

// comparedInText finds a threshold compared in a string (SQL, a message, a description).
var comparedInText = regexp.MustCompile(`(?:[<>]=?|[≥≤＜＞])\s*(?:0?\.6|0?\.8|1\.2|60|80|90)(?:\.0+)?(?:[^\w.]|$)`)

var generatedMarker = regexp.MustCompile(`(?m)^// Code generated .* DO NOT EDIT\.$`)

type finding struct{ where, what string }

func isThreshold(lit *ast.BasicLit) bool {
	v := lit.Value
	switch lit.Kind {
	case token.STRING:
		s, err := strconv.Unquote(v)
		if err != nil {
			return false
		}
		v = s
	case token.INT, token.FLOAT:
	default:
		return false
	}
	x, err := decimal.NewFromString(strings.TrimSpace(v))
	if err != nil {
		return false
	}
	return slices.ContainsFunc(thresholdValues, func(t string) bool { return x.Equal(decimal.RequireFromString(t)) })
}

func hasThresholdLiteral(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && isThreshold(lit) {
			found = true
		}
		return !found
	})
	return found
}

// scanThresholds lists the copies of a threshold in one file's source.
func scanThresholds(name string, src []byte) ([]finding, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, 0)
	if err != nil {
		return nil, err
	}
	var out []finding
	add := func(n ast.Node, what string) {
		out = append(out, finding{fset.Position(n.Pos()).String(), what})
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.KeyValueExpr: // Params{WarningRedBelow: d("0.6")}
			if k, ok := n.Key.(*ast.Ident); ok && slices.Contains(thresholdFields, k.Name) && hasThresholdLiteral(n.Value) {
				add(n, "a threshold field set to a number: "+k.Name)
			}
		case *ast.AssignStmt: // p.WarningRedBelow = d("0.6")
			for i, l := range n.Lhs {
				if s, ok := l.(*ast.SelectorExpr); ok && slices.Contains(thresholdFields, s.Sel.Name) && i < len(n.Rhs) && hasThresholdLiteral(n.Rhs[i]) {
					add(n, "a threshold field set to a number: "+s.Sel.Name)
				}
			}
		case *ast.CallExpr: // decimal.RequireFromString("0.8"), decimal.NewFromInt(90)
			if s, ok := n.Fun.(*ast.SelectorExpr); ok {
				if pkg, ok := s.X.(*ast.Ident); ok && pkg.Name == "decimal" && slices.ContainsFunc(n.Args, hasThresholdLiteral) {
					add(n, "a threshold made a decimal: decimal."+s.Sel.Name)
				}
			}
		case *ast.BinaryExpr: // rate < 0.6
			switch n.Op {
			case token.LSS, token.GTR, token.LEQ, token.GEQ:
				for _, side := range []ast.Expr{n.X, n.Y} {
					if lit, ok := side.(*ast.BasicLit); ok && lit.Kind != token.STRING && isThreshold(lit) {
						add(n, "a comparison with a threshold")
					}
				}
			}
		case *ast.BasicLit: // "… WHERE rate < 0.6", "优≥90"
			if s, err := strconv.Unquote(n.Value); err == nil && n.Kind == token.STRING && comparedInText.MatchString(s) {
				add(n, "a threshold compared in text: "+comparedInText.FindString(s))
			}
		}
		return true
	})
	return out, nil
}

func TestThresholdsDeclaredOnce(t *testing.T) {
	root := filepath.Join("..", "..", "..")
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root not found from the rules package: %v", err)
	}
	declared := map[string]int{}
	var copies []finding
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); n == "node_modules" || n == "frontend" || strings.HasPrefix(n, ".") && path != root {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		// Generated files carry Go's marker line; gqlgen's resolver files,
		// which are written by hand, do not, and are scanned.
		if generatedMarker.Match(src[:min(len(src), 2048)]) || bytes.Contains(src[:min(len(src), 256)], []byte("//go:build ignore")) {
			return nil
		}
		files++
		found, err := scanThresholds(path, src)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		for _, f := range found {
			if rel == filepath.Join("internal", "domain", "rules", "params.go") && strings.HasPrefix(f.what, "a threshold field set to a number: ") {
				declared[strings.TrimPrefix(f.what, "a threshold field set to a number: ")]++
				continue
			}
			copies = append(copies, f)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 100 {
		t.Fatalf("scanned only %d Go files: the walk missed the module", files)
	}
	for _, name := range thresholdFields {
		if declared[name] != 1 {
			t.Errorf("%s is declared %d times in params.go, want once (NationalDefaults)", name, declared[name])
		}
	}
	for _, c := range copies {
		t.Errorf("%s: %s — read it from the rule set (rules.Params) instead", c.where, c.what)
	}
}

// TestScanThresholdsFindsCopies: each shape a copy took before it moved into
// the rules is found, and ordinary numbers are not.
func TestScanThresholdsFindsCopies(t *testing.T) {
	for _, tc := range []struct {
		code string
		want int
	}{
		{`p := Params{WarningRedBelow: d("0.6")}`, 1},
		{`p.GradeExcellent = decimal.NewFromInt(90)`, 2}, // the field and the decimal
		{`if rate < 0.6 { return "RED" }`, 1},
		{`x := decimal.RequireFromString("0.8")`, 1},
		{"const q = `SELECT count(*) FILTER (WHERE paid / budget < 0.8) FROM m`", 1},
		{`s := "优≥90、良≥80、中≥60；监控预警红色<60%"`, 1},
		{`lifetime := 90 * 24 * time.Hour`, 0},
		{`shares := []float64{0.6, 0.4}`, 0},
		{`p := Params{GradeExcellent: q.GradeExcellent}`, 0},
		{`if n > 100 { return }`, 0},
	} {
		found, err := scanThresholds("x.go", []byte(fmt.Sprintf("package x\nfunc f() {\n%s\n}\n", tc.code)))
		if err != nil {
			t.Fatalf("%s: %v", tc.code, err)
		}
		if len(found) != tc.want {
			t.Errorf("%s: %d findings %v, want %d", tc.code, len(found), found, tc.want)
		}
	}
}
