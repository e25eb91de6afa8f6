package workflow_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/evaluationscheme"
	"jixiao/ent/fund"
	"jixiao/ent/project"
	"jixiao/ent/rectification"
	"jixiao/ent/scoreitem"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/money"
	"jixiao/internal/domain/rules"
	"jixiao/internal/testdb"
	"jixiao/internal/workflow"
)

func financeAdmin() context.Context {
	return auth.NewContext(context.Background(), &auth.Viewer{UserID: 1, Username: "admin", Role: enums.RoleFinanceAdmin})
}

// spend gives a department (new when id is 0) a project paid amount yuan in 2025.
func (w *world) spend(t *testing.T, dept int, yuan int64) {
	t.Helper()
	ctx, c := w.fixture, w.c
	f := c.Fund.Create().SetFiscalYear(2025).SetName("经费").SetSource(fund.SourceGeneralBudget).SetLevel(fund.LevelCity).SetAmount(money.Yuan(10 * yuan)).SaveX(ctx)
	p := c.Project.Create().SetCode("P-" + time.Now().Format("150405.000000000")).SetName("运行").SetFiscalYear(2025).
		SetCategory(project.CategorySpecialBusiness).SetSector(enums.Sector("EDUCATION")).SetDepartmentID(dept).SaveX(ctx)
	a := c.Allocation.Create().SetFiscalYear(2025).SetInitialAmount(money.Yuan(2 * yuan)).SetFundID(f.ID).SetProjectID(p.ID).SaveX(ctx)
	c.Disbursement.Create().SetAllocationID(a.ID).SetPaidOn(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)).SetAmount(money.Yuan(yuan)).ExecX(ctx)
}

