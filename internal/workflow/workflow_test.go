package workflow_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/fund"
	"jixiao/ent/privacy"
	"jixiao/ent/project"
	"jixiao/ent/scoreitem"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
	"jixiao/internal/workflow"
)

// world is a county department (region 榆阳区) with a project, its budget and
// an approved target (output 30, effect 60), and its department user.
type world struct {
	c                *ent.Client
	wf               workflow.Services
	counter          *testdb.Counter
	dept, reviewer   context.Context
	department, proj int
	target, output   int
	fixture          context.Context
}

func newWorld(t *testing.T, url string) *world {
	t.Helper()
	counter := &testdb.Counter{}
	opt := store.DefaultOptions
	opt.Wrap = counter.Wrap
	db := testdb.Open(t, url, opt)
	w := &world{c: db.Client, wf: workflow.New(db.Client, func() time.Time { return time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC) }), counter: counter}
	w.fixture = auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow))
	ctx, c := w.fixture, w.c
	d := c.Department.Create().SetCode("612701").SetName("榆阳区教育局").SetRegion("榆阳区").SetSector(enums.Sector("EDUCATION")).SaveX(ctx)
	f := c.Fund.Create().SetFiscalYear(2025).SetName("教育专项").SetSource(fund.SourceGeneralBudget).SetLevel(fund.LevelCity).SetAmount(100_000_000).SaveX(ctx)
	p := c.Project.Create().SetCode("YY-001").SetName("薄弱学校改造").SetFiscalYear(2025).SetCategory(project.CategorySpecialBusiness).
		SetSector(enums.Sector("EDUCATION")).SetDepartmentID(d.ID).SaveX(ctx)
	c.Allocation.Create().SetFiscalYear(2025).SetInitialAmount(10_000_000).SetFundID(f.ID).SetProjectID(p.ID).ExecX(ctx)
	tg := c.Target.Create().SetFiscalYear(2025).SetGoal("改造学校").SetProjectID(p.ID).SetDepartmentID(d.ID).SetStatus(target.StatusApproved).SaveX(ctx)
	out := c.Indicator.Create().SetTargetID(tg.ID).SetCategory(enums.IndicatorCategoryOutput).SetSubcategory(enums.SubcategoryQuantity).
		SetName("改造学校数").SetComparator(enums.ComparatorGte).SetTargetValue(decimal.NewFromInt(10)).SetUnit("所").
		SetWeight(decimal.NewFromInt(30)).SaveX(ctx)
	c.Indicator.Create().SetTargetID(tg.ID).SetCategory(enums.IndicatorCategoryEffect).SetSubcategory(enums.SubcategorySocialBenefit).
		SetName("办学条件改善").SetComparator(enums.ComparatorQualitative).SetTargetText("明显改善").SetWeight(decimal.NewFromInt(60)).ExecX(ctx)
	w.department, w.proj, w.target, w.output = d.ID, p.ID, tg.ID, out.ID
	du := c.User.Create().SetUsername("dept").SetDisplayName("dept").SetRole(enums.RoleDepartmentUser).SetPasswordHash("x").SetDepartmentID(d.ID).SaveX(ctx)
	ru := c.User.Create().SetUsername("reviewer").SetDisplayName("reviewer").SetRole(enums.RoleFinanceReviewer).SetPasswordHash("x").SaveX(ctx)
	w.dept = auth.NewContext(context.Background(), &auth.Viewer{UserID: du.ID, Username: "dept", Role: enums.RoleDepartmentUser,
		DepartmentID: d.ID, Departments: []int{d.ID}})
	w.reviewer = auth.NewContext(context.Background(), &auth.Viewer{UserID: ru.ID, Username: "reviewer", Role: enums.RoleFinanceReviewer})
	return w
}

