package graph

import (
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// fieldArgs keeps each field's parsed arguments for one operation. They
// depend only on the document and the variables, yet gqlgen parses them for
// every parent row: a drill-down's targets(where:) and indicators(first:)
// fifty times each, the where input rebuilt each time (about a tenth of its
// allocations). graph/sequential rewrites the generated field contexts to
// ask argsOf. The parsed arguments are only read afterwards, so rows share them.
type fieldArgs struct {
	mu     sync.Mutex
	parsed map[*ast.Field]parsedArgs
}

type parsedArgs struct {
	args map[string]any
	err  error
}

// argsOf is field's arguments, parsed by parse the first time they are asked for.
func (ec *executionContext) argsOf(field graphql.CollectedField, parse func() (map[string]any, error)) (map[string]any, error) {
	m := ec.args
	m.mu.Lock()
	got, ok := m.parsed[field.Field]
	m.mu.Unlock()
	if ok {
		return got.args, got.err
	}
	args, err := parse()
	m.mu.Lock()
	if m.parsed == nil {
		m.parsed = map[*ast.Field]parsedArgs{}
	}
	m.parsed[field.Field] = parsedArgs{args, err}
	m.mu.Unlock()
	return args, err
}
