package workflow

import (
	"context"
	"errors"
	"slices"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/privacy"
	"jixiao/ent/schema"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/rules"
)

// The actions a viewer may take on a target, an evaluation or a
// rectification are decided by ONE function per type below (refuseTarget,
// refuseEvaluation, refuseRectification). The mutations call it before they
// change anything, and viewerActions lists the actions it lets through, so
// the buttons a client shows and what the server accepts cannot disagree.
// They read only the row itself and the viewer (and, for an adjustment, one
// batched look-up), so listing the actions of a page costs no statement per row.
// What they do not decide is the content: review checks, a computed total,
// comments and reasons are checked by the mutation and named in its error.

// UnderWay tells whether a newer version of a target is under way; called
// only when the answer matters (an adjustment), so that a caller can batch it.
type UnderWay func() (bool, error)

// TargetActions are the actions v may take on t now.
func TargetActions(v *auth.Viewer, t *ent.Target, underWay UnderWay) ([]enums.TargetAction, error) {
	var out []enums.TargetAction
	for _, s := range enums.TargetAction("").Values() {
		a := enums.TargetAction(s)
		err := refuseTarget(v, t, a, underWay)
		if err != nil && !refusal(err) {
			return nil, err
		}
		if err == nil {
			out = append(out, a)
		}
	}
	return out, nil
}

// targetMoves are the status each target action moves to.
var targetMoves = map[enums.TargetAction]string{
	enums.TargetActionSubmit: "SUBMITTED", enums.TargetActionReturn: "RETURNED",
	enums.TargetActionApprove: "APPROVED", enums.TargetActionAdjust: "ADJUSTING",
}

// refuseTarget says why v may not take action a on t now (nil: it may).
func refuseTarget(v *auth.Viewer, t *ent.Target, a enums.TargetAction, underWay UnderWay) error {
	if v == nil {
		return unauthenticated()
	}
	if !ownsDepartment(v, t.DepartmentID) {
		return fail.Forbidden("", "只能处理本部门及所属单位的绩效目标", "only your own department's targets")
	}
	if a == enums.TargetActionRevise {
		if !rules.TargetRevisable(string(t.Status)) {
			return fail.Frozen("只有草稿、被退回或调整中的目标可以修改；已批复的目标请通过“调整”生成新版本",
				"only draft, returned or adjusting targets can be revised; adjust an approved one (a new version)")
		}
		if !rules.TargetRevisableBy(v.Role, string(t.Status)) {
			return fail.Forbidden("", "只有目标所属部门可以修改目标内容", "only the target's department changes its content")
		}
		return nil
	}
	to, known := targetMoves[a]
	if !known {
		return fail.BadInput("action", "未知的目标操作", "unknown target action")
	}
	if err := rules.CanTransition(rules.MachineTarget, string(t.Status), to, v.Role); err != nil {
		return err
	}
	switch a {
	case enums.TargetActionApprove:
		// Separation of duties: nobody approves what they submitted.
		if t.SubmittedByID != nil && rules.CheckNotSelfApproval(*t.SubmittedByID, v.UserID) != nil {
			return fail.Forbidden("", "不能审核本人提交的目标", "nobody approves what they submitted")
		}
	case enums.TargetActionAdjust:
		busy, err := underWay()
		if err != nil {
			return err
		}
		if busy {
			return fail.Transition("该目标已有调整中的新版本", "this target already has an adjustment in progress")
		}
	}
	return nil
}

// EvaluationActions are the actions v may take on e now.
func EvaluationActions(v *auth.Viewer, e *ent.Evaluation) []enums.EvaluationAction {
	var out []enums.EvaluationAction
	for _, s := range enums.EvaluationAction("").Values() {
		if a := enums.EvaluationAction(s); refuseEvaluation(v, e, a) == nil {
			out = append(out, a)
		}
	}
	return out
}

