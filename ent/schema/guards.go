package schema

import (
	"context"
	"slices"
	"strings"

	"entgo.io/ent"

	gen "jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/indicator"
	"jixiao/ent/monitoring"
	"jixiao/ent/privacy"
	"jixiao/ent/project"
	"jixiao/ent/scoreitem"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/rules"
)

// The one write path (issue 11): workflow data changes only through the
// workflow, whose steps mark their context (auth.ByWorkflow). The hooks below
// refuse any other change, and bind the workflow itself to the states, roles
// and ownership of links, so that no path — API, import, demo loader, a future
// resolver — can change an approved target, a computed warning, a submitted
// score or a published result behind the workflow's back.

// workflowOnly refuses every change of a workflow table not made by a workflow
// step: computed fields (warnings, totals, grades, scores, execution figures)
// and statuses therefore never come from a client.
func workflowOnly(zh, en string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if !auth.InWorkflow(ctx) {
				return nil, fail.Forbidden("", zh+"只能通过业务流程修改（不能直接写入）",
					"a "+en+" changes only through its workflow, never directly")
			}
			return next.Mutate(ctx, m)
		})
	}
}

// allow reads what a rule needs regardless of the viewer's read scope (the
// rule itself decides what the viewer may do with it).
func allow(ctx context.Context) context.Context { return privacy.DecisionContext(ctx, privacy.Allow) }

// actor is the viewer's role; system is true for internal work without a
// viewer (the demo loader, fixtures), which privacy already let through.
// The administrator ("changes everything") is bound by the workflow-only
// rule like everyone, but its workflow steps are not second-guessed here.
func actor(ctx context.Context) (v *auth.Viewer, system bool) {
	v = auth.FromContext(ctx)
	return v, v == nil
}

func isRole(v *auth.Viewer, roles ...enums.Role) bool {
	return v != nil && slices.Contains(roles, v.Role)
}

// changedBeyond lists the fields a mutation sets other than the allowed ones.
func changedBeyond(m ent.Mutation, allowed ...string) []string {
	var out []string
	for _, f := range m.Fields() {
		if f != "updated_at" && !slices.Contains(allowed, f) {
			out = append(out, f)
		}
	}
	for _, f := range m.ClearedFields() {
		if !slices.Contains(allowed, f) {
			out = append(out, f)
		}
	}
	return out
}

// affected are the ids an update or delete touches (none for a create).
func affected(ctx context.Context, m interface {
	ent.Mutation
	ID() (int, bool)
	IDs(context.Context) ([]int, error)
}) ([]int, error) {
	switch {
	case m.Op().Is(ent.OpCreate):
		return nil, nil
	case m.Op().Is(ent.OpUpdateOne | ent.OpDeleteOne):
		if id, ok := m.ID(); ok {
			return []int{id}, nil
		}
		return nil, nil
	default:
		return m.IDs(allow(ctx))
	}
}

func inScope(v *auth.Viewer, department int) bool {
	return v == nil || v.Role != enums.RoleDepartmentUser || slices.Contains(v.Departments, department)
}

var foreignDepartment = func(field string) error {
	return fail.Forbidden(field, "只能关联本部门及所属单位的数据", "only your own department's records can be linked")
}

// ---- Target ------------------------------------------------------------

// targetTransitionFields are what the workflow's state changes write.
var targetTransitionFields = []string{target.FieldStatus, target.FieldLockVersion, target.FieldSubmittedByID, target.FieldApprovedAmount}

