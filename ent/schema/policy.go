package schema

import (
	"context"
	"slices"

	"entgo.io/ent"
	"entgo.io/ent/entql"

	"jixiao/ent/evaluation"
	"jixiao/ent/predicate"
	"jixiao/ent/privacy"
	"jixiao/ent/project"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
)

// access declares who reads and who changes an entity (domain.md §Roles).
// Finance administrators, finance reviewers and leaders read everything;
// finance administrators change everything. Internal work (login, demo data,
// audit entries) runs with privacy.DecisionContext(ctx, privacy.Allow).
type access struct {
	everyoneReads bool // reference data: any logged-in viewer but the public
	publicReads   bool // also the public
	// departmentReads: department users read the rows of their department subtree.
	departmentReads bool
	// evaluatorReads narrows an evaluator's reads to its agency's evaluations
	// and their subjects; nil denies evaluators.
	evaluatorReads func(f privacy.Filter, agencyID int)
	// publishedReads narrows the public's reads to what is published; nil denies.
	publishedReads func(f privacy.Filter)
	// selfReads: a viewer reads its own row (users).
	selfReads bool
	// writers besides finance administrators. Department users write only
	// inside their subtree, evaluators only their agency's evaluations.
	writers []enums.Role
	// departmentWrites narrows what department users may change (e.g. targets
	// until approved); nil leaves the subtree rule alone.
	departmentWrites func(f privacy.Filter)
	// departmentCreates checks what a department user creates; nil allows it.
	departmentCreates func(m ent.Mutation) error
}

func (a access) policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			denyAnonymous(),
			privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
				v := auth.FromContext(ctx)
				switch {
				case v.SeesEverything(), a.publicReads, a.everyoneReads && v.Role != enums.RolePublic:
					return privacy.Allow
				case a.selfReads && v.UserID != 0:
					f.(idFilter).WhereID(entql.IntEQ(v.UserID))
					return privacy.Allow
				case v.Role == enums.RoleDepartmentUser && a.departmentReads:
					inDepartments(f, v)
					return privacy.Allow
				case v.Role == enums.RoleEvaluator && a.evaluatorReads != nil:
					a.evaluatorReads(f, v.AgencyID)
					return privacy.Allow
				case v.Role == enums.RolePublic && a.publishedReads != nil:
					a.publishedReads(f)
					return privacy.Allow
				}
				return privacy.Denyf("无权查看 / not allowed to read")
			}),
		},
		Mutation: privacy.MutationPolicy{
			denyAnonymous(),
			privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
				v := auth.FromContext(ctx)
				switch {
				case v.Role == enums.RoleFinanceAdmin:
					return privacy.Allow
				case !slices.Contains(a.writers, v.Role):
					return privacy.Denyf("无权修改 / not allowed to change")
				case v.Role == enums.RoleEvaluator && a.evaluatorReads == nil:
					return privacy.Denyf("无权修改 / not allowed to change")
				case v.Role == enums.RoleDepartmentUser && m.Op().Is(ent.OpCreate) && a.departmentCreates != nil:
					if err := a.departmentCreates(m); err != nil {
						return err
					}
					return departmentNamed(m, v)
				case v.Role == enums.RoleDepartmentUser:
					return departmentNamed(m, v)
				}
				return privacy.Skip
			}),
			privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
				v := auth.FromContext(ctx)
				switch v.Role {
				case enums.RoleDepartmentUser:
					inDepartments(f, v)
					if a.departmentWrites != nil {
						a.departmentWrites(f)
					}
				case enums.RoleEvaluator:
					a.evaluatorReads(f, v.AgencyID)
				}
				return privacy.Allow
			}),
		},
	}
}

// systemOnly is for tables no viewer touches directly (sessions, tokens):
// only internal work with an Allow decision in its context reaches them.
func systemOnly() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}

func denyAnonymous() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if auth.FromContext(ctx) == nil {
			return privacy.Denyf("未登录 / not logged in")
		}
		return privacy.Skip
	})
}

// idFilter is what every generated filter offers.
type idFilter interface{ WhereID(entql.IntP) }

// inDepartments narrows a query or change to the viewer's department subtree.
func inDepartments(f privacy.Filter, v *auth.Viewer) {
	ids := v.Departments
	if len(ids) == 0 {
		ids = []int{-1} // sees nothing rather than everything
	}
	in := make([]any, len(ids))
	for i, id := range ids {
		in[i] = id
	}
	if _, owned := f.(interface{ WhereDepartmentID(entql.IntP) }); owned {
		f.Where(entql.FieldIn("department_id", in...))
	} else { // Department itself
		f.Where(entql.FieldIn("id", in...))
	}
}

// departmentNamed rejects a change that names a department outside the
// viewer's subtree (a create, or a move to another department). Rows that
// inherit their department get it from a parent the viewer must be able to read.
func departmentNamed(m ent.Mutation, v *auth.Viewer) error {
	named, ok := m.(interface{ DepartmentID() (int, bool) })
	if !ok {
		if d, isDepartment := m.(interface{ ID() (int, bool) }); isDepartment && m.Type() == "Department" {
			if id, set := d.ID(); set && !slices.Contains(v.Departments, id) {
				return privacy.Denyf("只能修改本部门及所属单位的数据 / only your department's data can be changed")
			}
		}
		return privacy.Skip
	}
	if id, set := named.DepartmentID(); set && !slices.Contains(v.Departments, id) {
		return privacy.Denyf("只能修改本部门及所属单位的数据 / only your department's data can be changed")
	}
	return privacy.Skip
}

// Predicates shared by the evaluator and public rules.
func assignedTo(agencyID int) predicate.Evaluation { return evaluation.AgencyID(agencyID) }

func projectAssignedTo(agencyID int) predicate.Project {
	return project.HasEvaluationsWith(assignedTo(agencyID))
}

func published() predicate.Evaluation { return evaluation.StatusEQ(evaluation.StatusPublished) }

func approved() predicate.Target { return target.StatusEQ(target.StatusApproved) }
