package httpapi

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"jixiao/internal/domain/fail"
)

// argumentRanges bound the integer arguments and input fields of these names
// wherever they appear (analytics, lists, filters, inputs): a year or month out
// of range is refused before any resolver runs, so before any SQL.
var argumentRanges = map[string]struct{ min, max int }{
	"fiscalYear": {2000, 2100},
	"asOfMonth":  {1, 12},
	"month":      {1, 12},
	"first":      {0, 1 << 30},
	"last":       {0, 1 << 30},
}

// argumentGuard checks every argument of the operation against argumentRanges.
type argumentGuard struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = argumentGuard{}

func (argumentGuard) ExtensionName() string                          { return "JixiaoArgumentGuard" }
func (argumentGuard) Validate(schema graphql.ExecutableSchema) error { return nil }

func (argumentGuard) MutateOperationContext(ctx context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	seen := map[string]bool{}
	var walk func(ast.SelectionSet) *gqlerror.Error
	walk = func(set ast.SelectionSet) *gqlerror.Error {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				for name, v := range s.ArgumentMap(rc.Variables) {
					if e := checkArgument(name, v); e != nil {
						return e
					}
				}
				if e := walk(s.SelectionSet); e != nil {
					return e
				}
			case *ast.InlineFragment:
				if e := walk(s.SelectionSet); e != nil {
					return e
				}
			case *ast.FragmentSpread:
				if s.Definition != nil && !seen[s.Name] {
					seen[s.Name] = true
					if e := walk(s.Definition.SelectionSet); e != nil {
						return e
					}
				}
			}
		}
		return nil
	}
	return walk(rc.Operation.SelectionSet)
}

// checkArgument checks a value and, inside input objects and lists, its fields.
func checkArgument(path string, v any) *gqlerror.Error {
	switch x := v.(type) {
	case map[string]any:
		for k, inner := range x {
			if e := checkArgument(path+"."+k, inner); e != nil {
				return e
			}
		}
	case []any:
		for _, inner := range x {
			if e := checkArgument(path, inner); e != nil {
				return e
			}
		}
	default:
		name := path
		for i := len(path) - 1; i >= 0; i-- {
			if path[i] == '.' {
				name = path[i+1:]
				break
			}
		}
		r, bounded := argumentRanges[name]
		n, isInt := asInt(v)
		if bounded && isInt && (n < r.min || n > r.max) {
			e := rejection(fail.CodeBadInput,
				fmt.Sprintf("参数 %s 须在 %d 至 %d 之间", path, r.min, r.max),
				fmt.Sprintf("argument %s must be between %d and %d", path, r.min, r.max),
				map[string]any{"field": path})
			return e
		}
	}
	return nil
}

func asInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case int32:
		return int(n), true
	case float64:
		return int(n), n == float64(int(n))
	case json.Number:
		i, err := n.Int64()
		return int(i), err == nil
	}
	return 0, false
}