// guardTarget: a target's content changes only while DRAFT, RETURNED or
// ADJUSTING (an approved one only through adjustTarget, i.e. a new version),
// only by its own department (or the administrator); it names only its own
// department's project; nobody rewrites the version chain.
func guardTarget() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, mm ent.Mutation) (ent.Value, error) {
			m := mm.(*gen.TargetMutation)
			v, system := actor(ctx)
			if system || isRole(v, enums.RoleFinanceAdmin) { // internal work (fixtures, jobs) and the administrator's workflow steps: the marker suffices
				return next.Mutate(ctx, mm)
			}
			content := changedBeyond(m, targetTransitionFields...)
			// 三同步: the approved amount is finance's, recorded by the approval only.
			if _, set := m.ApprovedAmount(); set || m.ApprovedAmountCleared() {
				if st, _ := m.Status(); st != target.StatusApproved || !isRole(v, enums.RoleFinanceReviewer) {
					return nil, fail.Forbidden("approvedAmount", "批复金额只能由财政在批复目标时核定", "the approved amount is recorded only by finance approving the target")
				}
			}
			if m.Op().Is(ent.OpCreate) {
				st, _ := m.Status()
				if err := RefuseTargetCreate(v, st); err != nil {
					return nil, err
				}
			} else {
				if !isRole(v, enums.RoleFinanceAdmin) && (len(m.AddedEdges()) > 0 || len(m.ClearedEdges()) > 0 || slices.Contains(content, target.FieldPredecessorID)) {
					if slices.ContainsFunc(append(m.AddedEdges(), m.ClearedEdges()...), func(e string) bool {
						return e == target.EdgeSuccessor || e == target.EdgePredecessor
					}) || slices.Contains(content, target.FieldPredecessorID) {
						return nil, fail.Forbidden("successorIDs", "目标的版本关系只能由调整流程建立", "only adjustTarget links target versions")
					}
				}
				ids, err := affected(ctx, m)
				if err != nil {
					return nil, err
				}
				if len(ids) > 0 && (len(content) > 0 || m.Op().Is(ent.OpDelete|ent.OpDeleteOne)) {
					rows, err := m.Client().Target.Query().Where(target.IDIn(ids...)).All(allow(ctx))
					if err != nil {
						return nil, err
					}
					for _, t := range rows {
						if !rules.TargetRevisable(string(t.Status)) {
							return nil, fail.Frozen("已批复或已提交的绩效目标不能直接修改：请通过“调整”生成新版本",
								"a submitted or approved target cannot be changed in place: adjust it (a new version)")
						}
					}
					if !system && !isRole(v, enums.RoleDepartmentUser, enums.RoleFinanceAdmin) {
						return nil, fail.Forbidden("", "只有目标所属部门可以修改目标内容", "only the target's department changes its content")
					}
				}
			}
			if err := targetLinks(ctx, m, v); err != nil {
				return nil, err
			}
			return next.Mutate(ctx, m)
		})
	}
}

// targetLinks: the project a target names is its own department's, and the
// department one the viewer may write.
func targetLinks(ctx context.Context, m *gen.TargetMutation, v *auth.Viewer) error {
	dep, depSet := m.DepartmentID()
	if depSet && !inScope(v, dep) {
		return foreignDepartment("departmentID")
	}
	pid, pidSet := m.ProjectID()
	if !pidSet {
		return nil
	}
	if !depSet {
		if id, ok := m.ID(); ok {
			old, err := m.Client().Target.Get(allow(ctx), id)
			if err != nil {
				return err
			}
			dep = old.DepartmentID
		}
	}
	p, err := m.Client().Project.Query().Where(project.ID(pid)).Only(allow(ctx))
	if gen.IsNotFound(err) {
		return fail.Missing("projectID", "项目", "project", pid)
	}
	if err != nil {
		return err
	}
	if !inScope(v, p.DepartmentID) || p.DepartmentID != dep {
		return fail.Forbidden("projectID", "只能为本部门的项目申报目标", "a target is declared only for its own department's project")
	}
	return nil
}

// ---- Indicator ---------------------------------------------------------

// indicatorActualFields are what a self-evaluation records on an indicator of
// an approved target; everything else is its definition.
var indicatorActualFields = []string{indicator.FieldActualValue, indicator.FieldActualLevel, indicator.FieldEvidence, indicator.FieldDeviationReason}

