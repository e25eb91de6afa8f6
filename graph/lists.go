package graph

import (
	"context"
	"io"

	"github.com/99designs/gqlgen/graphql"
)

// marshalList marshals a list's elements one after another in the calling
// goroutine. gqlgen's own graphql.MarshalSliceConcurrently starts a goroutine
// per element, which for the drill-down (1,000 indicators, 50 projects) cost
// more in goroutine start-up and stack growth than the fields themselves:
// the elements' data is already loaded (entgql's field collection and the
// operation's loaders, which batch without a time window), so nothing is
// waited for in parallel. graph/sequential rewrites the generated code to
// call this after every `go tool gqlgen`; it keeps gqlgen's signature and
// behaviour (a panicking element is reported and becomes null).
func marshalList(ctx context.Context, length int, _ int64, omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler,
) graphql.Array {
	ret := make(graphql.Array, length)
	// One block of field contexts and indexes for the whole list: two
	// allocations instead of two per element.
	fcs := make([]graphql.FieldContext, length)
	idx := make([]int, length)
	for i := range length {
		idx[i] = i
		fcs[i].Index = &idx[i]
		child := graphql.WithFieldContext(ctx, &fcs[i])
		if omitPanicHandler {
			ret[i] = marshalElement(child, i)
			continue
		}
		ret[i] = marshalRecovering(child, i, marshalElement)
	}
	return ret
}

func marshalRecovering(ctx context.Context, i int, marshalElement func(ctx context.Context, i int) graphql.Marshaler) (m graphql.Marshaler) {
	defer func() {
		if r := recover(); r != nil {
			graphql.AddError(ctx, graphql.Recover(ctx, r))
			m = graphql.Null
		}
	}()
	return marshalElement(ctx, i)
}

// newDeferredGroup is graphql.NewDeferredGroup without the path: gqlgen
// computes every object's path (an allocation per object) for @defer, which
// almost no operation uses. The path is taken when a group has deferred
// fields, from the same context (deferredWithPath). graph/sequential
// rewrites the generated code to call both.
func newDeferredGroup(ctx context.Context) graphql.DeferredGroup {
	return graphql.DeferredGroup{
		FieldSet: graphql.NewFieldSet(nil),
		Defers:   make(map[string]*graphql.FieldSetView),
		Context:  ctx,
	}
}

func deferredWithPath(dg graphql.DeferredGroup) graphql.DeferredGroup {
	if dg.Path == nil {
		dg.Path = graphql.GetPath(dg.Context)
	}
	return dg
}

// objectFields writes an object's resolved fields. gqlgen's FieldSet.MarshalGQL
// allocates a map of the names written and a copy of every field per object
// (about a fifth of a drill-down's allocations); the names of one object are
// few, so a repeated one is found by looking back instead. graph/sequential
// rewrites the generated object marshallers to return it.
type objectFields struct {
	*graphql.FieldSet
	fields []graphql.CollectedField
}

func (o objectFields) MarshalGQL(w io.Writer) {
	io.WriteString(w, "{")
	first := true
	for i := range o.fields {
		alias := o.fields[i].Alias
		if repeated(o.fields[:i], alias) {
			continue // as gqlgen: the first field of a name is written
		}
		if !first {
			io.WriteString(w, ",")
		}
		first = false
		// A GraphQL name is [_A-Za-z][_0-9A-Za-z]*: nothing in it needs escaping.
		io.WriteString(w, `"`)
		io.WriteString(w, alias)
		io.WriteString(w, `":`)
		o.Values[i].MarshalGQL(w)
	}
	io.WriteString(w, "}")
}

func repeated(before []graphql.CollectedField, alias string) bool {
	for i := range before {
		if before[i].Alias == alias {
			return true
		}
	}
	return false
}
