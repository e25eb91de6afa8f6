package schema

import (
	"jixiao/ent/evaluation"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
)

// Who may create what, beside each entity's privacy policy: the hooks below
// (guardTarget, newEvaluation, projectComputed) call these, and so does
// workflow.CreateActions, which tells the client what the viewer may create.
// A nil viewer is internal work (fixtures, jobs), which these never refuse.

// RefuseTargetCreate says why v may not create a target in status st (nil: it
// may): departments declare targets; finance creates an adjustment's new
// version only through adjustTarget.
func RefuseTargetCreate(v *auth.Viewer, st target.Status) error {
	if v != nil && !isRole(v, enums.RoleDepartmentUser, enums.RoleFinanceAdmin) &&
		!(st == target.StatusAdjusting && isRole(v, enums.RoleFinanceReviewer)) {
		return fail.Forbidden("", "只有部门可以申报绩效目标", "only departments declare targets")
	}
	return nil
}

// RefuseEvaluationCreate says why v may not create an evaluation of this
// kind for department dep (nil: it may).
func RefuseEvaluationCreate(v *auth.Viewer, kind evaluation.Kind, dep int) error {
	switch {
	case isRole(v, enums.RoleEvaluator):
		return fail.Forbidden("", "第三方机构不能新建评价，只能对财政指派的评价打分", "an evaluator cannot create evaluations; it scores those finance assigned to its agency")
	case isRole(v, enums.RoleDepartmentUser) && kind != evaluation.KindSelf:
		return fail.Forbidden("kind", "部门只能开展单位自评", "departments run self-evaluations only")
	case isRole(v, enums.RoleDepartmentUser) && !inScope(v, dep):
		return foreignDepartment("departmentID")
	case isRole(v, enums.RoleFinanceReviewer) && kind == evaluation.KindSelf:
		return fail.Forbidden("kind", "单位自评由部门开展", "self-evaluations are run by the departments")
	}
	return nil
}

// RefuseProjectDeclaration says why v may not write a project's declaration
// (create one, or change more than its lifecycle status) (nil: it may).
func RefuseProjectDeclaration(v *auth.Viewer) error {
	if isRole(v, enums.RoleFinanceReviewer) {
		return fail.Forbidden("", "项目由主管部门申报，财政审核只能变更其状态", "a project is its department's declaration: a finance reviewer changes only its status")
	}
	return nil
}

// RefuseRectificationCreate says why v may not issue a rectification
// requirement (nil: it may): finance sets them; departments report on them.
func RefuseRectificationCreate(v *auth.Viewer) error {
	return refuseUnlessFinance(v, "整改要求由财政提出", "finance sets rectification requirements")
}

// RefuseBudgetLinkCreate says why v may not record how a result is applied
// to the budget (nil: it may).
func RefuseBudgetLinkCreate(v *auth.Viewer) error {
	return refuseUnlessFinance(v, "结果应用由财政确定", "finance decides how results are applied")
}

func refuseUnlessFinance(v *auth.Viewer, zh, en string) error {
	if v != nil && !isRole(v, enums.RoleFinanceAdmin, enums.RoleFinanceReviewer) {
		return fail.Forbidden("", zh, en)
	}
	return nil
}
