// Package fontchars says which characters the embedded PDF font must hold:
// the GB2312 set (its 6,763 hanzi of levels 1 and 2 and its symbol rows),
// ASCII, Latin-1, general punctuation, CJK punctuation and full-width forms,
// and every character of a string literal in the code that writes reports
// or makes up the demo data. The subset font is cut to this list
// (make pdf-font) and a test checks the font against it.
package fontchars

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// SourceDirs hold the report templates and the texts that end up in reports:
// the documents, the demo data, the domain's labels and explanations, and
// the workflow (score explanations). Relative to the module root.
var SourceDirs = []string{"internal/documents", "internal/demo", "internal/domain", "internal/workflow"}

// Ranges beside GB2312: printable ASCII, Latin-1, general punctuation, CJK
// symbols and punctuation, full-width and half-width forms.
var Ranges = [][2]rune{{0x20, 0x7e}, {0xa0, 0xff}, {0x2010, 0x206f}, {0x3000, 0x303f}, {0xff00, 0xffef}}

// GB2312 are the characters of GB 2312 (rows 0xA1–0xA9 symbols, 0xB0–0xD7
// level-1 hanzi, 0xD8–0xF7 level-2 hanzi), decoded with the GBK table.
func GB2312() []rune { return gbRows(0xa1, 0xf7) }

// Hanzi are GB2312's 6,763 level-1 and level-2 hanzi (rows 0xB0–0xF7): the
// characters the test requires of the font whatever else it holds.
func Hanzi() []rune { return gbRows(0xb0, 0xf7) }

func gbRows(first, last int) []rune {
	dec := simplifiedchinese.GBK.NewDecoder()
	var out []rune
	for b1 := first; b1 <= last; b1++ {
		if b1 >= 0xaa && b1 <= 0xaf { // unassigned rows
			continue
		}
		for b2 := 0xa1; b2 <= 0xfe; b2++ {
			s, err := dec.Bytes([]byte{byte(b1), byte(b2)})
			if err != nil {
				continue
			}
			for _, r := range string(s) {
				if r != unicode.ReplacementChar && !unicode.Is(unicode.Co, r) {
					out = append(out, r)
				}
			}
		}
	}
	return out
}

// Literals are the visible characters of the string literals in the
// non-test Go files under dirs (relative to root).
func Literals(root string, dirs ...string) ([]rune, error) {
	seen := map[rune]bool{}
	fset := token.NewFileSet()
	for _, dir := range dirs {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
			if err != nil {
				return err
			}
			ast.Inspect(f, func(n ast.Node) bool {
				lit, ok := n.(*ast.BasicLit)
				if !ok || (lit.Kind != token.STRING && lit.Kind != token.CHAR) {
					return true
				}
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					return true
				}
				for _, r := range s {
					if unicode.IsGraphic(r) && !unicode.Is(unicode.Cf, r) {
						seen[r] = true
					}
				}
				return true
			})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	out := make([]rune, 0, len(seen))
	for r := range seen {
		out = append(out, r)
	}
	slices.Sort(out)
	return out, nil
}

// All is what the subset font is cut to: GB2312, the ranges and the literals
// under SourceDirs, sorted, each once.
func All(root string) ([]rune, error) {
	lits, err := Literals(root, SourceDirs...)
	if err != nil {
		return nil, err
	}
	all := append(GB2312(), lits...)
	for _, rg := range Ranges {
		for r := rg[0]; r <= rg[1]; r++ {
			if unicode.IsGraphic(r) {
				all = append(all, r)
			}
		}
	}
	slices.Sort(all)
	return slices.Compact(all), nil
}
