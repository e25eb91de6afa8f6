package httpapi

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"jixiao/ent"
	"jixiao/internal/analytics"
	"jixiao/internal/domain/fail"
)

// regionGuard refuses a region argument (region, regionIn, anywhere in the
// query) that names no region (the regions query): a typo such as 靖边
// for 靖边县 would otherwise answer zeros. One statement, only for operations
// that name a region.
type regionGuard struct{ client *ent.Client }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = regionGuard{}

func (regionGuard) ExtensionName() string                          { return "JixiaoRegionGuard" }
func (regionGuard) Validate(schema graphql.ExecutableSchema) error { return nil }

func (g regionGuard) MutateOperationContext(ctx context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	// Mutations may name a new region (a department created in it); queries
	// and subscriptions (dataChanged) may only name existing ones.
	if rc.Operation == nil || rc.Operation.Operation == ast.Mutation {
		return nil
	}
	found := map[string]string{} // region name → the argument that named it
	var names []string
	add := func(path, name string) {
		if _, ok := found[name]; !ok {
			found[name] = path
			names = append(names, name)
		}
	}
	walkArguments(rc, func(path string, v any) {
		leaf := path[strings.LastIndex(path, ".")+1:]
		switch leaf {
		case "region":
			if s, ok := v.(string); ok {
				add(path, s)
			}
		case "regionIn":
			if list, ok := v.([]any); ok {
				for _, item := range list {
					if s, ok := item.(string); ok {
						add(path, s)
					}
				}
			}
		}
	})
	if len(names) == 0 {
		return nil
	}
	unknown, err := analytics.UnknownRegions(ctx, g.client, names)
	if err != nil {
		return gqlerror.Wrap(err)
	}
	if len(unknown) == 0 {
		return nil
	}
	path := found[unknown[0]]
	return rejection(fail.CodeBadInput,
		"参数 "+path+" 不是已知区域："+unknown[0]+"（区域列表见 regions 查询）",
		"argument "+path+" is not a known region: "+unknown[0]+" (the regions query lists them)",
		map[string]any{"field": path})
}

// walkArguments calls visit with every argument of the operation's fields and
// every field of their input objects, by path (overview.region,
// stats.where.regionIn); lists are visited whole.
func walkArguments(rc *graphql.OperationContext, visit func(path string, v any)) {
	seen := map[string]bool{}
	var value func(path string, v any)
	value = func(path string, v any) {
		visit(path, v)
		switch x := v.(type) {
		case map[string]any:
			for k, inner := range x {
				value(path+"."+k, inner)
			}
		case []any:
			for _, inner := range x {
				if m, ok := inner.(map[string]any); ok {
					value(path, m)
				}
			}
		}
	}
	var walk func(ast.SelectionSet)
	walk = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				for name, v := range s.ArgumentMap(rc.Variables) {
					value(name, v)
				}
				walk(s.SelectionSet)
			case *ast.InlineFragment:
				walk(s.SelectionSet)
			case *ast.FragmentSpread:
				if s.Definition != nil && !seen[s.Name] {
					seen[s.Name] = true
					walk(s.Definition.SelectionSet)
				}
			}
		}
	}
	walk(rc.Operation.SelectionSet)
}
