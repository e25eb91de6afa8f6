package graph

import (
	"sync"

	"github.com/99designs/gqlgen/graphql"
)

// sharedInputUnmarshalers builds the index of input unmarshalers once per
// process. gqlgen's generated Exec builds it again for every request that
// unmarshals an input by name (entgql's where and orderBy arguments: every
// connection), a map of some 300 entries (9 KB a drill-down). The
// unmarshalers are methods of an execution context that read none of its
// fields (a test checks it in generated.go), so a context of their own does.
// graph/sequential rewrites the generated Exec to call it.
func sharedInputUnmarshalers(build func(*executionContext) *graphql.InputUnmarshalerIndex) func() *graphql.InputUnmarshalerIndex {
	inputIndexOnce.Do(func() { inputIndex = build(&executionContext{}) })
	return func() *graphql.InputUnmarshalerIndex { return inputIndex }
}

var (
	inputIndexOnce sync.Once
	inputIndex     *graphql.InputUnmarshalerIndex
)
