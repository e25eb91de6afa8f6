package workflow

import (
	"context"
	"strings"
	"time"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/rules"
)

// Evaluations creates, scores and moves evaluations through their statuses.
type Evaluations struct {
	Client   *ent.Client
	Now      func() time.Time
	RuleSets RuleSets
}

// Submit hands a scored evaluation in for review.
func (w Evaluations) Submit(ctx context.Context, id, lockVersion int) (*ent.Evaluation, error) {
	return w.move(ctx, id, lockVersion, evaluation.StatusSubmitted, func(e *ent.Evaluation, _ *ent.EvaluationUpdate) error {
		if e.TotalScore == nil {
			return fail.Transition("请先计算评价得分再提交", "compute the evaluation before submitting it")
		}
		return nil
	})
}

// Return sends a submitted evaluation back for re-scoring.
func (w Evaluations) Return(ctx context.Context, id, lockVersion int, comments string) (*ent.Evaluation, error) {
	if strings.TrimSpace(comments) == "" {
		return nil, fail.BadInput("comments", "退回时须填写意见", "returning an evaluation needs comments")
	}
	return w.move(ctx, id, lockVersion, evaluation.StatusInProgress, func(_ *ent.Evaluation, u *ent.EvaluationUpdate) error {
		u.SetRecommendations(comments)
		return nil
	})
}

// Review records finance's review of a submitted evaluation.
func (w Evaluations) Review(ctx context.Context, id, lockVersion int) (*ent.Evaluation, error) {
	return w.move(ctx, id, lockVersion, evaluation.StatusReviewed, nil)
}

// Publish discloses a reviewed evaluation to the public.
func (w Evaluations) Publish(ctx context.Context, id, lockVersion int) (*ent.Evaluation, error) {
	return w.move(ctx, id, lockVersion, evaluation.StatusPublished, func(_ *ent.Evaluation, u *ent.EvaluationUpdate) error {
		u.SetPublishedAt(w.Now().UTC())
		return nil
	})
}

func (w Evaluations) move(ctx context.Context, id, lockVersion int, to evaluation.Status,
	extra func(*ent.Evaluation, *ent.EvaluationUpdate) error) (*ent.Evaluation, error) {
	c := client(ctx, w.Client)
	e, err := c.Evaluation.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if e.LockVersion != lockVersion {
		return nil, fail.Conflict("绩效评价", "evaluation")
	}
	if err := check(rules.MachineEvaluation, string(e.Status), string(to), ctx); err != nil {
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
