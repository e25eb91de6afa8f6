// Package schemacheck finds the changes between two GraphQL schemas that break
// existing clients: a removed type, field, argument or enum value, a changed
// field or argument type, a new required argument or input field. Adding is
// never breaking. docs/schema-policy.md says how a breaking change is declared.
package schemacheck

import (
	"fmt"
	"sort"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
)

// Breaking lists what old's clients rely on and new no longer offers, each as
// "Path: what changed", sorted.
func Breaking(old, new *ast.Schema) []string {
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	for name, o := range old.Types {
		if o.BuiltIn || strings.HasPrefix(name, "__") {
			continue
		}
		n := new.Types[name]
		if n == nil {
			add("%s: type removed", name)
			continue
		}
		if n.Kind != o.Kind {
			add("%s: kind changed from %s to %s", name, o.Kind, n.Kind)
			continue
		}
		for _, v := range o.EnumValues {
			if n.EnumValues.ForName(v.Name) == nil {
				add("%s.%s: enum value removed", name, v.Name)
			}
		}
		for _, t := range o.Types {
			if !contains(n.Types, t) {
				add("%s: union member %s removed", name, t)
			}
		}
		for _, f := range o.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			nf := n.Fields.ForName(f.Name)
			if nf == nil {
				add("%s.%s: field removed", name, f.Name)
				continue
			}
			if nf.Type.String() != f.Type.String() {
				add("%s.%s: type changed from %s to %s", name, f.Name, f.Type, nf.Type)
			}
			for _, a := range f.Arguments {
				na := nf.Arguments.ForName(a.Name)
				if na == nil {
					add("%s.%s(%s): argument removed", name, f.Name, a.Name)
				} else if na.Type.String() != a.Type.String() {
					add("%s.%s(%s): type changed from %s to %s", name, f.Name, a.Name, a.Type, na.Type)
				}
			}
			for _, na := range nf.Arguments {
				if f.Arguments.ForName(na.Name) == nil && na.Type.NonNull && na.DefaultValue == nil {
					add("%s.%s(%s): new required argument", name, f.Name, na.Name)
				}
			}
		}
		if n.Kind == ast.InputObject {
			for _, nf := range n.Fields {
				if o.Fields.ForName(nf.Name) == nil && nf.Type.NonNull && nf.DefaultValue == nil {
					add("%s.%s: new required input field", name, nf.Name)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
