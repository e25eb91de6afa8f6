package graph

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"jixiao/ent"
	"jixiao/ent/department"
	"jixiao/ent/indicator"
	"jixiao/ent/indicatortemplate"
	"jixiao/ent/project"
	"jixiao/internal/analytics"
)

// The analytics queries return ids; these loaders fetch the entities of a
// whole page in one query each, with entgql collecting the fields (and nested
// edges) the client selected at that place, so nothing is loaded per row and
// nothing at all when the client did not ask for it.

// fieldAt is the field selected at path below the resolver's own field, as a
// context whose field context is that field; ok is false when not selected.
func fieldAt(ctx context.Context, path ...string) (context.Context, bool) {
	fc := graphql.GetFieldContext(ctx)
	op := graphql.GetOperationContext(ctx)
	if fc == nil || op == nil {
		return nil, false
	}
	field := fc.Field
	for _, name := range path {
		var next *graphql.CollectedField
		for _, f := range graphql.CollectFields(op, field.Selections, []string{field.Definition.Type.Name()}) {
			if f.Name == name {
				next = &f
				break
			}
		}
		if next == nil {
			return nil, false
		}
		field = *next
	}
	return graphql.WithFieldContext(ctx, &graphql.FieldContext{Object: fc.Object, Field: field, Parent: fc}), true
}

// selectsOnly tells whether the resolver's field selects none but the named
// fields below it (fragments of any type condition count as selected).
func selectsOnly(ctx context.Context, names ...string) bool {
	fc := graphql.GetFieldContext(ctx)
	op := graphql.GetOperationContext(ctx)
	if fc == nil || op == nil {
		return false
	}
	for _, f := range graphql.CollectFields(op, fc.Field.Selections, nil) {
		if !slices.Contains(names, f.Name) {
			return false
		}
	}
	return true
}

// selectsAnyBelow tells whether a field named one of names is selected at
// path below the resolver's field, through any alias and any fragment (when
// the selection cannot be read, it answers yes: the figures are computed).
func selectsAnyBelow(ctx context.Context, names []string, path ...string) bool {
	fc := graphql.GetFieldContext(ctx)
	op := graphql.GetOperationContext(ctx)
	if fc == nil || op == nil {
		return true
	}
	return anyBelow(op, fc.Field.Selections, names, path)
}

func anyBelow(op *graphql.OperationContext, sel ast.SelectionSet, names, path []string) bool {
	for _, f := range graphql.CollectFields(op, sel, nil) {
		if len(path) == 0 && slices.Contains(names, f.Name) ||
			len(path) > 0 && f.Name == path[0] && anyBelow(op, f.Selections, names, path[1:]) {
			return true
		}
	}
	return false
}

// rectificationFigures are the fields of DepartmentStats and of its
// previousYear that read the rectification summaries.
var rectificationFigures = []string{"openRectifications", "overdueRectifications"}

// showsRectifications: a departmentStats page shows a rectification figure.
func showsRectifications(ctx context.Context) bool {
	return selectsAnyBelow(ctx, rectificationFigures, "edges", "node") ||
		selectsAnyBelow(ctx, rectificationFigures, "edges", "node", "previousYear")
}

// changeFigures are the fields of FiguresChange computed from the previous
// year's figures (all but rank, which comes from the ranking).
var changeFigures = []string{"projectCount", "budget", "paid", "executionRate", "indicatorCompletionRate",
	"evaluationCount", "averageScore", "redWarnings", "yellowWarnings"}

// showsPreviousYear: a departmentStats page shows a figure of the previous
// year, or a change computed from one.
func showsPreviousYear(ctx context.Context) bool {
	return selectsAnyBelow(ctx, []string{"previousYear"}, "edges", "node") ||
		selectsAnyBelow(ctx, changeFigures, "edges", "node", "change")
}

// overviewScopeFields are the fields of Overview that are not its figures.
var overviewScopeFields = []string{"__typename", "fiscalYear", "department", "region", "coverage"}

// loaderAt builds a loader for the entities selected at path: query lists
// them by id with the collected fields, id names each.
func loaderAt[T any](ctx context.Context, query func(fctx, ctx context.Context, ids []int) ([]T, error), id func(T) int, path ...string) analytics.Loader[T] {
	fctx, ok := fieldAt(ctx, path...)
	if !ok {
		return nil
	}
	return func(ctx context.Context, ids []int) (map[int]T, error) {
		rows, err := query(fctx, ctx, ids)
		if err != nil {
			return nil, err
		}
		m := make(map[int]T, len(rows))
		for _, r := range rows {
			m[id(r)] = r
		}
		return m, nil
	}
}

func departmentsAt(ctx context.Context, client *ent.Client, path ...string) analytics.DepartmentLoader {
	return loaderAt(ctx, func(fctx, ctx context.Context, ids []int) ([]*ent.Department, error) {
		q, err := client.Department.Query().Where(department.IDIn(ids...)).CollectFields(fctx, "Department")
		if err != nil {
			return nil, err
		}
		return q.All(ctx)
	}, func(d *ent.Department) int { return d.ID }, path...)
}

func projectsAt(ctx context.Context, client *ent.Client, path ...string) analytics.Loader[*ent.Project] {
	return loaderAt(ctx, func(fctx, ctx context.Context, ids []int) ([]*ent.Project, error) {
		q, err := client.Project.Query().Where(project.IDIn(ids...)).CollectFields(fctx, "Project")
		if err != nil {
			return nil, err
		}
		return q.All(ctx)
	}, func(p *ent.Project) int { return p.ID }, path...)
}

func indicatorsAt(ctx context.Context, client *ent.Client, path ...string) analytics.Loader[*ent.Indicator] {
	return loaderAt(ctx, func(fctx, ctx context.Context, ids []int) ([]*ent.Indicator, error) {
		q, err := client.Indicator.Query().Where(indicator.IDIn(ids...)).CollectFields(fctx, "Indicator")
		if err != nil {
			return nil, err
		}
		return q.All(ctx)
	}, func(i *ent.Indicator) int { return i.ID }, path...)
}

func templatesAt(ctx context.Context, client *ent.Client, path ...string) analytics.Loader[*ent.IndicatorTemplate] {
	return loaderAt(ctx, func(fctx, ctx context.Context, ids []int) ([]*ent.IndicatorTemplate, error) {
		q, err := client.IndicatorTemplate.Query().Where(indicatortemplate.IDIn(ids...)).CollectFields(fctx, "IndicatorTemplate")
		if err != nil {
			return nil, err
		}
		return q.All(ctx)
	}, func(t *ent.IndicatorTemplate) int { return t.ID }, path...)
}