// TestDepartmentWideItemsFromData: a department-wide evaluation scores
// 运行成本, 管理效率, 履职效能 and 满意度 from the department's data, each
// explained, in the same number of statements however much data there is.
func TestDepartmentWideItemsFromData(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		ctx, c := w.fixture, w.c
		// Headcount 2 spending 80,000 → 40,000 per head; a peer of the sector with 4
		// spending 80,000 → 20,000; one with a headcount but no spending is left out.
		c.Department.UpdateOneID(w.department).SetHeadcount(2).ExecX(ctx)
		w.spend(t, w.department, 80_000)
		peer := c.Department.Create().SetCode("612702").SetName("横山区教育局").SetRegion("横山区").SetSector(enums.Sector("EDUCATION")).SetHeadcount(4).SaveX(ctx)
		w.spend(t, peer.ID, 80_000)
		c.Department.Create().SetCode("612703").SetName("空转单位").SetRegion("横山区").SetSector(enums.Sector("EDUCATION")).SetHeadcount(9).ExecX(ctx)
		// Indicators: output 12 ≥ 10 met; qualitative 达成 met; satisfaction 85 % < 90 % not met.
		c.Indicator.UpdateOneID(w.output).SetActualValue(decimal.NewFromInt(12)).ExecX(ctx)
		for _, ind := range c.Indicator.Query().AllX(ctx) {
			if ind.Comparator == enums.ComparatorQualitative {
				c.Indicator.UpdateOneID(ind.ID).SetActualLevel(enums.QualitativeLevelAchieved).ExecX(ctx)
			}
		}
		c.Indicator.Create().SetTargetID(w.target).SetCategory(enums.IndicatorCategorySatisfaction).SetSubcategory(enums.SubcategoryServiceSatisfaction).
			SetName("家长满意度").SetComparator(enums.ComparatorGte).SetTargetValue(decimal.NewFromInt(90)).SetActualValue(decimal.NewFromInt(85)).
			SetUnit("%").SetWeight(decimal.NewFromInt(10)).ExecX(ctx)
		// The target was declared after the 二上 deadline (2024-12-31: the fixture
		// made it today); one rectification done on time, one overdue (the clock
		// reads 2026-03-01).
		c.Rectification.Create().SetDepartmentID(w.department).SetProblem("问题一").SetRequiredAction("整改").
			SetDeadline(time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)).SetStatus(rectification.StatusDone).
			SetCompletedAt(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)).ExecX(ctx)
		c.Rectification.Create().SetDepartmentID(w.department).SetProblem("问题二").SetRequiredAction("整改").
			SetDeadline(time.Date(2025, 9, 30, 0, 0, 0, 0, time.UTC)).ExecX(ctx)

		admin := financeAdmin()
		ev, err := w.wf.Evaluations.CreateFromTemplate(admin, workflow.NewEvaluation{Kind: evaluation.KindFinanceKey, FiscalYear: 2025, DepartmentID: w.department})
		if err != nil {
			t.Fatal(err)
		}
		lock := 0
		items := c.ScoreItem.Query().Where(scoreitem.EvaluationID(ev.ID)).AllX(ctx)
		for _, it := range items {
			if it.Method == scoreitem.MethodManual {
				if _, err := w.wf.Evaluations.Score(admin, it.ID, lock, workflow.ScoreInput{Score: ptr(it.Weight)}); err != nil {
					t.Fatal(err)
				}
				lock++
			}
		}
		if _, err := w.wf.Evaluations.Compute(admin, ev.ID, lock); err != nil { // the first also sets up the national rule set
			t.Fatal(err)
		}
		lock++
		w.counter.Reset()
		computed, err := w.wf.Evaluations.Compute(admin, ev.ID, lock)
		if err != nil {
			t.Fatal(err)
		}
		statements := w.counter.Count()
		got := map[string]*ent.ScoreItem{}
		for _, it := range c.ScoreItem.Query().Where(scoreitem.EvaluationID(ev.ID)).AllX(ctx) {
			got[it.Name] = it
		}
		for name, want := range map[string]struct{ score, explains string }{
			"运行成本（人均支出）":        {"3.75", "同行业 2 个部门中位数 30000.00 元"}, // 5 × 30,000 ÷ 40,000
			"管理效率（申报、监控、整改及时性）": {"1.25", "按时申报 0/1"},                // 5 × (0 + 0.5) ÷ 2
			"履职效能（项目指标达成）":      {"13.33", "项目绩效指标达成 2/3"},           // 20 × 2 ÷ 3
			"服务对象满意度":           {"8.50", "1 项满意度调查"},                // 10 × 85 %
			"预算执行率":             {"2.46", "预算执行率"},                   // 8 × 80,000 ÷ (100,000 + 160,000)
		} {
			it := got[name]
			if it == nil || it.Score == nil {
				t.Fatalf("%s: not scored (%v)", name, it)
			}
			if !it.Score.Equal(decimal.RequireFromString(want.score)) || !strings.Contains(it.Explanation, want.explains) || it.ExplanationEn == "" {
				t.Errorf("%s = %s, %q; want %s explained with %q", name, it.Score, it.Explanation, want.score, want.explains)
			}
		}
		// Manual items at full points 52, data items 26.83, execution 2.46.
		if computed.TotalScore == nil || !computed.TotalScore.Equal(decimal.RequireFromString("81.29")) {
			t.Errorf("total %v, want 81.29", computed.TotalScore)
		}
		// Ten more rectifications and another survey: the same statements.
		for range 10 {
			c.Rectification.Create().SetDepartmentID(w.department).SetProblem("问题").SetRequiredAction("整改").
				SetDeadline(time.Date(2025, 10, 30, 0, 0, 0, 0, time.UTC)).ExecX(ctx)
		}
		c.Indicator.Create().SetTargetID(w.target).SetCategory(enums.IndicatorCategorySatisfaction).SetSubcategory(enums.SubcategoryServiceSatisfaction).
			SetName("学生满意度").SetComparator(enums.ComparatorGte).SetTargetValue(decimal.NewFromInt(90)).SetActualValue(decimal.NewFromInt(95)).
			SetUnit("%").SetWeight(decimal.NewFromInt(10)).ExecX(ctx)
		w.counter.Reset()
		if _, err := w.wf.Evaluations.Compute(admin, ev.ID, lock+1); err != nil {
			t.Fatal(err)
		}
		if again := w.counter.Count(); again != statements {
			t.Fatalf("compute ran %d statements with more data, %d before", again, statements)
		}
		// Without a headcount, 运行成本 takes the evaluator's points, said so.
		c.Department.UpdateOneID(w.department).SetHeadcount(0).ExecX(ctx)
		if _, err := w.wf.Evaluations.Compute(admin, ev.ID, lock+2); err == nil || !strings.Contains(err.Error(), "运行成本") {
			t.Fatalf("a data item with neither data nor points computed: %v", err)
		}
		cost := got["运行成本（人均支出）"]
		if _, err := w.wf.Evaluations.Score(admin, cost.ID, lock+2, workflow.ScoreInput{Score: ptr(decimal.NewFromInt(4))}); err != nil {
			t.Fatal(err)
		}
		if _, err := w.wf.Evaluations.Compute(admin, ev.ID, lock+3); err != nil {
			t.Fatal(err)
		}
		cost = c.ScoreItem.GetX(ctx, cost.ID)
		if !cost.Score.Equal(decimal.NewFromInt(4)) || !strings.Contains(cost.Explanation, "无此项数据") {
			t.Fatalf("manual fallback: %s %q", cost.Score, cost.Explanation)
		}
	})
}

