package workflow

import (
	"context"
	"strings"
	"time"

	"jixiao/ent"
	"jixiao/ent/rectification"
	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/rules"
)

// Rectifications moves rectifications from open through in progress to done.
type Rectifications struct {
	Client *ent.Client
	Now    func() time.Time
}

// Start records that work on a rectification has begun.
func (w Rectifications) Start(ctx context.Context, id, lockVersion int, note string) (*ent.Rectification, error) {
	return w.move(ctx, id, lockVersion, enums.RectificationActionStart, func(u *ent.RectificationUpdate) {
		if note != "" {
			u.SetCompletionNote(note)
		}
	})
}

// Complete closes a rectification with a note on what was done.
func (w Rectifications) Complete(ctx context.Context, id, lockVersion int, note string) (*ent.Rectification, error) {
	if strings.TrimSpace(note) == "" {
		return nil, fail.BadInput("note", "请填写整改完成情况", "describe what was done")
	}
	return w.move(ctx, id, lockVersion, enums.RectificationActionComplete, func(u *ent.RectificationUpdate) {
		u.SetCompletionNote(note).SetCompletedAt(w.Now())
	})
}

// move takes a status-changing action if the viewer may take it now
// (actions.go) and nobody changed the rectification since lockVersion.
func (w Rectifications) move(ctx context.Context, id, lockVersion int, action enums.RectificationAction, set func(*ent.RectificationUpdate)) (*ent.Rectification, error) {
	to := rectification.Status(rectificationMoves[action])
	ctx = step(ctx)
	c := client(ctx, w.Client)
	r, err := c.Rectification.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if r.LockVersion != lockVersion {
		return nil, fail.Conflict("整改事项", "rectification")
	}
	v, err := viewer(ctx)
	if err != nil {
		return nil, err
	}
	if err := refuseRectification(v, r, action); err != nil {
		return nil, err
	}
	u := c.Rectification.Update().Where(rectification.ID(id), rectification.LockVersion(lockVersion)).
		SetStatus(to).AddLockVersion(1)
	set(u)
	n, err := u.Save(ctx)
	if err := conflictUnless(n, err, "整改事项", "rectification"); err != nil {
		return nil, err
	}
	return c.Rectification.Get(ctx, id)
}

// Overdue: past its deadline and not done. Derived at read time, never stored.
func Overdue(r *ent.Rectification, now time.Time) bool {
	// A deadline is a day in the books, which are kept in Beijing time.
	return rules.RectificationOverdue(string(r.Status), r.Deadline.In(beijing.Location), now)
}

// Create sets a rectification requirement (finance only; the data layer
// refuses anyone else): on an evaluation or a monitoring record of the
// responsible department.
func (w Rectifications) Create(ctx context.Context, in ent.CreateRectificationInput) (*ent.Rectification, error) {
	ctx = step(ctx)
	c := client(ctx, w.Client)
	if in.EvaluationID == nil && in.MonitoringID == nil {
		return nil, fail.BadInput("evaluationID", "整改须来源于一次评价或监控", "a rectification comes from an evaluation or a monitoring record")
	}
	if in.EvaluationID != nil {
		ev, err := c.Evaluation.Get(ctx, *in.EvaluationID)
		if err != nil {
			return nil, err
		}
		if ev.DepartmentID != in.DepartmentID {
			return nil, fail.BadInput("departmentID", "责任单位须为被评价单位", "the responsible department is the one evaluated")
		}
	}
	if in.MonitoringID != nil {
		m, err := c.Monitoring.Get(ctx, *in.MonitoringID)
		if err != nil {
			return nil, err
		}
		if m.DepartmentID != in.DepartmentID {
			return nil, fail.BadInput("departmentID", "责任单位须为被监控项目的部门", "the responsible department is the monitored project's")
		}
	}
	in.Deadline = in.Deadline.UTC()
	return c.Rectification.Create().SetInput(in).Save(ctx)
}

// BudgetLinks applies evaluation results to the next budget (finance only).
type BudgetLinks struct{ Client *ent.Client }

// Create records how an evaluation's result is applied; an evaluation's
// result is applied once it has been submitted.
func (w BudgetLinks) Create(ctx context.Context, in ent.CreateBudgetLinkInput) (*ent.BudgetLink, error) {
	ctx = step(ctx)
	c := client(ctx, w.Client)
	ev, err := c.Evaluation.Get(ctx, in.EvaluationID)
	if err != nil {
		return nil, err
	}
	if ev.TotalScore == nil {
		return nil, fail.Transition("评价尚无得分，不能应用其结果", "the evaluation has no score yet; its result cannot be applied")
	}
	return c.BudgetLink.Create().SetInput(in).Save(ctx)
}
