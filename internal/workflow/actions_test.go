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
	"jixiao/ent/privacy"
	"jixiao/ent/rectification"
	"jixiao/ent/scoreitem"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
	"jixiao/internal/workflow"
)

// TestViewerActions: for every viewer × status × action (and, for
// evaluations, every kind), the action is among the viewer's actions exactly
// when its mutation succeeds. Each attempt runs on a fresh row inside a
// transaction that is rolled back, so every attempt starts from the same data.
// A row the viewer cannot read offers no action, and its mutation must fail.
func TestViewerActions(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		ctx, c := w.fixture, w.c
		named, agency := everyRole(w)
		viewers := map[string]*auth.Viewer{}
		for _, n := range named {
			viewers[n.name] = n.v
		}
		deptUser := auth.FromContext(w.dept).UserID
		names := slices.Sorted(func(yield func(string) bool) {
			for n := range viewers {
				if !yield(n) {
					return
				}
			}
		})
		attempts := 0

		// try runs one attempt in a rolled-back transaction: make creates the
		// row (as the fixture), offered lists the viewer's actions on it (nil
		// when the viewer cannot read it) and do is the action's mutation.
		try := func(t *testing.T, v *auth.Viewer, action string,
			seed func(c *ent.Client) int,
			offered func(ctx context.Context, c *ent.Client, id int) ([]string, error),
			do func(ctx context.Context, id int) error) {
			t.Helper()
			attempts++
			tx, err := c.Tx(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			defer func() { _ = tx.Rollback() }()
			tc := tx.Client()
			id := seed(tc)
			vctx := ent.NewContext(auth.NewContext(context.Background(), v), tc)
			actions, err := offered(vctx, tc, id)
			if err != nil {
				t.Fatal(err)
			}
			err = do(vctx, id)
			switch listed := slices.Contains(actions, action); {
			case listed && err != nil:
				t.Errorf("%s is among the viewer's actions %v, but the mutation failed: %v", action, actions, err)
			case !listed && err == nil:
				t.Errorf("%s is not among the viewer's actions %v, but the mutation succeeded", action, actions)
			}
		}
		fixture := func(tc *ent.Client) context.Context { return ent.NewContext(ctx, tc) }

		t.Run("targets", func(t *testing.T) {
			good := enums.GradeGood
			mutations := map[enums.TargetAction]func(ctx context.Context, id int) error{
				enums.TargetActionRevise: func(ctx context.Context, id int) error {
					goal := "改造更多学校"
					_, err := w.wf.Targets.Revise(ctx, id, 0, ent.UpdateTargetInput{Goal: &goal}, []*ent.CreateIndicatorInput{{
						Category: enums.IndicatorCategoryOutput, Subcategory: enums.SubcategoryQuantity, Name: "改造学校数",
						Comparator: enums.ComparatorGte, TargetValue: ptr(decimal.NewFromInt(12)), Unit: ptr("所"), Weight: decimal.NewFromInt(90)}})
					return err
				},
				enums.TargetActionSubmit: func(ctx context.Context, id int) error {
					_, err := w.wf.Targets.Submit(ctx, id, 0)
					return err
				},
				enums.TargetActionReturn: func(ctx context.Context, id int) error {
					_, err := w.wf.Targets.Return(ctx, id, 0, "请细化指标", &good)
					return err
				},
				enums.TargetActionApprove: func(ctx context.Context, id int) error {
					_, err := w.wf.Targets.Approve(ctx, id, 0, enums.GradeGood, "同意", true, nil)
					return err
				},
				enums.TargetActionAdjust: func(ctx context.Context, id int) error {
					_, err := w.wf.Targets.Adjust(ctx, id, 0)
					return err
				},
			}
			statuses := []target.Status{target.StatusDraft, target.StatusSubmitted, target.StatusReturned,
				target.StatusApproved, target.StatusAdjusting, target.StatusSuperseded}
			for _, name := range names {
				for _, st := range statuses {
					for _, a := range enums.TargetAction("").Values() {
						t.Run(fmt.Sprintf("%s/%s/%s", name, st, a), func(t *testing.T) {
							try(t, viewers[name], a, func(tc *ent.Client) int {
								return freshTarget(fixture(tc), tc, w, st, deptUser)
							}, func(ctx context.Context, tc *ent.Client, id int) ([]string, error) {
								row, err := tc.Target.Query().Where(target.ID(id)).Only(ctx)
								if ent.IsNotFound(err) {
									return nil, nil
								}
								if err != nil {
									return nil, err
								}
								actions, err := workflow.TargetActions(auth.FromContext(ctx), row, func() (bool, error) {
									found, err := workflow.AdjustmentsUnderWay(ctx, tc, []int{id})
									return found[id], err
								})
								return strs(actions), err
							}, mutations[enums.TargetAction(a)])
						})
					}
				}
			}
		})

		t.Run("evaluations", func(t *testing.T) {
			mutations := map[enums.EvaluationAction]func(ctx context.Context, id int) error{
				enums.EvaluationActionScore: func(ctx context.Context, id int) error {
					item, err := ent.FromContext(ctx).ScoreItem.Query().Where(scoreitem.EvaluationID(id)).Only(privacy.DecisionContext(ctx, privacy.Allow))
					if err != nil {
						return err
					}
					_, err = w.wf.Evaluations.Score(ctx, item.ID, 0, workflow.ScoreInput{Score: ptr(decimal.NewFromInt(8))})
					return err
				},
				enums.EvaluationActionSubmit: func(ctx context.Context, id int) error {
					_, err := w.wf.Evaluations.Submit(ctx, id, 0)
					return err
				},
				enums.EvaluationActionReturn: func(ctx context.Context, id int) error {
					_, err := w.wf.Evaluations.Return(ctx, id, 0, "请补充佐证")
					return err
				},
				enums.EvaluationActionReview: func(ctx context.Context, id int) error {
					_, err := w.wf.Evaluations.Review(ctx, id, 0)
					return err
				},
				enums.EvaluationActionPublish: func(ctx context.Context, id int) error {
					_, err := w.wf.Evaluations.Publish(ctx, id, 0)
					return err
				},
				enums.EvaluationActionReopen: func(ctx context.Context, id int) error {
					_, err := w.wf.Evaluations.Reopen(ctx, id, 0, "更正得分")
					return err
				},
			}
			kinds := []evaluation.Kind{evaluation.KindSelf, evaluation.KindFinanceKey, evaluation.KindThirdParty}
			for _, name := range names {
				for _, kind := range kinds {
					for _, st := range []evaluation.Status{evaluation.StatusPlanned, evaluation.StatusInProgress,
						evaluation.StatusSubmitted, evaluation.StatusReviewed, evaluation.StatusPublished} {
						for _, a := range enums.EvaluationAction("").Values() {
							t.Run(fmt.Sprintf("%s/%s/%s/%s", name, kind, st, a), func(t *testing.T) {
								try(t, viewers[name], a, func(tc *ent.Client) int {
									return freshEvaluation(fixture(tc), tc, w, kind, st, agency)
								}, func(ctx context.Context, tc *ent.Client, id int) ([]string, error) {
									row, err := tc.Evaluation.Query().Where(evaluation.ID(id)).Only(ctx)
									if ent.IsNotFound(err) {
										return nil, nil
									}
									return strs(workflow.EvaluationActions(auth.FromContext(ctx), row)), err
								}, mutations[enums.EvaluationAction(a)])
							})
						}
					}
				}
			}
		})

		t.Run("rectifications", func(t *testing.T) {
			mutations := map[enums.RectificationAction]func(ctx context.Context, id int) error{
				enums.RectificationActionStart: func(ctx context.Context, id int) error {
					_, err := w.wf.Rectifications.Start(ctx, id, 0, "已开始")
					return err
				},
				enums.RectificationActionComplete: func(ctx context.Context, id int) error {
					_, err := w.wf.Rectifications.Complete(ctx, id, 0, "已完成整改")
					return err
				},
			}
			for _, name := range names {
				for _, st := range []rectification.Status{rectification.StatusOpen, rectification.StatusInProgress, rectification.StatusDone} {
					for _, a := range enums.RectificationAction("").Values() {
						t.Run(fmt.Sprintf("%s/%s/%s", name, st, a), func(t *testing.T) {
							try(t, viewers[name], a, func(tc *ent.Client) int {
								return tc.Rectification.Create().SetDepartmentID(w.department).SetProblem("问题").SetRequiredAction("整改").
									SetDeadline(time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)).SetStatus(st).SaveX(fixture(tc)).ID
							}, func(ctx context.Context, tc *ent.Client, id int) ([]string, error) {
								row, err := tc.Rectification.Query().Where(rectification.ID(id)).Only(ctx)
								if ent.IsNotFound(err) {
									return nil, nil
								}
								return strs(workflow.RectificationActions(auth.FromContext(ctx), row)), err
							}, mutations[enums.RectificationAction(a)])
						})
					}
				}
			}
		})

		// Every role, status and action was tried: 6 viewers × (6 target
		// statuses × 5 actions + 3 kinds × 5 statuses × 6 actions + 3 × 2).
		if want := 6 * (6*5 + 3*5*6 + 3*2); attempts != want && !t.Failed() {
			t.Fatalf("%d attempts, want %d", attempts, want)
		}
	})
}

