package workflow_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/auditentry"
	"jixiao/ent/evaluation"
	"jixiao/ent/indicator"
	"jixiao/ent/scoreitem"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/money"
	"jixiao/internal/domain/rules"
	"jixiao/internal/testdb"
	"jixiao/internal/workflow"
)

// indicatorsOK add up to the scheme's 90 points: output 30, effect 60.
func indicatorsOK(outputTarget int64) []*ent.CreateIndicatorInput {
	return []*ent.CreateIndicatorInput{
		{Category: enums.IndicatorCategoryOutput, Subcategory: enums.SubcategoryQuantity, Name: "改造学校数", Comparator: enums.ComparatorGte,
			TargetValue: ptr(decimal.NewFromInt(outputTarget)), Unit: ptr("所"), Weight: decimal.NewFromInt(30)},
		{Category: enums.IndicatorCategoryEffect, Subcategory: enums.SubcategorySocialBenefit, Name: "办学条件改善", Comparator: enums.ComparatorQualitative,
			TargetText: ptr("明显改善"), Weight: decimal.NewFromInt(60)},
	}
}

func fieldOf(err error) string {
	var typed *fail.Error
	if errors.As(err, &typed) {
		return typed.Field
	}
	var in *rules.InputError
	if errors.As(err, &in) {
		return in.Field
	}
	return ""
}

// TestBudgetSync: 三同步. A target declares its requested amount; money
// already allocated beyond it blocks submission (BUDGET_SYNC, ERROR); less
// allocated than requested is a warning the reviewer acknowledges; the
// approval records the approved amount within the request and not below the
// allocations; nobody else writes the approved amount.
func TestBudgetSync(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		// The project has 100,000.00 yuan allocated for 2025; the department asks for 90,000.00.
		draft, err := w.wf.Targets.Declare(w.dept, ent.CreateTargetInput{FiscalYear: 2025, Goal: "改造学校", ProjectID: &w.proj,
			DepartmentID: w.department, RequestedAmount: ptr(money.Money(9_000_000))}, indicatorsOK(10))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.wf.Targets.Submit(w.dept, draft.ID, 0); err == nil || !strings.Contains(err.Error(), "超过申请金额") {
			t.Fatalf("a target asking for less than is allocated was submitted: %v", err)
		}
		checks, err := workflow.ReviewChecks(w.dept, w.c, w.wf.RuleSets, w.c.Target.GetX(w.fixture, draft.ID))
		if err != nil {
			t.Fatal(err)
		}
		if i := slices.IndexFunc(checks, func(c rules.Check) bool { return c.Code == rules.CheckBudgetSync }); i < 0 ||
			checks[i].Passed || checks[i].Severity != rules.SeverityError {
			t.Fatalf("BUDGET_SYNC: %+v", checks)
		}
		// Revised to 120,000.00: less is allocated than asked, a warning.
		if _, err := w.wf.Targets.Revise(w.dept, draft.ID, 0, ent.UpdateTargetInput{RequestedAmount: ptr(money.Money(12_000_000))}, indicatorsOK(10)); err != nil {
			t.Fatal(err)
		}
		if _, err := w.wf.Targets.Submit(w.dept, draft.ID, 1); err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			name     string
			ack      bool
			approved *money.Money
			field    string
		}{
			{"unacknowledged warning", false, nil, "acknowledgeWarnings"},
			{"approved above the request", true, ptr(money.Money(12_000_001)), "approvedAmount"},
			{"approved below the allocations", true, ptr(money.Money(9_999_999)), "approvedAmount"},
		} {
			if _, err := w.wf.Targets.Approve(w.reviewer, draft.ID, 2, enums.GradeGood, "", tc.ack, tc.approved); fieldOf(err) != tc.field {
				t.Fatalf("%s: %v, want a refusal on %s", tc.name, err, tc.field)
			}
		}
		if got := w.c.Target.GetX(w.fixture, draft.ID); got.ApprovedAmount != nil || got.Status != "SUBMITTED" {
			t.Fatalf("a refused approval wrote %v / %s", got.ApprovedAmount, got.Status)
		}
		approved, err := w.wf.Targets.Approve(w.reviewer, draft.ID, 2, enums.GradeGood, "知悉", true, nil)
		if err != nil {
			t.Fatal(err)
		}
		if approved.ApprovedAmount == nil || *approved.ApprovedAmount != 12_000_000 {
			t.Fatalf("approved amount %v, want the requested 120000.00", approved.ApprovedAmount)
		}
		// The approved amount is recorded by the approval only: neither a
		// department nor finance writes it otherwise, even inside a workflow step.
		if err := w.c.Target.UpdateOneID(draft.ID).SetApprovedAmount(1).Exec(auth.ByWorkflow(w.dept)); err == nil {
			t.Fatal("a department wrote the approved amount")
		}
		if err := w.c.Target.UpdateOneID(draft.ID).SetApprovedAmount(1).Exec(auth.ByWorkflow(w.reviewer)); code(err) != fail.CodeForbidden || fieldOf(err) != "approvedAmount" {
			t.Fatalf("finance rewrote the approved amount outside an approval: %v", err)
		}
		if got := w.c.Target.GetX(w.fixture, draft.ID); *got.ApprovedAmount != 12_000_000 {
			t.Fatalf("approved amount changed to %v", got.ApprovedAmount)
		}
	})
}

