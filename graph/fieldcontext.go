package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// withFieldContext is graphql.WithFieldContext in half its memory:
// context.WithValue's node (48 bytes: the key, the value and the parent) is
// an allocation per object field and per list element, a drill-down's 422
// indicators 844 of them; this one holds the parent and the field context
// (24 bytes), and a list's are one allocation. They are not pooled with the
// query's memory: a context outlives the answer where a goroutine keeps it
// (database/sql watches a query's context until its rows are closed).
// graph/sequential rewrites the generated direct path to call it.
func (ec *executionContext) withFieldContext(ctx context.Context, fc *graphql.FieldContext) context.Context {
	if fieldContextKey == nil {
		return graphql.WithFieldContext(ctx, fc)
	}
	return new(fieldContextNode).wrap(ctx, fc)
}

// newContextNodes are the contexts of a list's elements (nil: gqlgen's own).
func newContextNodes(length int) []fieldContextNode {
	if fieldContextKey == nil {
		return nil
	}
	return make([]fieldContextNode, length)
}

// fieldContextNode is the context graphql.WithFieldContext makes: the field
// context under gqlgen's key, everything else from the parent.
type fieldContextNode struct {
	context.Context
	fc *graphql.FieldContext
}

func (n *fieldContextNode) wrap(parent context.Context, fc *graphql.FieldContext) context.Context {
	fc.Parent = graphql.GetFieldContext(parent)
	n.Context, n.fc = parent, fc
	return n
}

func (n *fieldContextNode) Value(key any) any {
	if key == fieldContextKey {
		return n.fc
	}
	return n.Context.Value(key)
}

// fieldContextKey is the key gqlgen keeps the field context under (an
// unexported value), learnt by asking for the field context of a context
// that records the key it is asked for, and checked against
// graphql.WithFieldContext's own context; nil when gqlgen no longer finds it
// so (then every query uses graphql.WithFieldContext).
var fieldContextKey = func() any {
	probe := &keyProbe{Context: context.Background()}
	graphql.GetFieldContext(probe)
	fc := &graphql.FieldContext{}
	if probe.key == nil || graphql.WithFieldContext(context.Background(), fc).Value(probe.key) != fc {
		return nil
	}
	return probe.key
}()

type keyProbe struct {
	context.Context
	key any
}

func (p *keyProbe) Value(key any) any {
	p.key = key
	return nil
}