func code(err error) string {
	var typed *fail.Error
	if errors.As(err, &typed) {
		return typed.Code
	}
	if errors.Is(err, privacy.Deny) {
		return fail.CodeForbidden // the API presents a privacy denial so
	}
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestRegionalRuleSetEverywhere: a region's rule set lays out a new
// self-evaluation, explains every score, computes it, and a what-if under
// the national set lays it out again with the national points.
func TestRegionalRuleSetEverywhere(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		admin := auth.NewContext(context.Background(), &auth.Viewer{UserID: 1, Username: "admin", Role: enums.RoleFinanceAdmin})
		region := "榆阳区"
		rs, err := w.wf.RuleSets.CreateVersion(admin, workflow.VersionInput{Name: "榆阳区规则", Region: &region,
			Overrides: `{"selfOutputPoints": "40", "selfEffectPoints": "40"}`})
		if err != nil {
			t.Fatal(err)
		}
		ev, err := w.wf.Evaluations.CreateFromTemplate(w.dept, workflow.NewEvaluation{Kind: "SELF", FiscalYear: 2025,
			DepartmentID: w.department, ProjectID: &w.proj})
		if err != nil {
			t.Fatal(err)
		}
		items := w.c.ScoreItem.Query().Where(scoreitem.EvaluationID(ev.ID)).AllX(w.fixture)
		points := map[string]string{}
		var manual *ent.ScoreItem
		for _, it := range items {
			points[it.Name] = it.Weight.String()
			if it.Method == scoreitem.MethodIndicator && it.IndicatorID != nil && *it.IndicatorID != w.output {
				manual = it
			}
		}
		if points["改造学校数"] != "40" {
			t.Fatalf("layout %v: the output indicator holds %s points, want the region's 40", points, points["改造学校数"])
		}
		scored, err := w.wf.Evaluations.Score(w.dept, manual.ID, 0, workflow.ScoreInput{Level: ptr(enums.QualitativeLevel("ACHIEVED")),
			Score: ptr(decimal.NewFromInt(40))})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(scored.Explanation, "榆阳区规则") {
			t.Fatalf("the score is explained with another rule set: %s", scored.Explanation)
		}
		computed, err := w.wf.Evaluations.Compute(w.dept, ev.ID, 1)
		if err != nil {
			t.Fatal(err)
		}
		if computed.RuleSetID == nil || *computed.RuleSetID != rs.ID {
			t.Fatalf("computed with rule set %v, want the region's %d", computed.RuleSetID, rs.ID)
		}
		if err := w.wf.RuleSets.EnsureNational(admin); err != nil {
			t.Fatal(err)
		}
		_, nat, _ := w.wf.RuleSets.Params(w.dept, nil)
		_, _, whatIf, err := w.wf.Evaluations.WhatIf(w.dept, ev.ID, nat.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range whatIf {
			if it.Name == "改造学校数" && it.Weight.String() != "50" {
				t.Fatalf("what-if keeps the region's %s points, want the national 50", it.Weight)
			}
		}
	})
}