// TestIndicatorLineageAcrossAdjustment: adjusting a target copies its
// indicators with a link to the ones they revise and their lineage; a
// revision of the adjusted version keeps the link of an indicator it keeps
// (same categories and name); a second adjustment keeps the first lineage.
func TestIndicatorLineageAcrossAdjustment(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		v1 := w.c.Indicator.Query().Where(indicator.TargetID(w.target)).Order(ent.Asc(indicator.FieldSortOrder), ent.Asc(indicator.FieldID)).AllX(w.fixture)
		v2, err := w.wf.Targets.Adjust(w.dept, w.target, 0)
		if err != nil {
			t.Fatal(err)
		}
		copies := w.c.Indicator.Query().Where(indicator.TargetID(v2.ID)).Order(ent.Asc(indicator.FieldSortOrder), ent.Asc(indicator.FieldID)).AllX(w.fixture)
		if len(copies) != len(v1) {
			t.Fatalf("%d copies of %d indicators", len(copies), len(v1))
		}
		for i, c := range copies {
			if c.PreviousID == nil || *c.PreviousID != v1[i].ID || c.LineageID == nil || *c.LineageID != v1[i].ID {
				t.Fatalf("copy %s: previous %v lineage %v, want %d", c.Name, c.PreviousID, c.LineageID, v1[i].ID)
			}
		}
		// The department raises the output target and replaces the effect indicator by a new one.
		revised := indicatorsOK(12)
		revised[1].Name = "学生满意度提升"
		if _, err := w.wf.Targets.Revise(w.dept, v2.ID, 0, ent.UpdateTargetInput{}, revised); err != nil {
			t.Fatal(err)
		}
		byName := map[string]*ent.Indicator{}
		for _, ind := range w.c.Indicator.Query().Where(indicator.TargetID(v2.ID)).AllX(w.fixture) {
			byName[ind.Name] = ind
		}
		if out := byName["改造学校数"]; out == nil || out.PreviousID == nil || *out.PreviousID != w.output || *out.LineageID != w.output ||
			!out.TargetValue.Equal(decimal.NewFromInt(12)) {
			t.Fatalf("the revised output indicator lost its lineage: %+v", out)
		}
		if eff := byName["学生满意度提升"]; eff == nil || eff.PreviousID != nil || eff.LineageID != nil {
			t.Fatalf("a new indicator claims a lineage: %+v", eff)
		}
		// Approved, then adjusted again: the lineage is the first version's.
		if _, err := w.wf.Targets.Submit(w.dept, v2.ID, 1); err != nil {
			t.Fatal(err)
		}
		if _, err := w.wf.Targets.Approve(w.reviewer, v2.ID, 2, enums.GradeGood, "知悉", true, nil); err != nil {
			t.Fatal(err)
		}
		v3, err := w.wf.Targets.Adjust(w.dept, v2.ID, 3)
		if err != nil {
			t.Fatal(err)
		}
		out3 := w.c.Indicator.Query().Where(indicator.TargetID(v3.ID), indicator.Name("改造学校数")).OnlyX(w.fixture)
		if *out3.PreviousID != byName["改造学校数"].ID || *out3.LineageID != w.output {
			t.Fatalf("third version: previous %v lineage %v, want %d and %d", *out3.PreviousID, *out3.LineageID, byName["改造学校数"].ID, w.output)
		}
		// The previous versions are one edge away: what progress was recorded on them stays reachable.
		if prev := out3.QueryPrevious().QueryPrevious().OnlyX(w.fixture); prev.ID != w.output {
			t.Fatalf("previous of previous is %d, want %d", prev.ID, w.output)
		}
		// Nobody links an indicator to another version by hand: the department's
		// own revision input has no such field, and the data layer keeps the
		// link out of a direct write.
		if err := w.c.Indicator.UpdateOneID(out3.ID).SetPreviousID(w.output).Exec(w.dept); err == nil {
			t.Fatal("a direct write linked an indicator")
		}
	})
}

