package schema

import (
	"context"

	"entgo.io/ent"

	gen "jixiao/ent"
	"jixiao/ent/department"
	"jixiao/ent/hook"
	"jixiao/internal/domain/fail"
)

// maxDepartmentDepth bounds the walk up the tree (a real one is 3–4 deep).
const maxDepartmentDepth = 64

// departmentTree refuses a parent that is the department itself or one of its
// descendants: walking up from the new parent must not meet the department.
func departmentTree() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.DepartmentFunc(func(ctx context.Context, m *gen.DepartmentMutation) (ent.Value, error) {
			parent, set := m.ParentID()
			if !set {
				return next.Mutate(ctx, m)
			}
			var ids []int
			if !m.Op().Is(ent.OpCreate) {
				var err error
				if ids, err = m.IDs(ctx); err != nil {
					return nil, err
				}
			}
			moved := map[int]bool{}
			for _, id := range ids {
				moved[id] = true
			}
			client := m.Client()
			at := parent
			for depth := 0; ; depth++ {
				if moved[at] {
					return nil, fail.BadInput("input.parentID", "上级部门不能是本部门或其下属单位（部门须为树形结构）",
						"the parent cannot be the department itself or one of its subordinate units (departments form a tree)")
				}
				if depth > maxDepartmentDepth {
					return nil, fail.BadInput("input.parentID", "部门层级过深", "the department tree is too deep")
				}
				up, err := client.Department.Query().Where(department.ID(at)).Select(department.FieldParentID).Only(ctx)
				if gen.IsNotFound(err) {
					return nil, fail.Missing("input.parentID", "上级部门", "parent department", at)
				}
				if err != nil {
					return nil, err
				}
				if up.ParentID == nil {
					return next.Mutate(ctx, m)
				}
				at = *up.ParentID
			}
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)
}

// projectYears refuses an end year before the fiscal year, on create and on
// any update that touches either.
func projectYears() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.ProjectFunc(func(ctx context.Context, m *gen.ProjectMutation) (ent.Value, error) {
			start, startSet := m.FiscalYear()
			end, endSet := m.EndYear()
			if !startSet && !endSet {
				return next.Mutate(ctx, m)
			}
			if m.Op().Is(ent.OpUpdateOne) {
				if !startSet {
					old, err := m.OldFiscalYear(ctx)
					if err != nil {
						return nil, err
					}
					start = old
				}
				if !endSet {
					old, err := m.OldEndYear(ctx)
					if err != nil {
						return nil, err
					}
					if old == nil {
						return next.Mutate(ctx, m)
					}
					end, endSet = *old, true
				}
			}
			if endSet && end < start {
				return nil, fail.BadInput("input.endYear", "结束年度不能早于预算年度", "the end year cannot be before the fiscal year")
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdateOne)
}
