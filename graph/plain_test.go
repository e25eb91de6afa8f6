package graph

import (
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// A selection is plain only when every field is written from its object alone.
func TestPureSelection(t *testing.T) {
	f := func(name string) *ast.Field { return &ast.Field{Name: name, Alias: name} }
	skipped := f("name")
	skipped.Directives = ast.DirectiveList{{Name: "skip"}}
	cases := []struct {
		name string
		typ  string
		sel  ast.SelectionSet
		want bool
	}{
		{"scalars and enums", "Indicator", ast.SelectionSet{f("id"), f("name"), f("category"), f("targetValue"), f("actualValue"), f("weight"), f("__typename")}, true},
		{"an object below", "Indicator", ast.SelectionSet{f("id"), f("target")}, false},
		{"a resolver's connection", "Target", ast.SelectionSet{f("id"), f("indicators")}, false},
		{"a fragment", "Indicator", ast.SelectionSet{f("id"), &ast.InlineFragment{TypeCondition: "Indicator"}}, false},
		{"a directive", "Indicator", ast.SelectionSet{f("id"), skipped}, false},
		{"an unknown type", "Nope", ast.SelectionSet{f("id")}, false},
	}
	for _, c := range cases {
		if got := pureSelection(c.typ, c.sel); got != c.want {
			t.Errorf("%s: pureSelection = %v, want %v", c.name, got, c.want)
		}
	}
}

// plainSelection answers for objects only, and only in a query's memory.
func TestPlainSelection(t *testing.T) {
	sel := ast.SelectionSet{&ast.Field{Name: "id"}, &ast.Field{Name: "name"}}
	object := graphql.CollectedField{Field: &ast.Field{Name: "node", SelectionSet: sel,
		Definition: &ast.FieldDefinition{Type: ast.NamedType("Indicator", nil)}}, Selections: sel}
	list := graphql.CollectedField{Field: &ast.Field{Name: "nodes", SelectionSet: sel,
		Definition: &ast.FieldDefinition{Type: ast.ListType(ast.NamedType("Indicator", nil), nil)}}, Selections: sel}
	scalar := graphql.CollectedField{Field: &ast.Field{Name: "name",
		Definition: &ast.FieldDefinition{Type: ast.NamedType("String", nil)}}}
	if (&executionContext{}).plainSelection(object) {
		t.Error("plain without a query's memory (a mutation, a deferred query)")
	}
	ec := &executionContext{mem: memoryPool.Get().(*operationMemory)}
	defer ec.releaseMemory()
	if !ec.plainSelection(object) || !ec.plainSelection(object) {
		t.Error("an indicator's id and name are not plain")
	}
	if ec.plainSelection(list) {
		t.Error("a list is plain: its elements' contexts are made by the list")
	}
	if ec.plainSelection(scalar) {
		t.Error("a scalar without a selection is plain")
	}
}
