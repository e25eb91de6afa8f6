package workflow_test

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/ent/indicator"
	"jixiao/ent/scoreitem"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
	"jixiao/internal/workflow"
)

// TestSelfEvaluationActualsFollowTheLineage (issue 11 §8): the actual value
// recorded on an indicator before its target was adjusted is the actual of
// the adjusted version's copy in the self-evaluation (score, explanation and
// compute), until the department records one on the new version, which then
// wins. The earlier versions are read in one statement, however many
// indicators fall back.
func TestSelfEvaluationActualsFollowTheLineage(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		// 12 schools recorded against the first version (target 10).
		w.c.Indicator.UpdateOneID(w.output).SetActualValue(decimal.NewFromInt(12)).ExecX(w.fixture)
		v2, err := w.wf.Targets.Adjust(w.dept, w.target, 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.wf.Targets.Submit(w.dept, v2.ID, 0); err != nil {
			t.Fatal(err)
		}
		if _, err := w.wf.Targets.Approve(w.reviewer, v2.ID, 1, enums.GradeGood, "知悉", true, nil); err != nil {
			t.Fatal(err)
		}
		copyOut := w.c.Indicator.Query().Where(indicator.TargetID(v2.ID), indicator.PreviousID(w.output)).OnlyX(w.fixture)
		if copyOut.ActualValue != nil {
			t.Fatalf("the copy carries a stored actual %v: the fallback must be read, not copied", copyOut.ActualValue)
		}
		ev, err := w.wf.Evaluations.CreateFromTemplate(w.dept, workflow.NewEvaluation{Kind: "SELF", FiscalYear: 2025, DepartmentID: w.department, ProjectID: &w.proj})
		if err != nil {
			t.Fatal(err)
		}
		out := w.c.ScoreItem.Query().Where(scoreitem.EvaluationID(ev.ID), scoreitem.IndicatorID(copyOut.ID)).OnlyX(w.fixture)
		qual := w.c.ScoreItem.Query().Where(scoreitem.EvaluationID(ev.ID), scoreitem.MethodEQ(scoreitem.MethodIndicator),
			scoreitem.IndicatorIDNEQ(copyOut.ID), scoreitem.IndicatorIDNotNil()).OnlyX(w.fixture)
		if _, err := w.wf.Evaluations.Score(w.dept, qual.ID, w.lock(ev.ID), workflow.ScoreInput{Level: ptr(enums.QualitativeLevel("ACHIEVED")),
			Score: ptr(decimal.NewFromInt(36))}); err != nil {
			t.Fatal(err)
		}
		if _, err := w.wf.Evaluations.Compute(w.dept, ev.ID, w.lock(ev.ID)); err != nil {
			t.Fatal(err)
		}
		got := w.c.ScoreItem.GetX(w.fixture, out.ID)
		if got.Score == nil || !got.Score.Equal(got.Weight) || !containsActual(got.Explanation, "12") {
			t.Fatalf("output item scored %v of %v (%s): the actual 12 recorded before the adjustment was not used", got.Score, got.Weight, got.Explanation)
		}
		// The department records 5 on the adjusted version: its own actual wins.
		if _, err := w.wf.Evaluations.RecordActual(w.dept, ev.ID, w.lock(ev.ID), copyOut.ID,
			workflow.Actual{ActualValue: ptr(decimal.NewFromInt(5))}); err != nil {
			t.Fatal(err)
		}
		own := computeCounted(t, w, ev.ID)
		got = w.c.ScoreItem.GetX(w.fixture, out.ID)
		if got.Score == nil || !got.Score.LessThan(got.Weight) || !containsActual(got.Explanation, "5") {
			t.Fatalf("output item scored %v of %v (%s) with its own actual 5", got.Score, got.Weight, got.Explanation)
		}
		if first := w.c.Indicator.GetX(w.fixture, w.output); !first.ActualValue.Equal(decimal.NewFromInt(12)) {
			t.Fatalf("the first version's actual changed to %v", first.ActualValue)
		}
		// Cleared again, the fallback comes back. The earlier versions of every
		// indicator missing an actual are read in one statement: with two
		// missing (both items) compute runs as many statements as with one (the
		// qualitative item's indicator records no level of its own either).
		if _, err := w.wf.Evaluations.RecordActual(w.dept, ev.ID, w.lock(ev.ID), copyOut.ID,
			workflow.Actual{ClearActualValue: ptr(true)}); err != nil {
			t.Fatal(err)
		}
		if fallback := computeCounted(t, w, ev.ID); fallback != own {
			t.Fatalf("compute ran %d statements with two indicators falling back, %d with one: the earlier versions are read per indicator", fallback, own)
		}
		if got = w.c.ScoreItem.GetX(w.fixture, out.ID); !got.Score.Equal(got.Weight) {
			t.Fatalf("cleared on the new version, the output item scored %v of %v", got.Score, got.Weight)
		}
	})
}

// containsActual: the explanation names the actual value used.
func containsActual(explanation, value string) bool {
	return strings.Contains(explanation, value)
}

// computeCounted computes the evaluation and says how many statements it ran.
func computeCounted(t *testing.T, w *world, id int) int64 {
	t.Helper()
	lock := w.lock(id)
	w.counter.Reset()
	if _, err := w.wf.Evaluations.Compute(w.dept, id, lock); err != nil {
		t.Fatal(err)
	}
	return w.counter.Count()
}
