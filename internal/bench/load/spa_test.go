package main

import (
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"

	"jixiao/graph"
)

// TestSPAOperationsAreValid: every page the benchmark asks for is the SPA's
// operation with the fragments it spreads, valid against the schema (a page
// whose fragment moved to another file once failed every run).
func TestSPAOperationsAreValid(t *testing.T) {
	schema := graph.NewExecutableSchema(graph.Config{}).Schema()
	for scenario, op := range spaOperations {
		q, err := spaOperation("../../../frontend/src", op.file, op.name)
		if err != nil {
			t.Errorf("%s: %v", scenario, err)
			continue
		}
		doc, err := parser.ParseQuery(&ast.Source{Input: q})
		if err != nil {
			t.Errorf("%s: %v\n%s", scenario, err, q)
			continue
		}
		if errs := validator.Validate(schema, doc); len(errs) > 0 {
			t.Errorf("%s: %v\n%s", scenario, errs, q)
		}
	}
}

// The comparison's whole ranking is asked for in pages of the SPA's size.
func TestSPARankingPageSize(t *testing.T) {
	n, err := spaConstant("../../../frontend/src", "api/limits.ts", "DEPARTMENT_STATS_PAGE_SIZE")
	if err != nil || n <= spaPageSize {
		t.Fatalf("DEPARTMENT_STATS_PAGE_SIZE %d (%v): want the SPA's whole-ranking page, above %d", n, err, spaPageSize)
	}
}