// guardIndicator: an indicator's definition changes only with its target's
// content (DRAFT, RETURNED, ADJUSTING; the department's, or the reviewer's
// copy when it opens an adjustment); its actual values only on an approved target.
func guardIndicator() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, mm ent.Mutation) (ent.Value, error) {
			m := mm.(*gen.IndicatorMutation)
			v, system := actor(ctx)
			if system || isRole(v, enums.RoleFinanceAdmin) { // internal work (fixtures, jobs) and the administrator's workflow steps: the marker suffices
				return next.Mutate(ctx, mm)
			}
			// Versions are linked from the newer indicator (previous_id), by adjustTarget only.
			if slices.Contains(m.AddedEdges(), indicator.EdgeRevisions) || slices.Contains(m.ClearedEdges(), indicator.EdgeRevisions) {
				return nil, fail.Forbidden("revisionIDs", "指标的版本关系只能由调整流程建立", "only adjustTarget links indicator versions")
			}
			definition := len(changedBeyond(m, indicatorActualFields...)) > 0 || m.Op().Is(ent.OpCreate|ent.OpDelete|ent.OpDeleteOne)
			if !m.Op().Is(ent.OpCreate) && slices.Contains(m.Fields(), indicator.FieldTargetID) {
				return nil, fail.Forbidden("targetID", "指标不能移到另一个目标", "an indicator cannot move to another target")
			}
			var targetIDs []int
			if id, ok := m.TargetID(); ok && m.Op().Is(ent.OpCreate) {
				targetIDs = []int{id}
			} else {
				ids, err := affected(ctx, m)
				if err != nil {
					return nil, err
				}
				if len(ids) > 0 {
					if targetIDs, err = m.Client().Indicator.Query().Where(indicator.IDIn(ids...)).Unique(true).
						Select(indicator.FieldTargetID).Ints(allow(ctx)); err != nil {
						return nil, err
					}
				}
			}
			if len(targetIDs) > 0 {
				targets, err := m.Client().Target.Query().Where(target.IDIn(targetIDs...)).All(allow(ctx))
				if err != nil {
					return nil, err
				}
				for _, t := range targets {
					if !inScope(v, t.DepartmentID) {
						return nil, foreignDepartment("targetID")
					}
					switch {
					case definition && !rules.TargetRevisable(string(t.Status)):
						return nil, fail.Frozen("已提交或已批复目标的指标不能直接修改：请通过“调整”生成新版本",
							"the indicators of a submitted or approved target cannot be changed in place: adjust the target")
					case definition && !system && !isRole(v, enums.RoleDepartmentUser, enums.RoleFinanceAdmin) &&
						!(isRole(v, enums.RoleFinanceReviewer) && m.Op().Is(ent.OpCreate) && t.Status == target.StatusAdjusting):
						return nil, fail.Forbidden("", "只有目标所属部门可以修改指标", "only the target's department changes its indicators")
					case !definition && t.Status != target.StatusApproved:
						return nil, fail.Frozen("只有已批复目标的指标可以填报完成值", "actual values are recorded only on approved targets")
					case !definition && !system && !isRole(v, enums.RoleDepartmentUser, enums.RoleFinanceAdmin):
						return nil, fail.Forbidden("", "完成值由目标所属部门在自评中填报", "actual values are recorded by the target's department in its self-evaluation")
					}
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// ---- Evaluation --------------------------------------------------------

var openEvaluation = []evaluation.Status{evaluation.StatusPlanned, evaluation.StatusInProgress}

// evaluationTransitionFields are what the workflow's state changes write
// (a return's comments go into recommendations).
var evaluationTransitionFields = []string{evaluation.FieldStatus, evaluation.FieldLockVersion, evaluation.FieldPublishedAt, evaluation.FieldRecommendations}

// evaluationReopenFields are all that finance's reopening of a published
// evaluation writes.
var evaluationReopenFields = []string{evaluation.FieldStatus, evaluation.FieldLockVersion, evaluation.FieldPublishedAt,
	evaluation.FieldReopenedAt, evaluation.FieldReopenReason}

// evaluationFixed never change once an evaluation exists.
var evaluationFixed = []string{evaluation.FieldKind, evaluation.FieldScheme, evaluation.FieldFiscalYear, evaluation.FieldProjectID, evaluation.FieldDepartmentID}

// guardEvaluation: evaluators never create evaluations; departments create
// self-evaluations of their own projects with no agency; an evaluation's
// subject and kind never change; a submitted or reviewed one changes only by
// finance's transitions and texts; a published one never; finance does not
// rewrite a department's self-evaluation.
func guardEvaluation() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, mm ent.Mutation) (ent.Value, error) {
			m := mm.(*gen.EvaluationMutation)
			v, system := actor(ctx)
			if system || isRole(v, enums.RoleFinanceAdmin) { // internal work (fixtures, jobs) and the administrator's workflow steps: the marker suffices
				return next.Mutate(ctx, mm)
			}
			if m.Op().Is(ent.OpCreate) {
				if err := newEvaluation(ctx, m, v, system); err != nil {
					return nil, err
				}
				return next.Mutate(ctx, m)
			}
			for _, f := range changedBeyond(m) {
				if slices.Contains(evaluationFixed, f) {
					return nil, fail.Forbidden(f, "评价的类型、对象和年度不能修改", "an evaluation's kind, subject and year never change")
				}
			}
			ids, err := affected(ctx, m)
			if err != nil || len(ids) == 0 {
				if err != nil {
					return nil, err
				}
				return next.Mutate(ctx, m)
			}
			rows, err := m.Client().Evaluation.Query().Where(evaluation.IDIn(ids...)).All(allow(ctx))
			if err != nil {
				return nil, err
			}
			finance := system || isRole(v, enums.RoleFinanceAdmin, enums.RoleFinanceReviewer)
			reason, reopening := m.ReopenReason()
			to, _ := m.Status()
			reopening = reopening && to == evaluation.StatusInProgress && len(changedBeyond(m, evaluationReopenFields...)) == 0
			for _, e := range rows {
				switch {
				case e.Status == evaluation.StatusPublished && reopening && finance && strings.TrimSpace(reason) != "":
					// finance's explicit reopening for a correction (Evaluations.Reopen)
				case e.Status != evaluation.StatusPublished && slices.ContainsFunc(changedBeyond(m), func(f string) bool {
					return f == evaluation.FieldReopenReason || f == evaluation.FieldReopenedAt
				}):
					return nil, fail.Forbidden("reason", "只有已公开的评价可以重新打开", "only a published evaluation is reopened")
				case e.Status == evaluation.StatusPublished || m.Op().Is(ent.OpDelete|ent.OpDeleteOne) && !slices.Contains(openEvaluation, e.Status):
					return nil, fail.Frozen("已公开的评价不能修改", "a published evaluation never changes")
				case !slices.Contains(openEvaluation, e.Status) && !finance:
					return nil, fail.Frozen("评价已提交，只有退回后才能修改", "the evaluation was submitted: it changes only after being returned")
				case !slices.Contains(openEvaluation, e.Status) &&
					len(changedBeyond(m, append(evaluationTransitionFields, evaluation.FieldFindings, evaluation.FieldReport)...)) > 0:
					return nil, fail.Frozen("已提交评价的得分不能修改，须先退回", "a submitted evaluation's scores change only after being returned")
				case e.Kind == evaluation.KindSelf && isRole(v, enums.RoleFinanceReviewer) && len(changedBeyond(m, evaluationTransitionFields...)) > 0:
					return nil, fail.Forbidden("", "单位自评由部门填写，财政只能退回、复核或公开", "a self-evaluation is the department's: finance only returns, reviews or publishes it")
				case slices.Contains(changedBeyond(m), evaluation.FieldAgencyID) && !finance:
					return nil, fail.Forbidden("agencyID", "只有财政可以指派第三方机构", "only finance assigns an agency")
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

func newEvaluation(ctx context.Context, m *gen.EvaluationMutation, v *auth.Viewer, system bool) error {
	kind, _ := m.Kind()
	dep, _ := m.DepartmentID()
	if !system {
		if err := RefuseEvaluationCreate(v, kind, dep); err != nil {
			return err
		}
	}
	if _, set := m.AgencyID(); set && !system && !isRole(v, enums.RoleFinanceAdmin, enums.RoleFinanceReviewer) {
		return fail.Forbidden("agencyID", "只有财政可以指派第三方机构", "only finance assigns an agency")
	}
	if pid, ok := m.ProjectID(); ok {
		pdep, err := m.Client().Project.Query().Where(project.ID(pid)).Select(project.FieldDepartmentID).Int(allow(ctx))
		if gen.IsNotFound(err) {
			return fail.Missing("projectID", "项目", "project", pid)
		}
		if err != nil {
			return err
		}
		if pdep != dep || !inScope(v, pdep) {
			return fail.Forbidden("projectID", "被评价项目须属于被评价部门，且为本部门的项目", "the project evaluated must be the evaluated department's own")
		}
	}
	return nil
}

// ---- ScoreItem ---------------------------------------------------------

// guardScoreItem: score items change only while their evaluation is open
// (PLANNED or IN_PROGRESS), by whoever runs that evaluation — the department
// its self-evaluation, finance its key evaluations, an evaluator those
// assigned to its agency — and name only the evaluated department's indicators.
func guardScoreItem() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, mm ent.Mutation) (ent.Value, error) {
			m := mm.(*gen.ScoreItemMutation)
			v, system := actor(ctx)
			if system || isRole(v, enums.RoleFinanceAdmin) { // internal work (fixtures, jobs) and the administrator's workflow steps: the marker suffices
				return next.Mutate(ctx, mm)
			}
			if !m.Op().Is(ent.OpCreate) && slices.Contains(m.Fields(), "evaluation_id") {
				return nil, fail.Forbidden("evaluationID", "评分项不能移到另一个评价", "a score item cannot move to another evaluation")
			}
			var evalIDs []int
			if id, ok := m.EvaluationID(); ok && m.Op().Is(ent.OpCreate) {
				evalIDs = []int{id}
			} else {
				ids, err := affected(ctx, m)
				if err != nil {
					return nil, err
				}
				if len(ids) > 0 {
					if evalIDs, err = m.Client().ScoreItem.Query().Where(scoreitem.IDIn(ids...)).Unique(true).
						Select(scoreitem.FieldEvaluationID).Ints(allow(ctx)); err != nil {
						return nil, err
					}
				}
			}
			if len(evalIDs) == 0 {
				return next.Mutate(ctx, m)
			}
			evs, err := m.Client().Evaluation.Query().Where(evaluation.IDIn(evalIDs...)).All(allow(ctx))
			if err != nil {
				return nil, err
			}
			for _, e := range evs {
				switch {
				case !slices.Contains(openEvaluation, e.Status):
					return nil, fail.Frozen("评价已提交，评分只有在退回后才能修改", "the evaluation was submitted: its scores change only after being returned")
				case system, isRole(v, enums.RoleFinanceAdmin):
				case isRole(v, enums.RoleDepartmentUser) && (e.Kind != evaluation.KindSelf || !inScope(v, e.DepartmentID)):
					return nil, fail.Forbidden("", "部门只能为本部门的单位自评打分", "a department scores only its own self-evaluations")
				case isRole(v, enums.RoleFinanceReviewer) && e.Kind == evaluation.KindSelf:
					return nil, fail.Forbidden("", "单位自评由部门打分", "self-evaluations are scored by the department")
				case isRole(v, enums.RoleEvaluator) && (e.AgencyID == nil || *e.AgencyID != v.AgencyID):
					return nil, fail.Forbidden("", "只能为指派给本机构的评价打分", "an evaluator scores only evaluations assigned to its agency")
				}
				if iid, ok := m.IndicatorID(); ok {
					n, err := m.Client().Indicator.Query().Where(indicator.ID(iid), indicator.DepartmentID(e.DepartmentID)).Count(allow(ctx))
					if err != nil {
						return nil, err
					}
					if n == 0 {
						return nil, fail.Forbidden("indicatorID", "评分项只能关联被评价部门的指标", "a score item links only the evaluated department's indicators")
					}
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// ---- Monitoring and IndicatorProgress ----------------------------------

// guardMonitoring: a monitoring record is its own department's project's,
// names that project's target only, and is the department's to write.
func guardMonitoring() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, mm ent.Mutation) (ent.Value, error) {
			m := mm.(*gen.MonitoringMutation)
			v, system := actor(ctx)
			if system || isRole(v, enums.RoleFinanceAdmin) { // internal work (fixtures, jobs) and the administrator's workflow steps: the marker suffices
				return next.Mutate(ctx, mm)
			}
			if !system && !isRole(v, enums.RoleDepartmentUser, enums.RoleFinanceAdmin) {
				return nil, fail.Forbidden("", "绩效监控由项目所属部门填报", "monitoring is recorded by the project's department")
			}
			pid, pidSet := m.ProjectID()
			if pidSet {
				dep, err := m.Client().Project.Query().Where(project.ID(pid)).Select(project.FieldDepartmentID).Int(allow(ctx))
				if gen.IsNotFound(err) {
					return nil, fail.Missing("projectID", "项目", "project", pid)
				}
				if err != nil {
					return nil, err
				}
				if !inScope(v, dep) {
					return nil, foreignDepartment("projectID")
				}
			}
			if tid, ok := m.TargetID(); ok {
				if !pidSet {
					if id, one := m.ID(); one {
						old, err := m.Client().Monitoring.Get(allow(ctx), id)
						if err != nil {
							return nil, err
						}
						pid = old.ProjectID
					}
				}
				n, err := m.Client().Target.Query().Where(target.ID(tid), target.ProjectID(pid)).Count(allow(ctx))
				if err != nil {
					return nil, err
				}
				if n == 0 {
					return nil, fail.Forbidden("targetID", "监控只能关联本项目的绩效目标", "monitoring names only its own project's target")
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// guardIndicatorProgress: progress is reported on an indicator of the
// monitored project's own targets.
func guardIndicatorProgress() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, mm ent.Mutation) (ent.Value, error) {
			m := mm.(*gen.IndicatorProgressMutation)
			v, system := actor(ctx)
			if system || isRole(v, enums.RoleFinanceAdmin) { // internal work (fixtures, jobs) and the administrator's workflow steps: the marker suffices
				return next.Mutate(ctx, mm)
			}
			if !system && !isRole(v, enums.RoleDepartmentUser, enums.RoleFinanceAdmin) {
				return nil, fail.Forbidden("", "指标进度由项目所属部门填报", "indicator progress is recorded by the project's department")
			}
			iid, iSet := m.IndicatorID()
			mid, mSet := m.MonitoringID()
			if m.Op().Is(ent.OpCreate) || iSet || mSet {
				if !iSet || !mSet {
					return nil, fail.Forbidden("indicatorID", "进度记录的指标和监控记录不能更换", "a progress record's indicator and monitoring record do not change")
				}
				n, err := m.Client().Indicator.Query().Where(indicator.ID(iid),
					indicator.HasTargetWith(target.HasProjectWith(project.HasMonitoringsWith(monitoring.ID(mid))))).Count(allow(ctx))
				if err != nil {
					return nil, err
				}
				if n == 0 {
					return nil, fail.Forbidden("indicatorID", "只能填报本项目绩效目标的指标进度", "progress is recorded only for the monitored project's own indicators")
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// ---- Review, Rectification, BudgetLink, Project --------------------------

// appendOnly refuses updates and deletes: a review is a record of a decision.
func appendOnly(zh, en string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if !m.Op().Is(ent.OpCreate) {
				return nil, fail.Frozen(zh, en)
			}
			return next.Mutate(ctx, m)
		})
	}
}

// financeCreates: only finance creates rows of this table (rectification
// requirements, budget links); departments report progress on them.
func financeCreates(refuse func(*auth.Viewer) error) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			v, system := actor(ctx)
			if system { // internal work without a viewer (fixtures, jobs): the marker suffices
				return next.Mutate(ctx, m)
			}
			if m.Op().Is(ent.OpCreate) {
				if err := refuse(v); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// projectComputed: a project's warning level is the latest monitoring's,
// written only by recordMonitoring; a finance reviewer changes a project's
// lifecycle, never its declaration (name, budget category, …).
func projectComputed() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			changed := changedBeyond(m)
			if auth.FromContext(ctx) != nil && !auth.InWorkflow(ctx) && slices.Contains(changed, project.FieldWarningLevel) {
				return nil, fail.Forbidden("warningLevel", "预警等级由监控计算得出，不能直接修改", "the warning level is computed by monitoring, never set directly")
			}
			if len(changedBeyond(m, project.FieldStatus, project.FieldLockVersion, project.FieldWarningLevel, "warning_severity")) > 0 {
				if err := RefuseProjectDeclaration(auth.FromContext(ctx)); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}
