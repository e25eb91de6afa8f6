package workflow

import (
	"context"
	"strings"
	"time"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
)

// Evaluations creates, scores and moves evaluations through their statuses.
type Evaluations struct {
	Client   *ent.Client
	Now      func() time.Time
	RuleSets RuleSets
}

// Submit hands a scored evaluation in for review.
// Scoring an item or recording an actual value clears the total (it is
// stale), so a total older than any item is never submitted.
func (w Evaluations) Submit(ctx context.Context, id, lockVersion int) (*ent.Evaluation, error) {
	return w.move(ctx, id, lockVersion, enums.EvaluationActionSubmit, func(e *ent.Evaluation, _ *ent.EvaluationUpdate) error {
		if e.TotalScore == nil {
			return fail.Transition("请先计算评价得分再提交（评分有改动后须重新计算）", "compute the evaluation before submitting it (again, after any item changed)")
		}
		return nil
	})
}

// Return sends a submitted evaluation back for re-scoring.
func (w Evaluations) Return(ctx context.Context, id, lockVersion int, comments string) (*ent.Evaluation, error) {
	if strings.TrimSpace(comments) == "" {
		return nil, fail.BadInput("comments", "退回时须填写意见", "returning an evaluation needs comments")
	}
	return w.move(ctx, id, lockVersion, enums.EvaluationActionReturn, func(_ *ent.Evaluation, u *ent.EvaluationUpdate) error {
		u.SetRecommendations(comments)
		return nil
	})
}

// Reopen takes a published evaluation back for a correction: finance only,
// with a reason, which is stored with the evaluation and in the audit trail
// (the change's before/after). The evaluation goes back to IN_PROGRESS under
// a new lock version, is no longer published, and goes through submission,
// review and publication again; its scores stay until an item is changed.
func (w Evaluations) Reopen(ctx context.Context, id, lockVersion int, reason string) (*ent.Evaluation, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return nil, fail.BadInput("reason", "重新打开已公开的评价须说明理由", "reopening a published evaluation needs a reason")
	}
	return w.move(ctx, id, lockVersion, enums.EvaluationActionReopen, func(_ *ent.Evaluation, u *ent.EvaluationUpdate) error {
		u.ClearPublishedAt().SetReopenedAt(w.Now().UTC()).SetReopenReason(reason)
		return nil
	})
}

// Review records finance's review of a submitted evaluation.
func (w Evaluations) Review(ctx context.Context, id, lockVersion int) (*ent.Evaluation, error) {
	return w.move(ctx, id, lockVersion, enums.EvaluationActionReview, nil)
}

// Publish discloses a reviewed evaluation to the public.
func (w Evaluations) Publish(ctx context.Context, id, lockVersion int) (*ent.Evaluation, error) {
	return w.move(ctx, id, lockVersion, enums.EvaluationActionPublish, func(_ *ent.Evaluation, u *ent.EvaluationUpdate) error {
		u.SetPublishedAt(w.Now().UTC())
		return nil
	})
}

// move takes a status-changing action if the viewer may take it now
// (actions.go) and nobody changed the evaluation since lockVersion.
func (w Evaluations) move(ctx context.Context, id, lockVersion int, action enums.EvaluationAction,
	extra func(*ent.Evaluation, *ent.EvaluationUpdate) error) (*ent.Evaluation, error) {
	to := evaluation.Status(evaluationMoves[action][1])
	ctx = step(ctx)
	c := client(ctx, w.Client)
	e, err := c.Evaluation.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if e.LockVersion != lockVersion {
		return nil, fail.Conflict("绩效评价", "evaluation")
	}
	if err := allowEvaluation(ctx, e, action); err != nil {
		return nil, err
	}
	u := c.Evaluation.Update().Where(evaluation.ID(id), evaluation.LockVersion(lockVersion)).SetStatus(to).AddLockVersion(1)
	if extra != nil {
		if err := extra(e, u); err != nil {
			return nil, err
		}
	}
	n, err := u.Save(ctx)
	if err := conflictUnless(n, err, "绩效评价", "evaluation"); err != nil {
		return nil, err
	}
	return c.Evaluation.Get(ctx, id)
}

// allowEvaluation refuses an action the viewer may not take on e now.
func allowEvaluation(ctx context.Context, e *ent.Evaluation, a enums.EvaluationAction) error {
	v, err := viewer(ctx)
	if err != nil {
		return err
	}
	return refuseEvaluation(v, e, a)
}

// Texts are an evaluation's findings, recommendations and report; nil leaves
// a text as it is, "" clears it.
type Texts struct {
	Findings, Recommendations, Report *string
}

// SaveTexts saves an evaluation's texts under its lock: whoever scores it
// while it is open, finance also while it is submitted or reviewed; a
// published evaluation never changes (the data layer refuses).
func (w Evaluations) SaveTexts(ctx context.Context, id, lockVersion int, in Texts) (*ent.Evaluation, error) {
	ctx = step(ctx)
	c := client(ctx, w.Client)
	u := c.Evaluation.Update().Where(evaluation.ID(id), evaluation.LockVersion(lockVersion)).AddLockVersion(1)
	if in.Findings != nil {
		u.SetFindings(strings.TrimSpace(*in.Findings))
	}
	if in.Recommendations != nil {
		u.SetRecommendations(strings.TrimSpace(*in.Recommendations))
	}
	if in.Report != nil {
		u.SetReport(strings.TrimSpace(*in.Report))
	}
	if err := w.locked(ctx, c, id, lockVersion); err != nil {
		return nil, err
	}
	n, err := u.Save(ctx)
	if err := conflictUnless(n, err, "绩效评价", "evaluation"); err != nil {
		return nil, err
	}
	return c.Evaluation.Get(ctx, id)
}

// locked reads an evaluation the viewer may see and checks its lock version,
// so that a stale or invisible one fails before anything is written.
func (w Evaluations) locked(ctx context.Context, c *ent.Client, id, lockVersion int) error {
	e, err := c.Evaluation.Get(ctx, id)
	if err != nil {
		return err
	}
	if e.LockVersion != lockVersion {
		return fail.Conflict("绩效评价", "evaluation")
	}
	return nil
}

// touch takes the evaluation's lock for a change of one of its items: the
// lock version moves on and the total, now stale, is cleared (compute again).
func touch(ctx context.Context, c *ent.Client, ev *ent.Evaluation, lockVersion int) error {
	if ev.LockVersion != lockVersion {
		return fail.Conflict("绩效评价", "evaluation")
	}
	u := c.Evaluation.Update().Where(evaluation.ID(ev.ID), evaluation.LockVersion(lockVersion)).
		AddLockVersion(1).ClearTotalScore().ClearGrade().ClearConsistencyFlags()
	if ev.Status == evaluation.StatusPlanned {
		u.SetStatus(evaluation.StatusInProgress)
	}
	n, err := u.Save(ctx)
	return conflictUnless(n, err, "绩效评价", "evaluation")
}
