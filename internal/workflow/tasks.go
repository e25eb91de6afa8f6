package workflow

import (
	"context"
	"time"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/monitoring"
	"jixiao/ent/project"
	"jixiao/ent/rectification"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/enums"
)

// TaskKind names one kind of to-do on the workbench (工作台).
type TaskKind string

const (
	TaskTargetsToReview       TaskKind = "TARGETS_TO_REVIEW"      // finance: submitted targets to review
	TaskTargetsToRevise       TaskKind = "TARGETS_TO_REVISE"      // department: returned targets to revise and resubmit
	TaskTargetsToSubmit       TaskKind = "TARGETS_TO_SUBMIT"      // department: drafts not yet declared
	TaskMonitoringDue         TaskKind = "MONITORING_DUE"         // department: projects without last month's monitoring
	TaskEvaluationsToScore    TaskKind = "EVALUATIONS_TO_SCORE"   // whoever scores: open evaluations
	TaskEvaluationsToReview   TaskKind = "EVALUATIONS_TO_REVIEW"  // finance: submitted evaluations to review
	TaskRectificationsPending TaskKind = "RECTIFICATIONS_PENDING" // open rectifications (overdue ones counted apart)
)

// Task is a count of things waiting for the viewer, with the earliest
// deadline among them and how many are past their deadline.
type Task struct {
	Kind     TaskKind
	Count    int
	Overdue  int
	Deadline *time.Time
}

// MyTasks is the viewer's to-do list. Every count is one SQL statement over
// the rows the viewer may see (ent privacy scopes them), so its cost does not
// grow with the number of departments. Kinds with nothing waiting are left out.
//
// Monitoring: the period that ended last month is due by the end of this month
// (Beijing time); a project still missing the month before last is overdue.
func MyTasks(ctx context.Context, client *ent.Client, now time.Time) ([]*Task, error) {
	v := auth.FromContext(ctx)
	if v == nil {
		return []*Task{}, nil
	}
	finance := v.Role == enums.RoleFinanceAdmin || v.Role == enums.RoleFinanceReviewer
	departmentSide := v.Role == enums.RoleFinanceAdmin || v.Role == enums.RoleDepartmentUser
	var out []*Task
	add := func(kind TaskKind, count, overdue int, deadline *time.Time) {
		if count > 0 {
			out = append(out, &Task{Kind: kind, Count: count, Overdue: overdue, Deadline: deadline})
		}
	}
	countTargets := func(s target.Status) (int, error) {
		return client.Target.Query().Where(target.StatusEQ(s)).Count(ctx)
	}

	if finance {
		n, err := countTargets(target.StatusSubmitted)
		if err != nil {
			return nil, err
		}
		add(TaskTargetsToReview, n, 0, nil)
		n, err = client.Evaluation.Query().Where(evaluation.StatusEQ(evaluation.StatusSubmitted)).Count(ctx)
		if err != nil {
			return nil, err
		}
		add(TaskEvaluationsToReview, n, 0, nil)
	}
	if departmentSide {
		for _, k := range []struct {
			kind   TaskKind
			status target.Status
		}{{TaskTargetsToRevise, target.StatusReturned}, {TaskTargetsToSubmit, target.StatusDraft}} {
			n, err := countTargets(k.status)
			if err != nil {
				return nil, err
			}
			add(k.kind, n, 0, nil)
		}
		due, overdue, deadline, err := monitoringDue(ctx, client, now)
		if err != nil {
			return nil, err
		}
		add(TaskMonitoringDue, due, overdue, deadline)
	}

	// Open evaluations the viewer scores: self and department evaluations for
	// the department side, key evaluations for finance, its agency's for an evaluator.
	var kinds []evaluation.Kind
	switch v.Role {
	case enums.RoleDepartmentUser:
		kinds = []evaluation.Kind{evaluation.KindSelf, evaluation.KindDepartment}
	case enums.RoleFinanceAdmin:
		kinds = []evaluation.Kind{evaluation.KindSelf, evaluation.KindDepartment, evaluation.KindFinanceKey}
	case enums.RoleFinanceReviewer:
		kinds = []evaluation.Kind{evaluation.KindFinanceKey}
	case enums.RoleEvaluator:
		kinds = []evaluation.Kind{evaluation.KindThirdParty}
	}
	if len(kinds) > 0 {
		q := client.Evaluation.Query().Where(evaluation.StatusIn(evaluation.StatusPlanned, evaluation.StatusInProgress), evaluation.KindIn(kinds...))
		if v.Role == enums.RoleEvaluator {
			q = q.Where(evaluation.AgencyID(v.AgencyID))
		}
		n, err := q.Count(ctx)
		if err != nil {
			return nil, err
		}
		add(TaskEvaluationsToScore, n, 0, nil)
	}

	// Rectifications: the department side carries them out, finance and leaders follow them up.
	if v.Role != enums.RoleEvaluator {
		open := client.Rectification.Query().Where(rectification.StatusIn(rectification.StatusOpen, rectification.StatusInProgress))
		n, err := open.Clone().Count(ctx)
		if err != nil {
			return nil, err
		}
		if n > 0 {
			late, err := open.Clone().Where(rectification.DeadlineLT(now)).Count(ctx)
			if err != nil {
				return nil, err
			}
			first, err := open.Clone().Order(ent.Asc(rectification.FieldDeadline)).Select(rectification.FieldDeadline).First(ctx)
			if err != nil {
				return nil, err
			}
			add(TaskRectificationsPending, n, late, &first.Deadline)
		}
	}
	if out == nil {
		out = []*Task{}
	}
	return out, nil
}

// monitoringDue counts this year's projects in progress that have no
// monitoring record for last month (due by the end of this month), and of
// those, the ones without the month before last either (overdue).
func monitoringDue(ctx context.Context, client *ent.Client, now time.Time) (due, overdue int, deadline *time.Time, err error) {
	today := now.In(beijing.Location)
	year, month := today.Year(), int(today.Month())
	if month == 1 {
		return 0, 0, nil, nil // December's period belongs to last year's books
	}
	missing := func(m int) *ent.ProjectQuery {
		return client.Project.Query().Where(project.FiscalYear(year), project.StatusEQ(project.StatusInProgress),
			project.Not(project.HasMonitoringsWith(monitoring.FiscalYear(year), monitoring.MonthGTE(m))))
	}
	if due, err = missing(month - 1).Count(ctx); err != nil || due == 0 {
		return due, 0, nil, err
	}
	if month > 2 {
		if overdue, err = missing(month - 2).Count(ctx); err != nil {
			return 0, 0, nil, err
		}
	}
	end := time.Date(year, today.Month()+1, 1, 0, 0, 0, 0, beijing.Location).Add(-time.Second).UTC()
	return due, overdue, &end, nil
}
