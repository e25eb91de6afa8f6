package graph

import (
	"context"
	"reflect"
	"sync"
	"unsafe"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// operationMemory is where a query builds its answer before writing it: the
// field set of every object, the arrays and element contexts of every list,
// the field context of every field, carved out of chunks that the next query
// reuses. gqlgen allocates each of them on its own, about a third of a
// drill-down's bytes (graphql.NewFieldSet alone 200 KB for 422 indicators);
// all of it is garbage once the answer is written, which is when the memory
// goes back (releaseMemory, after marshalAnswer). Only a query without @defer
// has one: a deferred part is written later, a mutation's or subscription's
// fields use gqlgen's own allocations. graph/sequential rewrites the
// generated code to take from it.
type operationMemory struct {
	mu       sync.Mutex // resolvers run fields of one object concurrently
	sets     chunks[graphql.FieldSet]
	values   chunks[graphql.Marshaler]
	contexts chunks[graphql.FieldContext]
	indexes  chunks[int]
	// each selection's collected fields, by the selection's identity:
	// gqlgen's CollectFields hashes a key on every call (an allocation per object)
	fields map[fieldsKey][]graphql.CollectedField
	// whether a field's selection is plain (plainSelection), by the field
	plain map[*ast.Field]bool
}

type fieldsKey struct {
	selection *ast.Selection
	length    int
	satisfies *string
}

var memoryPool = sync.Pool{New: func() any {
	return &operationMemory{fields: map[fieldsKey][]graphql.CollectedField{}, plain: map[*ast.Field]bool{}}
}}

// takeMemory gives a query without @defer (defers: hasDefer's answer) its
// memory; other operations get none.
func takeMemory(oc *graphql.OperationContext, defers bool) *operationMemory {
	if oc == nil || oc.Operation == nil || oc.Operation.Operation != ast.Query || defers || !fieldSetKnown {
		return nil
	}
	return memoryPool.Get().(*operationMemory)
}

// releaseMemory gives the query's memory back once its answer is written:
// nothing refers to the field sets and contexts of an answer that is bytes.
func (ec *executionContext) releaseMemory() {
	m := ec.mem
	if m == nil {
		return
	}
	ec.mem = nil
	m.sets.reset()
	m.values.reset()
	m.contexts.reset()
	m.indexes.reset()
	clear(m.fields)
	clear(m.plain)
	memoryPool.Put(m)
}

// newFieldSet is graphql.NewFieldSet in the query's memory.
func (ec *executionContext) newFieldSet(fields []graphql.CollectedField) *graphql.FieldSet {
	m := ec.mem
	if m == nil {
		return graphql.NewFieldSet(fields)
	}
	m.mu.Lock()
	set := &m.sets.take(1)[0]
	set.Values = m.values.take(len(fields))
	m.mu.Unlock()
	// the collected fields, which gqlgen's ResolveConcurrently reads, as NewFieldSet sets them
	*(*[]graphql.CollectedField)(unsafe.Add(unsafe.Pointer(set), fieldSetFields)) = fields
	return set
}

// fieldSetFields is the offset of graphql.FieldSet's unexported collected
// fields; when gqlgen no longer has them so (fieldSetKnown false), no query
// takes memory.
var fieldSetFields, fieldSetKnown = func() (uintptr, bool) {
	f, ok := reflect.TypeFor[graphql.FieldSet]().FieldByName("fields")
	return f.Offset, ok && f.Type == reflect.TypeFor[[]graphql.CollectedField]()
}()

// newFieldContext puts a field's context in the query's memory.
func (ec *executionContext) newFieldContext(fc graphql.FieldContext) *graphql.FieldContext {
	var p *graphql.FieldContext
	if m := ec.mem; m == nil {
		p = new(graphql.FieldContext) // not &fc: fc would then live on the heap on every call
	} else {
		m.mu.Lock()
		p = &m.contexts.take(1)[0]
		m.mu.Unlock()
	}
	*p = fc
	return p
}

// collectFields is graphql.CollectFields remembered per selection for the
// query (a selection's fields do not change within one operation).
func (ec *executionContext) collectFields(sel ast.SelectionSet, satisfies []string) []graphql.CollectedField {
	m := ec.mem
	if m == nil || len(sel) == 0 || len(satisfies) == 0 {
		return graphql.CollectFields(ec.OperationContext, sel, satisfies)
	}
	key := fieldsKey{unsafe.SliceData(sel), len(sel), unsafe.SliceData(satisfies)}
	m.mu.Lock()
	fields, ok := m.fields[key]
	m.mu.Unlock()
	if ok {
		return fields
	}
	fields = graphql.CollectFields(ec.OperationContext, sel, satisfies)
	m.mu.Lock()
	m.fields[key] = fields
	m.mu.Unlock()
	return fields
}

// marshalList is the list marshalling of lists.go with its array and the
// elements' contexts in the query's memory.
func (ec *executionContext) marshalList(ctx context.Context, length int, workers int64, omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler,
) graphql.Array {
	m := ec.mem
	if m == nil {
		return marshalList(ctx, length, workers, omitPanicHandler, marshalElement)
	}
	m.mu.Lock()
	ret := graphql.Array(m.values.take(length))
	fcs := m.contexts.take(length)
	idx := m.indexes.take(length)
	m.mu.Unlock()
	return marshalElements(ctx, ret, fcs, idx, newContextNodes(length), omitPanicHandler, marshalElement)
}

// chunkSize is how many elements a chunk holds; a longer list gets its own.
// A drill-down of 1,000 indicators uses about 5 chunks of field contexts; at most
// maxChunks of each kind are kept (2.7 MB at most in one pooled memory).
const (
	chunkSize = 512
	maxChunks = 16
)

// chunks hands out zeroed slices of T from reused chunks.
type chunks[T any] struct {
	all  [][]T
	at   int // the chunk being carved
	used int // of it
}

// take carves n zeroed elements, a slice of capacity n (an append cannot
// reach a neighbour's).
func (c *chunks[T]) take(n int) []T {
	if n > chunkSize {
		return make([]T, n)
	}
	for c.at < len(c.all) {
		if chunk := c.all[c.at]; c.used+n <= len(chunk) {
			s := chunk[c.used : c.used+n : c.used+n]
			c.used += n
			return s
		}
		c.at++
		c.used = 0
	}
	c.all = append(c.all, make([]T, chunkSize))
	c.used = n
	return c.all[c.at][:n:n]
}

// reset zeroes what was handed out (nothing of the answer stays reachable)
// and keeps at most maxChunks for the next query.
func (c *chunks[T]) reset() {
	for i := 0; i <= c.at && i < len(c.all); i++ {
		clear(c.all[i])
	}
	if len(c.all) > maxChunks {
		clear(c.all[maxChunks:])
		c.all = c.all[:maxChunks]
	}
	c.at, c.used = 0, 0
}