// TestKeyEvaluationPrefilledFromIndicators: a finance key evaluation's 产出
// item starts from the project's indicator and its evidence; confirming keeps
// it, changing it needs a reason, which the explanation keeps.
func TestKeyEvaluationPrefilledFromIndicators(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		ctx, c := w.fixture, w.c
		c.Indicator.UpdateOneID(w.output).SetActualValue(decimal.NewFromInt(8)).SetEvidence([]string{"https://example.org/验收单.pdf"}).ExecX(ctx)
		admin := financeAdmin()
		ev, err := w.wf.Evaluations.CreateFromTemplate(admin, workflow.NewEvaluation{Kind: evaluation.KindFinanceKey, FiscalYear: 2025,
			DepartmentID: w.department, ProjectID: &w.proj})
		if err != nil {
			t.Fatal(err)
		}
		byName := map[string]*ent.ScoreItem{}
		for _, it := range c.ScoreItem.Query().Where(scoreitem.EvaluationID(ev.ID)).AllX(ctx) {
			byName[it.Name] = it
		}
		done := byName["实际完成率"] // 产出数量 10: the quantity indicator 8 of 10 → 8
		if done.Inputs["prefill"] != "8" || done.Inputs["score"] != "8" || !strings.Contains(done.Inputs["prefillZh"], "改造学校数 实际 8 / 目标 10") ||
			!strings.Contains(done.Inputs["evidence"], "验收单.pdf") {
			t.Fatalf("实际完成率 inputs %v", done.Inputs)
		}
		if q := byName["质量达标率"]; q.Inputs["prefill"] != "" {
			t.Fatalf("no quality indicator, yet pre-filled: %v", q.Inputs)
		}
		_, err = w.wf.Evaluations.Score(admin, done.ID, 0, workflow.ScoreInput{Score: ptr(decimal.NewFromInt(6))})
		if err == nil || !strings.Contains(err.Error(), "理由") {
			t.Fatalf("a change without a reason: %v", err)
		}
		confirmed, err := w.wf.Evaluations.Score(admin, done.ID, 0, workflow.ScoreInput{Score: ptr(decimal.NewFromInt(8))})
		if err != nil {
			t.Fatalf("confirmed (a refused score must write nothing, lock 0 still): %v", err)
		}
		if !strings.Contains(confirmed.Explanation, "评价人确认") {
			t.Fatalf("confirmed: %q", confirmed.Explanation)
		}
		changed, err := w.wf.Evaluations.Score(admin, done.ID, 1, workflow.ScoreInput{Score: ptr(decimal.NewFromInt(6)), Note: ptr("现场核查仅 6 所达标")})
		if err != nil {
			t.Fatal(err)
		}
		if !changed.Score.Equal(decimal.NewFromInt(6)) || !strings.Contains(changed.Explanation, "评价人改为 6，理由：现场核查仅 6 所达标") ||
			!strings.Contains(changed.Explanation, "验收单.pdf") {
			t.Fatalf("changed: %s %q", changed.Score, changed.Explanation)
		}
	})
}

