package graph

import (
	"reflect"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// A field set carved from a query's memory is the one NewFieldSet makes,
// unexported collected fields included (gqlgen's ResolveConcurrently reads them).
func TestFieldSetInMemoryIsNewFieldSets(t *testing.T) {
	if !fieldSetKnown {
		t.Fatal("graphql.FieldSet has no collected fields of the expected type: gqlgen changed; update graph/memory.go")
	}
	fields := []graphql.CollectedField{{Field: &ast.Field{Alias: "a", Name: "a"}}, {Field: &ast.Field{Alias: "b", Name: "b"}}}
	ec := &executionContext{mem: memoryPool.Get().(*operationMemory)}
	got := ec.newFieldSet(fields)
	if want := graphql.NewFieldSet(fields); !reflect.DeepEqual(got, want) {
		t.Fatalf("field set in memory %+v, NewFieldSet's %+v", got, want)
	}
	if cap(got.Values) != len(fields) {
		t.Fatalf("values of capacity %d: an append would reach the next object's", cap(got.Values))
	}
	ec.releaseMemory()
	if ec.mem != nil {
		t.Fatal("memory kept after release")
	}
	if other := ec.newFieldSet(fields); other == got {
		t.Fatal("a released query's field set handed out again to the same query")
	}
}

func TestChunksHandOutZeroedDisjointSlices(t *testing.T) {
	var c chunks[int]
	a, b := c.take(3), c.take(chunkSize-2) // b does not fit behind a: a new chunk
	for i := range a {
		a[i] = 1
	}
	for i := range b {
		b[i] = 2
	}
	if len(a) != 3 || cap(a) != 3 || len(b) != chunkSize-2 || cap(b) != chunkSize-2 || len(c.all) != 2 {
		t.Fatalf("take: len %d cap %d, len %d cap %d, %d chunks", len(a), cap(a), len(b), cap(b), len(c.all))
	}
	if long := c.take(chunkSize + 1); len(long) != chunkSize+1 || len(c.all) != 2 {
		t.Fatalf("a long list: len %d, %d chunks (it gets its own memory)", len(long), len(c.all))
	}
	c.reset()
	for i, chunk := range c.all {
		for j, v := range chunk {
			if v != 0 {
				t.Fatalf("chunk %d element %d is %d after reset", i, j, v)
			}
		}
	}
	if again := c.take(3); &again[0] != &a[0] {
		t.Fatal("a reset chunk is not reused")
	}
	for range maxChunks + 3 {
		c.take(chunkSize)
	}
	c.reset()
	if len(c.all) != maxChunks {
		t.Fatalf("%d chunks kept, at most %d", len(c.all), maxChunks)
	}
}

// Only a query without @defer takes memory.
func TestTakeMemory(t *testing.T) {
	for _, c := range []struct {
		name string
		op   ast.Operation
		doc  string
		want bool
	}{
		{"query", ast.Query, `{ a }`, true},
		{"mutation", ast.Mutation, `mutation { a }`, false},
		{"subscription", ast.Subscription, `subscription { a }`, false},
		{"deferred", ast.Query, `{ ... @defer { a } }`, false},
	} {
		oc := &graphql.OperationContext{Operation: &ast.OperationDefinition{Operation: c.op}, Doc: mustParse(t, c.doc)}
		if got := takeMemory(oc, hasDefer(oc)) != nil; got != c.want {
			t.Errorf("%s: memory %v, want %v", c.name, got, c.want)
		}
	}
}

func mustParse(t *testing.T, doc string) *ast.QueryDocument {
	t.Helper()
	d, err := parser.ParseQuery(&ast.Source{Input: doc})
	if err != nil {
		t.Fatal(err)
	}
	return d
}
