package httpapi

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"

	"jixiao/internal/testdb"
)

// countingDocuments is the cache of parsed queries, counting look-ups: each
// one is a query on its way to the parser (or its cached parse) and the cost walk.
type countingDocuments struct {
	*lru.LRU[*ast.QueryDocument]
	gets atomic.Int64
}

func (c *countingDocuments) Get(ctx context.Context, key string) (*ast.QueryDocument, bool) {
	c.gets.Add(1)
	return c.LRU.Get(ctx, key)
}

// TestRefusedOperationIsRefusedBeforeParsing: the same refused text and
// variables are refused again without reaching the parser; other variables do.
func TestRefusedOperationIsRefusedBeforeParsing(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		docs := &countingDocuments{LRU: lru.New[*ast.QueryDocument](100)}
		a := newAPIWith(t, url, Options{documents: docs, Penalty: Penalty{Off: true}})
		const q = `query($n: Int) { stats(groupBy: [FISCAL_YEAR, REGION, SECTOR, DEPARTMENT, PROJECT_CATEGORY, FUND_SOURCE, MONTH], measures: [BUDGET], first: $n) { totalRows } }`
		before := docs.gets.Load()
		first := a.do(q, map[string]any{"n": 10000})
		if answerCode(first) != CodeQueryTooComplex || docs.gets.Load() != before+1 {
			t.Fatalf("first refusal: %+v, look-ups %d", first.Errors, docs.gets.Load()-before)
		}
		again := a.do(q, map[string]any{"n": 10000})
		if answerCode(again) != CodeQueryTooComplex || again.Errors[0].Message != first.Errors[0].Message ||
			again.Errors[0].Extensions["complexity"] != first.Errors[0].Extensions["complexity"] {
			t.Fatalf("refused again: %+v, want %+v", again.Errors, first.Errors)
		}
		if n := docs.gets.Load() - before; n != 1 {
			t.Fatalf("the repeated refusal reached the parser: %d look-ups", n)
		}
		// Other variables: walked again, and accepted.
		if out := a.do(q, map[string]any{"n": 5}); len(out.Errors) > 0 || docs.gets.Load()-before != 2 {
			t.Fatalf("other variables: %+v, look-ups %d", out.Errors, docs.gets.Load()-before)
		}
		// A refusal before parsing (too many tokens) is remembered too.
		long := "{" + repeat(" __typename", DefaultLimits.MaxTokens) + " }"
		for range 2 {
			if out := a.do(long, nil); answerCode(out) != CodeQueryTooLarge {
				t.Fatalf("too many tokens: %+v", out.Errors)
			}
		}
	})
}

func repeat(s string, n int) string {
	b := make([]byte, 0, len(s)*n)
	for range n {
		b = append(b, s...)
	}
	return string(b)
}