// evaluationMoves are the status change each evaluation action makes.
var evaluationMoves = map[enums.EvaluationAction][2]string{
	enums.EvaluationActionSubmit: {"IN_PROGRESS", "SUBMITTED"}, enums.EvaluationActionReturn: {"SUBMITTED", "IN_PROGRESS"},
	enums.EvaluationActionReview: {"SUBMITTED", "REVIEWED"}, enums.EvaluationActionPublish: {"REVIEWED", "PUBLISHED"},
	enums.EvaluationActionReopen: {"PUBLISHED", "IN_PROGRESS"},
}

// refuseEvaluation says why v may not take action a on e now (nil: it may).
// Scoring and submitting are for whoever runs the evaluation; returning,
// reviewing, publishing and reopening are finance's.
func refuseEvaluation(v *auth.Viewer, e *ent.Evaluation, a enums.EvaluationAction) error {
	if v == nil {
		return unauthenticated()
	}
	if a == enums.EvaluationActionScore {
		if e.Status != evaluation.StatusPlanned && e.Status != evaluation.StatusInProgress {
			return fail.Frozen("评价已提交，评分只有在退回后才能修改", "the evaluation was submitted: its scores change only after being returned")
		}
		return refuseScorer(v, e)
	}
	move, known := evaluationMoves[a]
	if !known {
		return fail.BadInput("action", "未知的评价操作", "unknown evaluation action")
	}
	if string(e.Status) != move[0] {
		names := enums.SchemaLabels["EvaluationStatus"]
		return fail.Transition("该评价当前为“"+names[string(e.Status)].ZH+"”，只有“"+names[move[0]].ZH+"”的评价可以"+a.ZH(),
			"only a "+names[move[0]].EN+" evaluation allows this ("+a.EN()+")")
	}
	if err := rules.CanTransition(rules.MachineEvaluation, move[0], move[1], v.Role); err != nil {
		return err
	}
	if a == enums.EvaluationActionSubmit {
		return refuseScorer(v, e)
	}
	return nil
}

// refuseScorer: the department runs its own self-evaluations, finance the
// others, an evaluator those assigned to its agency.
func refuseScorer(v *auth.Viewer, e *ent.Evaluation) error {
	switch v.Role {
	case enums.RoleFinanceAdmin:
		return nil
	case enums.RoleDepartmentUser:
		if e.Kind == evaluation.KindSelf && ownsDepartment(v, e.DepartmentID) {
			return nil
		}
		return fail.Forbidden("", "部门只能处理本部门的单位自评", "a department runs only its own self-evaluations")
	case enums.RoleFinanceReviewer:
		if e.Kind != evaluation.KindSelf {
			return nil
		}
		return fail.Forbidden("", "单位自评由部门打分和提交", "self-evaluations are scored and submitted by the department")
	case enums.RoleEvaluator:
		if e.AgencyID != nil && *e.AgencyID == v.AgencyID {
			return nil
		}
		return fail.Forbidden("", "只能处理指派给本机构的评价", "an evaluator works only on evaluations assigned to its agency")
	}
	return fail.Forbidden("", "当前角色不能为评价打分", "your role does not score evaluations")
}

// RectificationActions are the actions v may take on r now.
func RectificationActions(v *auth.Viewer, r *ent.Rectification) []enums.RectificationAction {
	var out []enums.RectificationAction
	for _, s := range enums.RectificationAction("").Values() {
		if a := enums.RectificationAction(s); refuseRectification(v, r, a) == nil {
			out = append(out, a)
		}
	}
	return out
}

// rectificationMoves are the status each rectification action moves to.
var rectificationMoves = map[enums.RectificationAction]string{
	enums.RectificationActionStart: "IN_PROGRESS", enums.RectificationActionComplete: "DONE",
}

// refuseRectification says why v may not take action a on r now (nil: it may).
func refuseRectification(v *auth.Viewer, r *ent.Rectification, a enums.RectificationAction) error {
	if v == nil {
		return unauthenticated()
	}
	to, known := rectificationMoves[a]
	if !known {
		return fail.BadInput("action", "未知的整改操作", "unknown rectification action")
	}
	if !ownsDepartment(v, r.DepartmentID) {
		return fail.Forbidden("", "只能处理本部门及所属单位的整改事项", "only your own department's rectifications")
	}
	return rules.CanTransition(rules.MachineRectification, string(r.Status), to, v.Role)
}

