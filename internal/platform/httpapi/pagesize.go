package httpapi

import (
	"slices"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// setDefaultPageSizes gives every connection field queried without first and
// last (or with both null) the argument first: size, so that neither the
// resolver nor entgql's eager loading of nested edges reads an unbounded list.
//
// The parsed document is shared through the query cache by concurrent
// requests, so it is never changed: the fields that need the argument, and
// their ancestors and fragments, are copied for this request only.
func setDefaultPageSizes(rc *graphql.OperationContext, size int) {
	p := &pager{vars: rc.Variables, doc: rc.Doc, size: strconv.Itoa(size), frags: map[string]*ast.FragmentDefinition{}}
	set, changed := p.selectionSet(rc.Operation.SelectionSet)
	fragsChanged := false
	for _, f := range rc.Doc.Fragments {
		fragsChanged = fragsChanged || p.fragment(f.Name) != f
	}
	if !changed && !fragsChanged {
		return
	}
	doc := *rc.Doc
	doc.Fragments = make(ast.FragmentDefinitionList, len(rc.Doc.Fragments))
	for i, f := range rc.Doc.Fragments {
		doc.Fragments[i] = p.fragment(f.Name)
	}
	op := *rc.Operation
	op.SelectionSet = set
	doc.Operations = slices.Clone(rc.Doc.Operations)
	for i, o := range doc.Operations {
		if o == rc.Operation {
			doc.Operations[i] = &op
		}
	}
	rc.Doc, rc.Operation = &doc, &op
}

type pager struct {
	vars  map[string]any
	doc   *ast.QueryDocument
	size  string
	frags map[string]*ast.FragmentDefinition // the rewritten fragments by name
}

// selectionSet returns set itself when nothing in it changes, else a copy.
func (p *pager) selectionSet(set ast.SelectionSet) (ast.SelectionSet, bool) {
	var out ast.SelectionSet
	for i, sel := range set {
		next := sel
		switch sel := sel.(type) {
		case *ast.Field:
			next = p.field(sel)
		case *ast.InlineFragment:
			if s, changed := p.selectionSet(sel.SelectionSet); changed {
				cp := *sel
				cp.SelectionSet = s
				next = &cp
			}
		case *ast.FragmentSpread:
			if d := p.fragment(sel.Name); d != nil && d != sel.Definition {
				cp := *sel
				cp.Definition = d
				next = &cp
			}
		}
		if next != sel && out == nil {
			out = slices.Clone(set)
		}
		if out != nil {
			out[i] = next
		}
	}
	if out == nil {
		return set, false
	}
	return out, true
}

func (p *pager) fragment(name string) *ast.FragmentDefinition {
	if d, ok := p.frags[name]; ok {
		return d
	}
	d := p.doc.Fragments.ForName(name)
	if d == nil {
		return nil
	}
	p.frags[name] = d // validation forbids cycles; this only guards the walk
	if s, changed := p.selectionSet(d.SelectionSet); changed {
		cp := *d
		cp.SelectionSet = s
		d = &cp
	}
	p.frags[name] = d
	return d
}

func (p *pager) field(f *ast.Field) ast.Selection {
	args, argsChanged := f.Arguments, false
	if isConnection(f) {
		_, hasFirst := intArgument(f.Arguments.ForName("first"), p.vars)
		_, hasLast := intArgument(f.Arguments.ForName("last"), p.vars)
		if def := f.Definition.Arguments.ForName("first"); def != nil && !hasFirst && !hasLast {
			args, argsChanged = p.withFirst(f, def), true
		}
	}
	set, changed := p.selectionSet(f.SelectionSet)
	if !argsChanged && !changed {
		return f
	}
	cp := *f
	cp.Arguments, cp.SelectionSet = args, set
	return &cp
}

// withFirst is f's arguments with first set to the default page size (in
// place of a first whose variable is null).
func (p *pager) withFirst(f *ast.Field, def *ast.ArgumentDefinition) ast.ArgumentList {
	args := make(ast.ArgumentList, 0, len(f.Arguments)+1)
	for _, a := range f.Arguments {
		if a.Name != "first" {
			args = append(args, a)
		}
	}
	return append(args, &ast.Argument{Name: "first", Position: f.Position,
		Value: &ast.Value{Kind: ast.IntValue, Raw: p.size, Position: f.Position, ExpectedType: def.Type}})
}
