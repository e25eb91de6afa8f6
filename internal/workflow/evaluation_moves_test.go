package workflow_test

import (
	"context"
	"errors"
	"testing"

	"jixiao/ent/evaluation"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/rules"
	"jixiao/internal/testdb"
)

// TestEvaluationMovesByRoleAndStatus: returning, reviewing and publishing an
// evaluation are finance's, each from its one status; a refusal (wrong role,
// wrong status, no comments, stale lock) changes nothing; a returned
// evaluation is open again with finance's comments.
func TestEvaluationMovesByRoleAndStatus(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		ev := selfEvaluated(t, w)
		type move func(ctx context.Context, id, lock int) error
		ret := func(comments string) move {
			return func(ctx context.Context, id, lock int) error {
				_, err := w.wf.Evaluations.Return(ctx, id, lock, comments)
				return err
			}
		}
		review := func(ctx context.Context, id, lock int) error {
			_, err := w.wf.Evaluations.Review(ctx, id, lock)
			return err
		}
		publish := func(ctx context.Context, id, lock int) error {
			_, err := w.wf.Evaluations.Publish(ctx, id, lock)
			return err
		}
		outcome := func(err error) string {
			var te *rules.TransitionError
			if errors.As(err, &te) {
				return "INVALID_TRANSITION"
			}
			if err == nil {
				return "OK"
			}
			return code(err)
		}
		refused := func(name string, ctx context.Context, m move, lockDelta int, want string) {
			t.Helper()
			before := w.c.Evaluation.GetX(w.fixture, ev.ID)
			if got := outcome(m(ctx, ev.ID, before.LockVersion+lockDelta)); got != want {
				t.Fatalf("%s: %s, want %s", name, got, want)
			}
			if after := w.c.Evaluation.GetX(w.fixture, ev.ID); after.Status != before.Status || after.LockVersion != before.LockVersion {
				t.Fatalf("%s: a refusal moved the evaluation %s → %s", name, before.Status, after.Status)
			}
		}
		ok := func(name string, ctx context.Context, m move, want evaluation.Status) {
			t.Helper()
			if err := m(ctx, ev.ID, w.lock(ev.ID)); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if got := w.c.Evaluation.GetX(w.fixture, ev.ID).Status; got != want {
				t.Fatalf("%s: %s, want %s", name, got, want)
			}
		}
		// IN_PROGRESS: nothing to return, review or publish.
		refused("return an open evaluation", w.reviewer, ret("重评"), 0, "INVALID_TRANSITION")
		refused("review an open evaluation", w.reviewer, review, 0, "INVALID_TRANSITION")
		if _, err := w.wf.Evaluations.Submit(w.dept, ev.ID, w.lock(ev.ID)); err != nil {
			t.Fatal(err)
		}
		// SUBMITTED: finance returns (with comments) or reviews; the department does neither.
		refused("the department returns its own", w.dept, ret("重评"), 0, "INVALID_TRANSITION")
		refused("the department reviews its own", w.dept, review, 0, "INVALID_TRANSITION")
		refused("return without comments", w.reviewer, ret("  "), 0, fail.CodeBadInput)
		refused("return with a stale lock", w.reviewer, ret("重评"), -1, fail.CodeConflict)
		refused("publish before review", w.reviewer, publish, 0, "INVALID_TRANSITION")
		ok("finance returns it", w.reviewer, ret("完成值缺佐证，请补充"), evaluation.StatusInProgress)
		if got := w.c.Evaluation.GetX(w.fixture, ev.ID).Recommendations; got != "完成值缺佐证，请补充" {
			t.Fatalf("the return's comments were not kept: %q", got)
		}
		// Handed in again, reviewed and published by finance only.
		if _, err := w.wf.Evaluations.Compute(w.dept, ev.ID, w.lock(ev.ID)); err != nil {
			t.Fatal(err)
		}
		if _, err := w.wf.Evaluations.Submit(w.dept, ev.ID, w.lock(ev.ID)); err != nil {
			t.Fatal(err)
		}
		ok("finance reviews it", w.reviewer, review, evaluation.StatusReviewed)
		refused("return a reviewed evaluation", w.reviewer, ret("重评"), 0, "INVALID_TRANSITION")
		refused("the department publishes", w.dept, publish, 0, "INVALID_TRANSITION")
		ok("finance publishes it", w.reviewer, publish, evaluation.StatusPublished)
		refused("return a published evaluation", w.reviewer, ret("重评"), 0, "INVALID_TRANSITION")
		refused("publish twice", w.reviewer, publish, 0, "INVALID_TRANSITION")
	})
}