// ownsDepartment: a department user acts only inside its department subtree;
// other roles are not bound to a department.
func ownsDepartment(v *auth.Viewer, department int) bool {
	return v.Role != enums.RoleDepartmentUser || slices.Contains(v.Departments, department)
}

func unauthenticated() error {
	return &fail.Error{Code: fail.CodeUnauthenticated, ZH: "请先登录", EN: "log in first"}
}

// refusal tells a refusal (the action is not allowed) from a failure to
// decide (a database error).
func refusal(err error) bool {
	var typed *fail.Error
	var transition *rules.TransitionError
	return errors.As(err, &typed) || errors.As(err, &transition)
}

// CreateActions are the kinds of record v may create now (in its own scope: a
// department user for its own department). They are decided by the same
// guards the create mutations pass: the entity's privacy policy (ent/schema),
// evaluated on a probe of the mutation the page would send, so a button the
// client shows for a right listed here is one the server accepts (content
// checks aside). Costs no statement.
func CreateActions(ctx context.Context, c *ent.Client, v *auth.Viewer) []enums.CreateAction {
	if v == nil {
		return nil
	}
	vctx := auth.NewContext(ctx, v)
	department := v.DepartmentID
	// Each right: the entity's privacy policy on a probe of the mutation, then
	// the create guard its hooks apply.
	type probe struct {
		policy ent.Policy
		m      ent.Mutation
		guard  error
	}
	probes := map[enums.CreateAction]func() probe{
		enums.CreateActionProject: func() probe {
			return probe{schema.Project{}.Policy(), c.Project.Create().SetDepartmentID(department).Mutation(), schema.RefuseProjectDeclaration(v)}
		},
		enums.CreateActionTarget: func() probe {
			return probe{schema.Target{}.Policy(), c.Target.Create().SetDepartmentID(department).Mutation(), schema.RefuseTargetCreate(v, target.StatusDraft)}
		},
		enums.CreateActionMonitoring: func() probe {
			return probe{schema.Monitoring{}.Policy(), c.Monitoring.Create().Mutation(), nil}
		},
		enums.CreateActionSelfEvaluation: func() probe {
			return probe{schema.Evaluation{}.Policy(), c.Evaluation.Create().SetKind(evaluation.KindSelf).SetDepartmentID(department).Mutation(),
				schema.RefuseEvaluationCreate(v, evaluation.KindSelf, department)}
		},
		enums.CreateActionEvaluation: func() probe {
			return probe{schema.Evaluation{}.Policy(), c.Evaluation.Create().SetKind(evaluation.KindFinanceKey).SetDepartmentID(department).Mutation(),
				schema.RefuseEvaluationCreate(v, evaluation.KindFinanceKey, department)}
		},
		enums.CreateActionUser: func() probe {
			return probe{schema.User{}.Policy(), c.User.Create().Mutation(), nil}
		},
		enums.CreateActionCalendar: func() probe {
			return probe{schema.RuleSet{}.Policy(), c.RuleSet.Create().Mutation(), nil}
		},
		enums.CreateActionRectification: func() probe {
			return probe{schema.Rectification{}.Policy(), c.Rectification.Create().SetDepartmentID(department).Mutation(), schema.RefuseRectificationCreate(v)}
		},
		enums.CreateActionBudgetLink: func() probe {
			return probe{schema.BudgetLink{}.Policy(), c.BudgetLink.Create().Mutation(), schema.RefuseBudgetLinkCreate(v)}
		},
	}
	var out []enums.CreateAction
	for _, s := range enums.CreateAction("").Values() {
		a := enums.CreateAction(s)
		p := probes[a]()
		if p.guard == nil && policyAllows(vctx, p.policy, p.m) {
			out = append(out, a)
		}
	}
	return out
}

// policyAllows tells whether an entity's privacy policy lets the probe
// mutation m through for the viewer in ctx (no statement is run).
func policyAllows(ctx context.Context, policy ent.Policy, m ent.Mutation) bool {
	err := policy.EvalMutation(ctx, m)
	return err == nil || errors.Is(err, privacy.Allow)
}