// TestOneSelfEvaluationPerProjectAndYear: a second self-evaluation of a
// project and year is a CONFLICT naming projectID, from the workflow and from
// any other path (the unique partial indexes hold the same under concurrency).
func TestOneSelfEvaluationPerProjectAndYear(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		first, err := w.wf.Evaluations.CreateFromTemplate(w.dept, workflow.NewEvaluation{Kind: "SELF", FiscalYear: 2025, DepartmentID: w.department, ProjectID: &w.proj})
		if err != nil {
			t.Fatal(err)
		}
		_, err = w.wf.Evaluations.CreateFromTemplate(w.dept, workflow.NewEvaluation{Kind: "SELF", FiscalYear: 2025, DepartmentID: w.department, ProjectID: &w.proj})
		if code(err) != fail.CodeConflict || fieldOf(err) != "projectID" {
			t.Fatalf("second self-evaluation: %v", err)
		}
		_, err = w.c.Evaluation.Create().SetKind(evaluation.KindSelf).SetScheme("SELF").SetFiscalYear(2025).SetDepartmentID(w.department).
			SetProjectID(w.proj).Save(w.fixture)
		if code(err) != fail.CodeConflict || fieldOf(err) != "projectID" {
			t.Fatalf("second self-evaluation by another path: %v", err)
		}
		// Another year, another kind, and the department's overall self-evaluation are other rows.
		if _, err := w.c.Evaluation.Create().SetKind(evaluation.KindSelf).SetScheme("SELF").SetFiscalYear(2026).SetDepartmentID(w.department).
			SetProjectID(w.proj).Save(w.fixture); err != nil {
			t.Fatal(err)
		}
		if _, err := w.c.Evaluation.Create().SetKind(evaluation.KindFinanceKey).SetScheme("PROJECT_KEY").SetFiscalYear(2025).SetDepartmentID(w.department).
			SetProjectID(w.proj).Save(w.fixture); err != nil {
			t.Fatal(err)
		}
		if _, err := w.c.Evaluation.Create().SetKind(evaluation.KindSelf).SetScheme("DEPARTMENT_WIDE").SetFiscalYear(2025).SetDepartmentID(w.department).Save(w.fixture); err != nil {
			t.Fatal(err)
		}
		_, err = w.c.Evaluation.Create().SetKind(evaluation.KindSelf).SetScheme("DEPARTMENT_WIDE").SetFiscalYear(2025).SetDepartmentID(w.department).Save(w.fixture)
		if code(err) != fail.CodeConflict || fieldOf(err) != "departmentID" {
			t.Fatalf("second overall self-evaluation: %v", err)
		}
		n := w.c.Evaluation.Query().Where(evaluation.KindEQ(evaluation.KindSelf), evaluation.ProjectID(w.proj), evaluation.FiscalYear(2025)).CountX(w.fixture)
		if n != 1 || first.ID == 0 {
			t.Fatalf("%d self-evaluations of the project in 2025", n)
		}
	})
}

// selfEvaluated is the world's project self-evaluated for 2025 with its
// qualitative effect item scored 36 of 40 and nothing paid: computed.
func selfEvaluated(t *testing.T, w *world) *ent.Evaluation {
	t.Helper()
	ev, err := w.wf.Evaluations.CreateFromTemplate(w.dept, workflow.NewEvaluation{Kind: "SELF", FiscalYear: 2025, DepartmentID: w.department, ProjectID: &w.proj})
	if err != nil {
		t.Fatal(err)
	}
	item := w.c.ScoreItem.Query().Where(scoreitem.EvaluationID(ev.ID), scoreitem.MethodEQ(scoreitem.MethodIndicator), scoreitem.IndicatorIDNEQ(w.output)).
		Where(scoreitem.IndicatorIDNotNil()).OnlyX(w.fixture)
	if _, err := w.wf.Evaluations.Score(w.dept, item.ID, w.lock(ev.ID), workflow.ScoreInput{Level: ptr(enums.QualitativeLevel("ACHIEVED")),
		Score: ptr(decimal.NewFromInt(36))}); err != nil {
		t.Fatal(err)
	}
	computed, err := w.wf.Evaluations.Compute(w.dept, ev.ID, w.lock(ev.ID))
	if err != nil {
		t.Fatal(err)
	}
	return computed
}

func (w *world) lock(evaluationID int) int {
	return w.c.Evaluation.GetX(w.fixture, evaluationID).LockVersion
}

