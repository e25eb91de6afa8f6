package graph

import (
	"bytes"
	"context"
	"hash/maphash"
	"io"
	"reflect"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/executor"
	"github.com/vektah/gqlparser/v2/ast"

	"jixiao/internal/platform/answerbuf"
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
	// One block of field contexts and indexes for the whole list: two
	// allocations instead of two per element.
	return marshalElements(ctx, make(graphql.Array, length), make([]graphql.FieldContext, length), make([]int, length),
		newContextNodes(length), omitPanicHandler, marshalElement)
}

// marshalElements fills ret, giving element i the field context fcs[i] of
// index idx[i], in the context nodes[i] (nil: graphql.WithFieldContext's).
func marshalElements(ctx context.Context, ret graphql.Array, fcs []graphql.FieldContext, idx []int, nodes []fieldContextNode,
	omitPanicHandler bool, marshalElement func(ctx context.Context, i int) graphql.Marshaler,
) graphql.Array {
	for i := range ret {
		idx[i] = i
		fcs[i].Index = &idx[i]
		var child context.Context
		if nodes != nil {
			child = nodes[i].wrap(ctx, &fcs[i])
		} else {
			child = graphql.WithFieldContext(ctx, &fcs[i])
		}
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
// fields, from the same context (deferredWithPath). In an operation without
// @defer no field is deferred, so nothing is added to the group: it is
// empty, without its field set and map (two allocations an object).
// graph/sequential rewrites the generated code to call both.
func (ec *executionContext) newDeferredGroup(ctx context.Context) graphql.DeferredGroup {
	if !ec.defers {
		return graphql.DeferredGroup{Context: ctx}
	}
	return graphql.DeferredGroup{
		FieldSet: graphql.NewFieldSet(nil),
		Defers:   make(map[string]*graphql.FieldSetView),
		Context:  ctx,
	}
}

// hasDefer tells whether an operation's document uses @defer anywhere (an
// unknown operation counts as using it).
func hasDefer(oc *graphql.OperationContext) bool {
	if oc == nil || oc.Doc == nil {
		return true
	}
	for _, op := range oc.Doc.Operations {
		if selectionsDefer(op.SelectionSet) {
			return true
		}
	}
	for _, f := range oc.Doc.Fragments {
		if selectionsDefer(f.SelectionSet) {
			return true
		}
	}
	return false
}

func selectionsDefer(set ast.SelectionSet) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Directives.ForName("defer") != nil || selectionsDefer(s.SelectionSet) {
				return true
			}
		case *ast.InlineFragment:
			if s.Directives.ForName("defer") != nil || selectionsDefer(s.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Directives.ForName("defer") != nil {
				return true
			}
		}
	}
	return false
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
// rewrites the generated object marshallers to return ec.objectFields.
type objectFields struct {
	*graphql.FieldSet
	fields []graphql.CollectedField
}

func (o objectFields) MarshalGQL(w io.Writer) { writeObject(w, o.fields, o.Values) }

// objectFields is the object's Marshaler: the field set alone, whose
// collected fields are read where gqlgen keeps them (a pointer in an
// interface costs no allocation, a two-word struct one an object), or
// objectFields when gqlgen no longer keeps them so (fieldSetKnown false).
func (ec *executionContext) objectFields(set *graphql.FieldSet, fields []graphql.CollectedField) graphql.Marshaler {
	if fieldSetKnown {
		return (*fieldSetWriter)(set)
	}
	return objectFields{set, fields}
}

// fieldSetWriter is a field set written as objectFields writes it.
type fieldSetWriter graphql.FieldSet

func (s *fieldSetWriter) MarshalGQL(w io.Writer) {
	fields := *(*[]graphql.CollectedField)(unsafe.Add(unsafe.Pointer(s), fieldSetFields))
	writeObject(w, fields, s.Values)
}

func writeObject(w io.Writer, fields []graphql.CollectedField, values []graphql.Marshaler) {
	io.WriteString(w, "{")
	first := true
	for i := range fields {
		alias := fields[i].Alias
		if repeated(fields[:i], alias) {
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
		values[i].MarshalGQL(w)
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

// directFields tells whether an operation's plain fields may skip gqlgen's
// field machinery (graph/sequential puts the direct path in front of every
// struct field with a marshaller that needs no context): only when no field
// middleware is installed, that is when the operation's ResolverMiddleware is
// gqlgen's own pass-through. With a graphql.FieldInterceptor among the
// server's extensions (tracing of fields, a field-level directive of an
// extension…) every field goes through it as before.
func directFields(oc *graphql.OperationContext) bool {
	if oc == nil || oc.ResolverMiddleware == nil {
		return false
	}
	pass := passThrough()
	return pass != 0 && reflect.ValueOf(oc.ResolverMiddleware).Pointer() == pass
}

// passThrough is the code address of gqlgen's field middleware when no
// extension intercepts fields, taken from an executor without extensions.
// A function literal without captured variables is one static function, so
// every executor without field interceptors has that address; one with an
// interceptor has gqlgen's wrapping literal instead.
var passThrough = sync.OnceValue(func() (pc uintptr) {
	defer func() {
		if recover() != nil {
			pc = 0 // no direct path rather than no answer
		}
	}()
	exec := executor.New(NewExecutableSchema(Config{Resolvers: &Resolver{}}))
	oc, errs := exec.CreateOperationContext(graphql.StartOperationTrace(context.Background()), &graphql.RawParams{Query: "{__typename}"})
	if errs != nil || oc.ResolverMiddleware == nil {
		return 0
	}
	return reflect.ValueOf(oc.ResolverMiddleware).Pointer()
})

// answerSizes remembers the size of the last answer of a query (by its text,
// in one of 256 slots: a collision only makes a worse guess).
var (
	answerSizes    [256]atomic.Int32
	answerSizeSeed = maphash.MakeSeed()
)

// marshalAnswer writes a query's answer into a buffer of the size its last
// answer had. gqlgen's empty buffer doubles its way up to the answer's size
// (a drill-down's 100 KB: twice the answer allocated, a copy on every step).
// graph/sequential rewrites the generated Exec to call it.
func marshalAnswer(ctx context.Context, oc *graphql.OperationContext, data graphql.Marshaler) []byte {
	slot := &answerSizes[uint8(maphash.String(answerSizeSeed, oc.RawQuery))]
	n := int(slot.Load())
	// answers of other variables vary a little; a pooled buffer when nobody
	// keeps the answer once it is written (answerbuf)
	buf := bytes.NewBuffer(answerbuf.Buffer(ctx, n+n/8))
	data.MarshalGQL(buf)
	slot.Store(int32(min(buf.Len(), 8<<20)))
	answerbuf.Written(ctx, buf.Bytes())
	return buf.Bytes()
}

// recoverField is the direct path's recovery, as graphql.ResolveField's: a
// field that panics is reported at its path and becomes null.
func recoverField(ctx context.Context, oc *graphql.OperationContext, ret *graphql.Marshaler) {
	if r := recover(); r != nil {
		oc.Error(ctx, oc.Recover(ctx, r))
		*ret = graphql.Null
	}
}
