package graph

import (
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// plainSelection: every field selected of field's object is written by the
// direct path from the object alone (pureFields), so nothing below reads
// field's context (no resolver collects fields there, no marshaller reports
// an error at its path): the direct path then makes none. A drill-down's
// indicator nodes: two allocations each. Fragments and directives (@skip,
// @include) are taken as not plain, and answered for each operation once.
func (ec *executionContext) plainSelection(field graphql.CollectedField) bool {
	m := ec.mem
	if m == nil || field.Field == nil || field.Definition == nil || field.Definition.Type.Elem != nil || len(field.Selections) == 0 {
		return false
	}
	m.mu.Lock()
	plain, known := m.plain[field.Field]
	m.mu.Unlock()
	if known {
		return plain
	}
	plain = pureSelection(field.Definition.Type.NamedType, field.Selections)
	m.mu.Lock()
	m.plain[field.Field] = plain
	m.mu.Unlock()
	return plain
}

func pureSelection(typeName string, selections ast.SelectionSet) bool {
	for _, s := range selections {
		f, ok := s.(*ast.Field)
		if !ok || len(f.Directives) > 0 {
			return false
		}
		if f.Name != "__typename" && !pureFields[typeName+"_"+f.Name] {
			return false
		}
	}
	return true
}