// TestConsistencyFlagsStored: computing a self-evaluation stores its
// consistency flags; a later change of an item clears them with the total.
func TestConsistencyFlagsStored(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		ev := selfEvaluated(t, w)
		// Effect scored, nothing paid of 100,000.00: high scores with low spending, and underspent.
		if want := []string{rules.FlagHighScoreLowSpending, rules.FlagUnderspent}; !slices.Equal(ev.ConsistencyFlags, want) {
			t.Fatalf("flags %v, want %v", ev.ConsistencyFlags, want)
		}
		stored := w.c.Evaluation.GetX(w.fixture, ev.ID)
		if !slices.Equal(stored.ConsistencyFlags, ev.ConsistencyFlags) {
			t.Fatalf("stored flags %v", stored.ConsistencyFlags)
		}
		item := w.c.ScoreItem.Query().Where(scoreitem.EvaluationID(ev.ID), scoreitem.IndicatorIDNotNil(), scoreitem.IndicatorIDNEQ(w.output)).OnlyX(w.fixture)
		if _, err := w.wf.Evaluations.Score(w.dept, item.ID, stored.LockVersion, workflow.ScoreInput{Level: ptr(enums.QualitativeLevel("ACHIEVED")),
			Score: ptr(decimal.NewFromInt(35))}); err != nil {
			t.Fatal(err)
		}
		if after := w.c.Evaluation.GetX(w.fixture, ev.ID); len(after.ConsistencyFlags) != 0 || after.TotalScore != nil {
			t.Fatalf("stale flags %v / total %v kept after a change", after.ConsistencyFlags, after.TotalScore)
		}
	})
}

// TestReopenPublishedEvaluation: only finance reopens a published
// evaluation, with a reason and the lock version it read; the reason is
// stored and audited, the evaluation is no longer published and goes through
// the workflow again.
func TestReopenPublishedEvaluation(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		ev := selfEvaluated(t, w)
		var err error
		if ev, err = w.wf.Evaluations.Submit(w.dept, ev.ID, ev.LockVersion); err != nil {
			t.Fatal(err)
		}
		if ev, err = w.wf.Evaluations.Review(w.reviewer, ev.ID, ev.LockVersion); err != nil {
			t.Fatal(err)
		}
		if ev, err = w.wf.Evaluations.Publish(w.reviewer, ev.ID, ev.LockVersion); err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			name   string
			ctx    context.Context
			lock   int
			reason string
			want   string
		}{
			{"department", w.dept, ev.LockVersion, "更正", "INVALID_TRANSITION"},
			{"no reason", w.reviewer, ev.LockVersion, "  ", fail.CodeBadInput},
			{"stale lock", w.reviewer, ev.LockVersion - 1, "更正", fail.CodeConflict},
		} {
			_, err := w.wf.Evaluations.Reopen(tc.ctx, ev.ID, tc.lock, tc.reason)
			var te *rules.TransitionError
			got := code(err)
			if errors.As(err, &te) {
				got = "INVALID_TRANSITION"
			}
			if got != tc.want {
				t.Fatalf("%s: %v, want %s", tc.name, err, tc.want)
			}
			if still := w.c.Evaluation.GetX(w.fixture, ev.ID); still.Status != evaluation.StatusPublished || still.LockVersion != ev.LockVersion {
				t.Fatalf("%s: a refused reopening changed the evaluation", tc.name)
			}
		}
		// A published evaluation is not "returned".
		if _, err := w.wf.Evaluations.Return(w.reviewer, ev.ID, ev.LockVersion, "退回"); err == nil {
			t.Fatal("a published evaluation was returned")
		}
		reopened, err := w.wf.Evaluations.Reopen(w.reviewer, ev.ID, ev.LockVersion, "佐证材料有误，更正完成值")
		if err != nil {
			t.Fatal(err)
		}
		if reopened.Status != evaluation.StatusInProgress || reopened.PublishedAt != nil || reopened.ReopenedAt == nil ||
			reopened.ReopenReason != "佐证材料有误，更正完成值" || reopened.LockVersion != ev.LockVersion+1 {
			t.Fatalf("reopened: %s published %v reopened %v reason %q lock %d", reopened.Status, reopened.PublishedAt, reopened.ReopenedAt,
				reopened.ReopenReason, reopened.LockVersion)
		}
		audited := w.c.AuditEntry.Query().Where(auditentry.EntityID(ev.ID), auditentry.ActionNEQ("denied")).AllX(w.fixture)
		found := false
		for _, a := range audited {
			if fmt.Sprint(a.After["reopen_reason"]) == "佐证材料有误，更正完成值" || strings.Contains(fmt.Sprint(a.After), "佐证材料有误") {
				found = true
			}
		}
		if !found {
			t.Fatalf("the reopening is not in the audit trail: %d entries", len(audited))
		}
		// Corrected and published again through the workflow.
		if ev, err = w.wf.Evaluations.Compute(w.dept, ev.ID, reopened.LockVersion); err != nil {
			t.Fatal(err)
		}
		if ev, err = w.wf.Evaluations.Submit(w.dept, ev.ID, ev.LockVersion); err != nil {
			t.Fatal(err)
		}
	})
}