// TestSchemeWhatIfAgainstLastYear: a draft with a 50/50 period composite
// re-scores last year's submitted key evaluations, carrying their inputs over.
func TestSchemeWhatIfAgainstLastYear(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		ctx, c := w.fixture, w.c
		admin := financeAdmin()
		// Last year's evaluation: 产出 24 of 30 and 满意度 at 90 %, total 80 (良).
		past := c.Evaluation.Create().SetKind(evaluation.KindFinanceKey).SetFiscalYear(2025).SetDepartmentID(w.department).SetProjectID(w.proj).
			SetScheme("PROJECT_KEY").SetStatus(evaluation.StatusSubmitted).SetTotalScore(decimal.NewFromInt(80)).SetGrade(enums.GradeGood).SaveX(ctx)
		top := c.ScoreItem.Create().SetEvaluationID(past.ID).SetName("项目绩效").SetMethod(scoreitem.MethodComposite).SetWeight(decimal.NewFromInt(40)).SaveX(ctx)
		c.ScoreItem.Create().SetEvaluationID(past.ID).SetParentID(top.ID).SetName("产出").SetMethod(scoreitem.MethodManual).
			SetWeight(decimal.NewFromInt(30)).SetScore(decimal.NewFromInt(24)).SetInputs(map[string]string{"score": "24"}).ExecX(ctx)
		c.ScoreItem.Create().SetEvaluationID(past.ID).SetParentID(top.ID).SetName("满意度").SetMethod(scoreitem.MethodSurvey).
			SetWeight(decimal.NewFromInt(10)).SetScore(decimal.NewFromInt(9)).SetInputs(map[string]string{"rate": "0.9"}).ExecX(ctx)
		// A draft self-evaluation is not what a scheme is for: left out.
		c.Evaluation.Create().SetKind(evaluation.KindSelf).SetFiscalYear(2025).SetDepartmentID(w.department).SetProjectID(w.proj).
			SetScheme("SELF").SetStatus(evaluation.StatusSubmitted).SetTotalScore(decimal.NewFromInt(95)).ExecX(ctx)

		def := rules.SchemeDef{Points: decimal.NewFromInt(100), Items: []rules.SchemeEntry{
			{Key: "mid", Name: "年中", Method: rules.MethodComposite, Points: decimal.NewFromInt(100), Share: ptr(decimal.NewFromInt(50))},
			{Key: "end", Name: "年末", Method: rules.MethodComposite, Points: decimal.NewFromInt(100), Share: ptr(decimal.NewFromInt(50))},
			{Key: "mid.a", ParentKey: "mid", Name: "产出", Method: rules.MethodManual, Points: decimal.NewFromInt(60)},
			{Key: "mid.b", ParentKey: "mid", Name: "满意度", Method: rules.MethodSurvey, Points: decimal.NewFromInt(40)},
			{Key: "end.a", ParentKey: "end", Name: "产出", Method: rules.MethodManual, Points: decimal.NewFromInt(60)},
			{Key: "end.b", ParentKey: "end", Name: "新增项", Method: rules.MethodManual, Points: decimal.NewFromInt(40)},
		}}
		s, err := w.wf.Schemes.Create(admin, workflow.SchemeInput{Code: "P5050", Name: "年中年末各半", Subject: evaluationscheme.SubjectProject, Definition: def})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.wf.Schemes.WhatIfLastYear(w.dept, s.ID, nil); code(err) != fail.CodeForbidden {
			t.Fatalf("a department ran the what-if: %v", err)
		}
		w.counter.Reset()
		res, err := w.wf.Schemes.WhatIfLastYear(admin, s.ID, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.FiscalYear != 2025 || len(res.Rows) != 1 {
			t.Fatalf("year %d, %d rows", res.FiscalYear, len(res.Rows))
		}
		row := res.Rows[0]
		// 年中 48 + 36 = 84; 年末 48 + 40 × 0.8 = 80; 50/50 → 82 (良), +2.
		if !row.DraftScore.Equal(decimal.NewFromInt(82)) || row.DraftGrade != enums.GradeGood || !row.Difference.Equal(decimal.NewFromInt(2)) ||
			row.Matched != 3 || row.Assumed != 1 || res.GradeChanges != 0 || !res.MeanDraft.Equal(decimal.NewFromInt(82)) {
			t.Fatalf("row %+v, summary %+v", row, res)
		}
		if n := w.counter.Count(); n > 8 {
			t.Fatalf("what-if ran %d statements", n)
		}
		if res, err := w.wf.Schemes.WhatIfLastYear(admin, s.ID, ptr(2024)); err != nil || len(res.Rows) != 0 || res.MeanDraft != nil {
			t.Fatalf("2024: %+v %v", res, err)
		}
	})
}
