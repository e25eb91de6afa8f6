package workflow

import (
	"context"
	"slices"

	"jixiao/ent/review"
	"jixiao/enums"
	"jixiao/fail"
)

// check tells whether the viewer may move an object of machine from one state
// to another (domain.md: the status lists of Target, Evaluation, Rectification).
func check(machine, from, to string, ctx context.Context) error {
	v, err := viewer(ctx)
	if err != nil {
		return err
	}
	for _, t := range transitions {
		if t.machine == machine && t.from == from && t.to == to {
			if v.Role == enums.RoleFinanceAdmin || slices.Contains(t.roles, v.Role) {
				return nil
			}
			return &fail.Error{Code: fail.CodeForbidden, ZH: "您的角色不能执行此操作", EN: "your role cannot make this change"}
		}
	}
	return fail.Transition("当前状态（"+from+"）下不能执行此操作（→ "+to+"）",
		"no transition from "+from+" to "+to)
}

type transition struct {
	machine, from, to string
	roles             []enums.Role
}

var (
	department = enums.RoleDepartmentUser
	reviewer   = enums.RoleFinanceReviewer
	evaluator  = enums.RoleEvaluator
)

var transitions = []transition{
	{"target", "DRAFT", "SUBMITTED", []enums.Role{department}},
	{"target", "RETURNED", "SUBMITTED", []enums.Role{department}},
	{"target", "ADJUSTING", "SUBMITTED", []enums.Role{department}},
	{"target", "SUBMITTED", "RETURNED", []enums.Role{reviewer}},
	{"target", "SUBMITTED", "APPROVED", []enums.Role{reviewer}},
	{"target", "APPROVED", "ADJUSTING", []enums.Role{department, reviewer}},
	{"rectification", "OPEN", "IN_PROGRESS", []enums.Role{department, reviewer}},
	{"rectification", "OPEN", "DONE", []enums.Role{department, reviewer}},
	{"rectification", "IN_PROGRESS", "DONE", []enums.Role{department, reviewer}},
}

func reviewDecision(d string) review.Decision { return review.Decision(d) }
