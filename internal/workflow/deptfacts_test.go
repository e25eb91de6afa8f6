package workflow_test

import (
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/evaluationscheme"
	"jixiao/ent/rectification"
	"jixiao/ent/scoreitem"
	"jixiao/internal/domain/rules"
	"jixiao/internal/testdb"
	"jixiao/internal/workflow"
)

// TestSchemeDataMetricsFromData: a department-wide scheme built from the
// metrics the editor offers (execution rate, timeliness, rectifications on
// time) is scored from the department's data, each part on its own.
func TestSchemeDataMetricsFromData(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		ctx, c := w.fixture, w.c
		w.spend(t, w.department, 80_000)
		// One rectification done on time, one overdue (the clock reads 2026-03-01).
		c.Rectification.Create().SetDepartmentID(w.department).SetProblem("问题一").SetRequiredAction("整改").
			SetDeadline(time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)).SetStatus(rectification.StatusDone).
			SetCompletedAt(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)).ExecX(ctx)
		c.Rectification.Create().SetDepartmentID(w.department).SetProblem("问题二").SetRequiredAction("整改").
			SetDeadline(time.Date(2025, 9, 30, 0, 0, 0, 0, time.UTC)).ExecX(ctx)
		ten := decimal.NewFromInt(10)
		def := rules.SchemeDef{Points: decimal.NewFromInt(30), Items: []rules.SchemeEntry{
			{Key: "e", Code: rules.MetricExecution, Name: "预算执行率", Method: rules.MethodData, Points: ten},
			{Key: "t", Code: rules.MetricTimeliness, Name: "及时性", Method: rules.MethodData, Points: ten},
			{Key: "r", Code: rules.MetricRectification, Name: "整改按期", Method: rules.MethodData, Points: ten},
		}}
		admin := financeAdmin()
		s, err := w.wf.Schemes.Create(admin, workflow.SchemeInput{Code: "DW-DATA", Name: "部门整体数据项", Subject: evaluationscheme.SubjectDepartment, Definition: def})
		if err != nil {
			t.Fatal(err)
		}
		ev, err := w.wf.Evaluations.CreateFromTemplate(admin, workflow.NewEvaluation{Kind: evaluation.KindFinanceKey, FiscalYear: 2025,
			DepartmentID: w.department, SchemeID: &s.ID})
		if err != nil {
			t.Fatal(err)
		}
		computed, err := w.wf.Evaluations.Compute(admin, ev.ID, ev.LockVersion)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]*ent.ScoreItem{}
		for _, it := range c.ScoreItem.Query().Where(scoreitem.EvaluationID(ev.ID)).AllX(ctx) {
			got[it.Name] = it
		}
		for name, want := range map[string]struct{ score, explains string }{
			"预算执行率": {"3.08", "预算执行率"}, // 10 × 80,000 ÷ (100,000 + 160,000)
			"及时性":   {"0", "按时申报 0/1"}, // declared after the 二上 deadline, nothing monitored
			"整改按期":  {"5", "按期整改 1/2"}, // one of two on time
		} {
			it := got[name]
			if it == nil || it.Score == nil {
				t.Fatalf("%s: not scored (%v)", name, it)
			}
			if !it.Score.Equal(decimal.RequireFromString(want.score)) || !strings.Contains(it.Explanation, want.explains) || it.ExplanationEn == "" {
				t.Errorf("%s = %s, %q; want %s explained with %q", name, it.Score, it.Explanation, want.score, want.explains)
			}
		}
		if strings.Contains(got["及时性"].Explanation, "整改") || strings.Contains(got["整改按期"].Explanation, "申报") {
			t.Errorf("the halves of 管理效率 mixed: %q / %q", got["及时性"].Explanation, got["整改按期"].Explanation)
		}
		if computed.TotalScore == nil || !computed.TotalScore.Equal(decimal.RequireFromString("26.93")) {
			t.Errorf("total %v, want 8.08 of 30 = 26.93 of 100", computed.TotalScore)
		}
	})
}
