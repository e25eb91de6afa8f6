package graph

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// A field context of withFieldContext is read as graphql.WithFieldContext's:
// the field context and its parent under gqlgen's key, every other value
// and the cancellation from the parent context.
func TestFieldContextNodeIsWithFieldContexts(t *testing.T) {
	if fieldContextKey == nil {
		t.Fatal("gqlgen's field context key was not found: graph/memory.go would fall back to graphql.WithFieldContext")
	}
	type otherKey struct{}
	parent, cancel := context.WithCancel(context.WithValue(context.Background(), otherKey{}, "v"))
	outer := &graphql.FieldContext{Object: "Outer"}
	parent = graphql.WithFieldContext(parent, outer)
	ec := &executionContext{mem: memoryPool.Get().(*operationMemory)}
	defer ec.releaseMemory()
	inner := &graphql.FieldContext{Object: "Inner"}
	ctx := ec.withFieldContext(parent, inner)
	if _, small := ctx.(*fieldContextNode); !small {
		t.Fatalf("context %T, want a fieldContextNode", ctx)
	}
	if got := graphql.GetFieldContext(ctx); got != inner || got.Parent != outer {
		t.Fatalf("field context %+v (parent %+v), want Inner under Outer", got, got.Parent)
	}
	if ctx.Value(otherKey{}) != "v" {
		t.Fatal("a parent's value is not seen")
	}
	var fcs [2]graphql.FieldContext
	var idx [2]int
	ret := marshalElements(ctx, make(graphql.Array, 2), fcs[:], idx[:], newContextNodes(2), true,
		func(ctx context.Context, i int) graphql.Marshaler {
			if fc := graphql.GetFieldContext(ctx); fc != &fcs[i] || *fc.Index != i || fc.Parent != inner {
				t.Errorf("element %d: field context %+v", i, fc)
			}
			return graphql.Null
		})
	if len(ret) != 2 {
		t.Fatalf("%d elements", len(ret))
	}
	cancel()
	if ctx.Err() == nil {
		t.Fatal("the parent's cancellation is not seen")
	}
}