// TestReviewChecksHaveTeeth: an ERROR-level failure blocks submission; a
// WARNING-level one blocks approval until acknowledged, and the
// acknowledgement is stored with the review; approval computes its checks once.
func TestReviewChecksHaveTeeth(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		// A new draft whose weights add up to 60: an ERROR.
		draft, err := w.wf.Targets.Declare(w.dept, ent.CreateTargetInput{FiscalYear: 2026, Goal: "新目标", ProjectID: &w.proj, DepartmentID: w.department},
			[]*ent.CreateIndicatorInput{
				{Category: enums.IndicatorCategoryOutput, Subcategory: enums.SubcategoryQuantity, Name: "数量", Comparator: enums.ComparatorGte,
					TargetValue: ptr(decimal.NewFromInt(5)), Unit: ptr("个"), Weight: decimal.NewFromInt(30), Baseline: ptr(decimal.NewFromInt(8))},
				{Category: enums.IndicatorCategoryEffect, Subcategory: enums.SubcategorySocialBenefit, Name: "效益", Comparator: enums.ComparatorQualitative,
					TargetText: ptr("明显"), Weight: decimal.NewFromInt(30)},
			})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.wf.Targets.Submit(w.dept, draft.ID, 0); err == nil || !strings.Contains(err.Error(), "60") {
			t.Fatalf("a target whose weights add up to 60 was submitted: %v", err)
		}
		// Fixed to 90; the output target (5) stays below its history (8): a WARNING.
		if _, err := w.wf.Targets.Revise(w.dept, draft.ID, 0, ent.UpdateTargetInput{}, []*ent.CreateIndicatorInput{
			{Category: enums.IndicatorCategoryOutput, Subcategory: enums.SubcategoryQuantity, Name: "数量", Comparator: enums.ComparatorGte,
				TargetValue: ptr(decimal.NewFromInt(5)), Unit: ptr("个"), Weight: decimal.NewFromInt(30), Baseline: ptr(decimal.NewFromInt(8))},
			{Category: enums.IndicatorCategoryEffect, Subcategory: enums.SubcategorySocialBenefit, Name: "效益", Comparator: enums.ComparatorQualitative,
				TargetText: ptr("明显"), Weight: decimal.NewFromInt(60)},
		}); err != nil {
			t.Fatal(err)
		}
		if _, err := w.wf.Targets.Submit(w.dept, draft.ID, 1); err != nil {
			t.Fatal(err)
		}
		if _, err := w.wf.Targets.Approve(w.reviewer, draft.ID, 2, enums.GradeGood, "", false, nil); err == nil || !strings.Contains(err.Error(), "acknowledge") {
			t.Fatalf("approved over an unacknowledged warning: %v", err)
		}
		w.counter.Reset()
		if _, err := w.wf.Targets.Approve(w.reviewer, draft.ID, 2, enums.GradeGood, "知悉", true, nil); err != nil {
			t.Fatal(err)
		}
		// Budget measured: reading the target, checks once (indicators, project,
		// allocations, assessments, rule sets, last year's actuals), hooks, the
		// review, the update and the project's lifecycle event, and the region
		// roll-up's lock, recomputation and clean-up (3). Checks computed twice
		// would cost about 15 more.
		if n := w.counter.Count(); n > 39 {
			t.Fatalf("approveTarget ran %d statements, budget 39", n)
		}
		rv := w.c.Review.Query().OnlyX(w.fixture)
		acknowledged := false
		for _, ch := range rv.Checks {
			if ch["acknowledged"] == true {
				acknowledged = true
			}
		}
		if !acknowledged {
			t.Fatalf("the acknowledgement is not recorded: %v", rv.Checks)
		}
	})
}

// TestFrozenAndOwnedThroughTheWorkflow: the workflow itself is bound by the
// data layer: a reviewer revises nobody's target; an approved target is not
// revised; nobody scores a submitted evaluation.
func TestFrozenAndOwnedThroughTheWorkflow(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		cases := []struct {
			name, want string
			do         func() error
		}{
			{"dept revises the approved target", fail.CodeConflict, func() error {
				_, err := w.wf.Targets.Revise(w.dept, w.target, 0, ent.UpdateTargetInput{Goal: ptr("改")}, nil)
				return err
			}},
			{"reviewer declares a target", fail.CodeForbidden, func() error {
				_, err := w.wf.Targets.Declare(w.reviewer, ent.CreateTargetInput{FiscalYear: 2026, Goal: "x", DepartmentID: w.department}, nil)
				return err
			}},
			{"reviewer starts a self-evaluation", fail.CodeForbidden, func() error {
				_, err := w.wf.Evaluations.CreateFromTemplate(w.reviewer, workflow.NewEvaluation{Kind: "SELF", FiscalYear: 2025, DepartmentID: w.department, ProjectID: &w.proj})
				return err
			}},
			{"reviewer records monitoring", fail.CodeForbidden, func() error {
				_, err := w.wf.Monitoring.Record(w.reviewer, workflow.RecordInput{ProjectID: w.proj, FiscalYear: 2025, Month: 3, CorrectiveAction: ptr("x")})
				return err
			}},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				if got := code(c.do()); got != c.want {
					t.Fatalf("code %q, want %s", got, c.want)
				}
			})
		}
	})
}

func ptr[T any](v T) *T { return &v }
