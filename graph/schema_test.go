package graph

import (
	"strings"
	"testing"
	"unicode"

	"github.com/vektah/gqlparser/v2/ast"
)

// TestEveryTypeAndFieldIsDescribedInChineseAndEnglish walks the executable
// schema: front-end teams read these descriptions in GraphiQL.
func TestEveryTypeAndFieldIsDescribedInChineseAndEnglish(t *testing.T) {
	schema := NewSchema(nil, nil).Schema()
	bilingual := func(s string) bool {
		return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0 &&
			strings.IndexFunc(s, func(r rune) bool { return r < 128 && unicode.IsLetter(r) }) >= 0
	}
	missing := 0
	report := func(what string) {
		missing++
		if missing <= 20 {
			t.Errorf("no bilingual description: %s", what)
		}
	}
	for name, def := range schema.Types {
		if def.BuiltIn || strings.HasPrefix(name, "__") || isStandardScalar(name) {
			continue
		}
		if !bilingual(def.Description) {
			report(name)
		}
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			if !bilingual(f.Description) {
				report(name + "." + f.Name)
			}
			for _, a := range f.Arguments {
				if !bilingual(a.Description) {
					report(name + "." + f.Name + "(" + a.Name + ")")
				}
			}
		}
		for _, v := range def.EnumValues {
			if !bilingual(v.Description) {
				report(name + "." + v.Name)
			}
		}
	}
	if missing > 0 {
		t.Fatalf("%d definitions lack a Chinese and English description", missing)
	}
}

func isStandardScalar(name string) bool {
	switch name {
	case "String", "Int", "Float", "Boolean", "ID":
		return true
	}
	return false
}

var _ = ast.Object
