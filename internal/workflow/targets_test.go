package workflow_test

import (
	"context"
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// TestTargetTransitions: each state change of a target × who asks × the status
// it starts from. An allowed one moves the status; a refused one answers an
// error and leaves the target as it was (on both databases).
func TestTargetTransitions(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		au := w.c.User.Create().SetUsername("admin").SetDisplayName("admin").SetRole(enums.RoleFinanceAdmin).SetPasswordHash("x").SaveX(w.fixture)
		admin := auth.NewContext(context.Background(), &auth.Viewer{UserID: au.ID, Username: "admin", Role: enums.RoleFinanceAdmin})
		leader := auth.NewContext(context.Background(), &auth.Viewer{UserID: au.ID, Username: "leader", Role: enums.RoleLeader})
		who := map[string]context.Context{"dept": w.dept, "reviewer": w.reviewer, "admin": admin, "leader": leader}
		good := enums.GradeGood

		// fresh is a target of the world's project in status from, with the
		// world's two indicators (weights 30 + 60 = 90: every review check passes).
		fresh := func(from target.Status) *ent.Target {
			tg := w.c.Target.Create().SetFiscalYear(2025).SetGoal("改造学校").SetProjectID(w.proj).SetDepartmentID(w.department).
				SetStatus(from).SaveX(w.fixture)
			w.c.Indicator.Create().SetTargetID(tg.ID).SetCategory(enums.IndicatorCategoryOutput).SetSubcategory(enums.SubcategoryQuantity).
				SetName("改造学校数").SetComparator(enums.ComparatorGte).SetTargetValue(decimal.NewFromInt(10)).SetUnit("所").
				SetWeight(decimal.NewFromInt(30)).ExecX(w.fixture)
			w.c.Indicator.Create().SetTargetID(tg.ID).SetCategory(enums.IndicatorCategoryEffect).SetSubcategory(enums.SubcategorySocialBenefit).
				SetName("办学条件改善").SetComparator(enums.ComparatorQualitative).SetTargetText("明显改善").
				SetWeight(decimal.NewFromInt(60)).ExecX(w.fixture)
			return tg
		}
		steps := map[string]struct {
			to target.Status
			do func(ctx context.Context, tg *ent.Target) error
		}{
			"submit": {target.StatusSubmitted, func(ctx context.Context, tg *ent.Target) error {
				_, err := w.wf.Targets.Submit(ctx, tg.ID, tg.LockVersion)
				return err
			}},
			"return": {target.StatusReturned, func(ctx context.Context, tg *ent.Target) error {
				_, err := w.wf.Targets.Return(ctx, tg.ID, tg.LockVersion, "请细化指标", &good)
				return err
			}},
			"approve": {target.StatusApproved, func(ctx context.Context, tg *ent.Target) error {
				_, err := w.wf.Targets.Approve(ctx, tg.ID, tg.LockVersion, enums.GradeGood, "同意", true, nil)
				return err
			}},
		}
		cases := []struct {
			step, who string
			from      target.Status
			allowed   bool
		}{
			{"submit", "dept", target.StatusDraft, true},
			{"submit", "dept", target.StatusReturned, true},
			{"submit", "dept", target.StatusApproved, false},
			{"submit", "dept", target.StatusSubmitted, false},
			{"submit", "reviewer", target.StatusDraft, false},
			{"submit", "leader", target.StatusDraft, false},
			{"submit", "admin", target.StatusDraft, true},
			{"return", "reviewer", target.StatusSubmitted, true},
			{"return", "reviewer", target.StatusDraft, false},
			{"return", "dept", target.StatusSubmitted, false},
			{"return", "leader", target.StatusSubmitted, false},
			{"approve", "reviewer", target.StatusSubmitted, true},
			{"approve", "reviewer", target.StatusReturned, false},
			{"approve", "reviewer", target.StatusApproved, false},
			{"approve", "dept", target.StatusSubmitted, false},
			{"approve", "leader", target.StatusSubmitted, false},
			{"approve", "admin", target.StatusSubmitted, true},
		}
		for _, c := range cases {
			t.Run(c.step+"/"+c.who+"/"+string(c.from), func(t *testing.T) {
				tg := fresh(c.from)
				s := steps[c.step]
				err := s.do(who[c.who], tg)
				after := w.c.Target.GetX(w.fixture, tg.ID)
				switch {
				case c.allowed && err != nil:
					t.Fatalf("refused: %v", err)
				case c.allowed && (after.Status != s.to || after.LockVersion != tg.LockVersion+1):
					t.Fatalf("status %s lock %d, want %s lock %d", after.Status, after.LockVersion, s.to, tg.LockVersion+1)
				case !c.allowed && err == nil:
					t.Fatalf("allowed, moved to %s", after.Status)
				case !c.allowed && (after.Status != c.from || after.LockVersion != tg.LockVersion):
					t.Fatalf("refused (%s) but the target changed: %s lock %d", code(err), after.Status, after.LockVersion)
				}
			})
		}

		// A stale lock version is a conflict, whoever asks.
		tg := fresh(target.StatusDraft)
		if _, err := w.wf.Targets.Submit(w.dept, tg.ID, tg.LockVersion+1); code(err) != "CONFLICT" {
			t.Fatalf("stale submit: %q, want CONFLICT", code(err))
		}
		// Returning needs comments, and writes nothing without them.
		sub := fresh(target.StatusSubmitted)
		if _, err := w.wf.Targets.Return(w.reviewer, sub.ID, sub.LockVersion, "", nil); code(err) != "BAD_USER_INPUT" {
			t.Fatalf("return without comments: %q, want BAD_USER_INPUT", code(err))
		}
		if got := w.c.Target.GetX(w.fixture, sub.ID); got.Status != target.StatusSubmitted {
			t.Fatalf("return without comments moved the target to %s", got.Status)
		}
	})
}
