package workflow_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/fund"
	"jixiao/ent/project"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/platform/identity"
	"jixiao/internal/testdb"
	"jixiao/internal/workflow"
)

// TestViewerCreateActions: for every viewer × kind of record, the right to
// create it is among workflow.CreateActions exactly when the create mutation
// the SPA sends succeeds (for the viewer's own department, on a project there
// with an approved target). Each attempt runs in a rolled-back transaction.
func TestViewerCreateActions(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		ctx, c := w.fixture, w.c
		viewers, _ := everyRole(w)
		viewers = append(viewers, namedViewer{"public", &auth.Viewer{Role: enums.RolePublic}})
		ids := identity.New(c)
		region := "榆阳区"
		year := 2026

		// seed: a project of the department with an allocation and an approved target.
		seed := func(fctx context.Context, tc *ent.Client, department int) int {
			f := tc.Fund.Create().SetFiscalYear(2025).SetName("专项").SetSource(fund.SourceGeneralBudget).SetLevel(fund.LevelCity).SetAmount(100_000_000).SaveX(fctx)
			p := tc.Project.Create().SetCode("CA-001").SetName("新项目").SetFiscalYear(2025).SetCategory(project.CategorySpecialBusiness).
				SetSector(enums.Sector("EDUCATION")).SetDepartmentID(department).SaveX(fctx)
			tc.Allocation.Create().SetFiscalYear(2025).SetInitialAmount(10_000_000).SetFundID(f.ID).SetProjectID(p.ID).ExecX(fctx)
			tg := tc.Target.Create().SetFiscalYear(2025).SetGoal("改造学校").SetProjectID(p.ID).SetDepartmentID(department).SetStatus(target.StatusApproved).SaveX(fctx)
			tc.Indicator.Create().SetTargetID(tg.ID).SetCategory(enums.IndicatorCategoryOutput).SetSubcategory(enums.SubcategoryQuantity).
				SetName("改造学校数").SetComparator(enums.ComparatorGte).SetTargetValue(decimal.NewFromInt(10)).SetUnit("所").
				SetWeight(decimal.NewFromInt(30)).ExecX(fctx)
			tc.Indicator.Create().SetTargetID(tg.ID).SetCategory(enums.IndicatorCategoryEffect).SetSubcategory(enums.SubcategorySocialBenefit).
				SetName("办学条件改善").SetComparator(enums.ComparatorQualitative).SetTargetText("明显改善").SetWeight(decimal.NewFromInt(60)).ExecX(fctx)
			// A scored evaluation of it, whose result finance may follow up.
			tc.Evaluation.Create().SetKind(evaluation.KindThirdParty).SetScheme("SELF").SetFiscalYear(2024).SetDepartmentID(department).
				SetProjectID(p.ID).SetStatus(evaluation.StatusReviewed).SetTotalScore(decimal.NewFromInt(82)).SetGrade(enums.GradeGood).ExecX(fctx)
			return p.ID
		}
		scored := func(tc *ent.Client, proj int) int {
			return tc.Evaluation.Query().Where(evaluation.ProjectID(proj), evaluation.KindEQ(evaluation.KindThirdParty)).
				OnlyIDX(ent.NewContext(ctx, tc))
		}
		mutations := map[enums.CreateAction]func(ctx context.Context, tc *ent.Client, department, proj int) error{
			enums.CreateActionProject: func(ctx context.Context, tc *ent.Client, department, _ int) error {
				_, err := tc.Project.Create().SetInput(ent.CreateProjectInput{Code: "CA-002", Name: "另一个项目", FiscalYear: 2026,
					Category: project.CategorySpecialBusiness, Sector: enums.Sector("EDUCATION"), DepartmentID: department}).Save(ctx)
				return err
			},
			enums.CreateActionTarget: func(ctx context.Context, _ *ent.Client, department, proj int) error {
				_, err := w.wf.Targets.Declare(ctx, ent.CreateTargetInput{FiscalYear: 2026, Goal: "来年目标", ProjectID: &proj, DepartmentID: department}, nil)
				return err
			},
			enums.CreateActionMonitoring: func(ctx context.Context, _ *ent.Client, _, proj int) error {
				_, err := w.wf.Monitoring.Record(ctx, workflow.RecordInput{ProjectID: proj, FiscalYear: 2025, Month: 2, CorrectiveAction: ptr("加快支付进度")})
				return err
			},
			enums.CreateActionSelfEvaluation: func(ctx context.Context, _ *ent.Client, department, proj int) error {
				_, err := w.wf.Evaluations.CreateFromTemplate(ctx, workflow.NewEvaluation{Kind: evaluation.KindSelf, FiscalYear: 2025, DepartmentID: department, ProjectID: &proj})
				return err
			},
			enums.CreateActionEvaluation: func(ctx context.Context, _ *ent.Client, department, proj int) error {
				_, err := w.wf.Evaluations.CreateFromTemplate(ctx, workflow.NewEvaluation{Kind: evaluation.KindFinanceKey, FiscalYear: 2025, DepartmentID: department, ProjectID: &proj})
				return err
			},
			enums.CreateActionUser: func(ctx context.Context, _ *ent.Client, _, _ int) error {
				_, _, err := ids.CreateUser(ctx, identity.NewUser{Username: "newcomer", DisplayName: "新同事", Role: enums.RoleLeader})
				return err
			},
			enums.CreateActionRectification: func(ctx context.Context, tc *ent.Client, department, proj int) error {
				ev := scored(tc, proj)
				_, err := w.wf.Rectifications.Create(ctx, ent.CreateRectificationInput{Problem: "支付进度偏慢", RequiredAction: "加快支付",
					Deadline: time.Date(2026, 6, 30, 15, 59, 59, 0, time.UTC), DepartmentID: department, EvaluationID: &ev})
				return err
			},
			enums.CreateActionBudgetLink: func(ctx context.Context, tc *ent.Client, _, proj int) error {
				_, err := w.wf.BudgetLinks.Create(ctx, ent.CreateBudgetLinkInput{EvaluationID: scored(tc, proj), FiscalYear: 2026, Suggestion: "KEEP"})
				return err
			},
			enums.CreateActionCalendar: func(ctx context.Context, _ *ent.Client, _, _ int) error {
				_, err := w.wf.RuleSets.CreateVersion(ctx, workflow.VersionInput{Name: "榆阳区 2026 日历", Region: &region, FiscalYear: &year,
					Overrides: `{}`})
				return err
			},
		}
		granted := map[string]int{}
		for _, viewer := range viewers {
			for _, a := range enums.CreateAction("").Values() {
				t.Run(fmt.Sprintf("%s/%s", viewer.name, a), func(t *testing.T) {
					tx, err := c.Tx(context.Background())
					if err != nil {
						t.Fatal(err)
					}
					defer func() { _ = tx.Rollback() }()
					tc := tx.Client()
					department := viewer.v.DepartmentID
					if department == 0 {
						department = w.department
					}
					proj := seed(ent.NewContext(ctx, tc), tc, department)
					vctx := ent.NewContext(auth.NewContext(context.Background(), viewer.v), tc)
					actions := workflow.CreateActions(vctx, tc, viewer.v)
					err = mutations[enums.CreateAction(a)](vctx, tc, department, proj)
					switch listed := slices.Contains(actions, enums.CreateAction(a)); {
					case listed && err != nil:
						t.Errorf("%s is among the viewer's creation rights %v, but the mutation failed: %v", a, actions, err)
					case !listed && err == nil:
						t.Errorf("%s is not among the viewer's creation rights %v, but the mutation succeeded", a, actions)
					case listed:
						granted[a]++
					}
				})
			}
		}
		// Every right is granted to someone and refused to someone (the table is not vacuous).
		for _, a := range enums.CreateAction("").Values() {
			if granted[a] == 0 || granted[a] == len(viewers) {
				t.Errorf("%s granted to %d of %d viewers", a, granted[a], len(viewers))
			}
		}
	})
}