// freshTarget is a target of the world's project in status st with the
// world's two indicators (every review check passes); a submitted one was
// submitted by the department user.
func freshTarget(ctx context.Context, c *ent.Client, w *world, st target.Status, submitter int) int {
	create := c.Target.Create().SetFiscalYear(2025).SetGoal("改造学校").SetProjectID(w.proj).SetDepartmentID(w.department).SetStatus(st)
	if st == target.StatusSubmitted {
		create.SetSubmittedByID(submitter)
	}
	tg := create.SaveX(ctx)
	c.Indicator.Create().SetTargetID(tg.ID).SetCategory(enums.IndicatorCategoryOutput).SetSubcategory(enums.SubcategoryQuantity).
		SetName("改造学校数").SetComparator(enums.ComparatorGte).SetTargetValue(decimal.NewFromInt(10)).SetUnit("所").
		SetWeight(decimal.NewFromInt(30)).ExecX(ctx)
	c.Indicator.Create().SetTargetID(tg.ID).SetCategory(enums.IndicatorCategoryEffect).SetSubcategory(enums.SubcategorySocialBenefit).
		SetName("办学条件改善").SetComparator(enums.ComparatorQualitative).SetTargetText("明显改善").
		SetWeight(decimal.NewFromInt(60)).ExecX(ctx)
	return tg.ID
}

// freshEvaluation is an evaluation of the world's project of kind and status
// st, with a total (so it may be submitted) and one manual item of 10 points;
// a third-party one is assigned to the agency.
func freshEvaluation(ctx context.Context, c *ent.Client, w *world, kind evaluation.Kind, st evaluation.Status, agency int) int {
	create := c.Evaluation.Create().SetKind(kind).SetFiscalYear(2025).SetDepartmentID(w.department).SetProjectID(w.proj).
		SetScheme("PROJECT_KEY").SetStatus(st).SetTotalScore(decimal.NewFromInt(85)).SetGrade(enums.GradeGood)
	if kind == evaluation.KindSelf {
		create.SetScheme("SELF")
	}
	if kind == evaluation.KindThirdParty {
		create.SetAgencyID(agency)
	}
	ev := create.SaveX(ctx)
	c.ScoreItem.Create().SetEvaluationID(ev.ID).SetName("产出").SetMethod(scoreitem.MethodManual).
		SetWeight(decimal.NewFromInt(10)).ExecX(ctx)
	return ev.ID
}

func strs[T ~string](in []T) []string {
	out := make([]string, len(in))
	for i, v := range in {
		out[i] = string(v)
	}
	return out
}
