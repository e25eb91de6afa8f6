package analytics_test

import (
	"math"
	"testing"

	"jixiao/ent/allocation"
	"jixiao/ent/evaluation"
	"jixiao/ent/target"
	"jixiao/internal/analytics"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
	"jixiao/internal/testdb"
)

// TestCoverageMatchesIndependentComputation: coverage of the fixture (its
// 2025 budgets, targets and evaluations are counted by hand below) by city,
// region and department subtree, and for a department user, in one statement.
func TestCoverageMatchesIndependentComputation(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		c := db.Client
		w := seed(t, c)
		ctx := asAdmin()
		// By hand, from seed: 2025 budgets (adjusted, else initial) PA 1,500,000
		// (1,200,000 + 300,000), PA1 500,000, PB 600,000, PB2 200,000, PC 700,000.
		// Approved (or adjusting) 2025 targets: PA, PA1, PC (PB submitted, PB2
		// draft in 2025). At least 500,000: PA, PA1, PB, PC; with a submitted
		// self-evaluation: PA, PA1, PB. Finance key / third party: PA, PC.
		type want struct {
			total, targeted, key int64
			due, done            int
		}
		region := "县一"
		for _, tc := range []struct {
			name   string
			args   analytics.CoverageArgs
			want   want
			viewer *auth.Viewer
		}{
			{"city", analytics.CoverageArgs{}, want{3_500_000, 2_700_000, 2_200_000, 4, 3}, admin},
			{"region", analytics.CoverageArgs{Region: &region}, want{1_500_000, 700_000, 700_000, 2, 1}, admin},
			{"department subtree", analytics.CoverageArgs{DepartmentID: &w.A.ID}, want{2_000_000, 2_000_000, 1_500_000, 2, 2}, admin},
			{"subtree and region", analytics.CoverageArgs{DepartmentID: &w.A.ID, Region: &region}, want{}, admin},
			{"department user sees its subtree", analytics.CoverageArgs{},
				want{2_000_000, 2_000_000, 1_500_000, 2, 2},
				&auth.Viewer{UserID: 9, Role: enums.RoleDepartmentUser, DepartmentID: w.A.ID, Departments: []int{w.A.ID, w.A1.ID}}},
		} {
			tc.args.FiscalYear = 2025
			counter.Reset()
			got, err := analytics.GetCoverage(auth.NewContext(ctx, tc.viewer), c, tc.args)
			if err != nil {
				t.Fatal(err)
			}
			if n := counter.Count(); n != 1 {
				t.Errorf("%s: %d statements, want 1", tc.name, n)
			}
			share := func(a, b int64) float64 {
				if b == 0 {
					return 0
				}
				return float64(a) / float64(b)
			}
			if got.TotalBudget != money.Yuan(tc.want.total) || got.TargetBudget != money.Yuan(tc.want.targeted) ||
				got.KeyEvaluationBudget != money.Yuan(tc.want.key) || got.SelfEvaluationDueCount != tc.want.due ||
				got.SelfEvaluatedCount != tc.want.done || got.SelfEvaluationThreshold != money.Yuan(500_000) ||
				math.Abs(got.TargetBudgetShare-share(tc.want.targeted, tc.want.total)) > 1e-12 ||
				math.Abs(got.KeyEvaluationBudgetShare-share(tc.want.key, tc.want.total)) > 1e-12 ||
				math.Abs(got.SelfEvaluationShare-share(int64(tc.want.done), int64(tc.want.due))) > 1e-12 {
				t.Errorf("%s: got %+v, want %+v", tc.name, *got, tc.want)
			}
		}

		// The same figures computed independently in Go over the rows, for the
		// city, after the data changes: PB's target approved, PB2's budget raised
		// past the threshold and its self-evaluation submitted.
		must(c.Target.Update().Where(target.ProjectID(w.pB.ID), target.FiscalYear(2025)).SetStatus(target.StatusApproved).Save(ctx))
		for _, a := range must(c.Allocation.Query().Where(allocation.ProjectID(w.pBmulti.ID), allocation.FiscalYear(2025)).All(ctx)) {
			must(a.Update().SetAdjustedAmount(money.Yuan(900_000)).Save(ctx)) // allocations change one by one, never in bulk
		}
		must(c.Evaluation.Update().Where(evaluation.ProjectID(w.pBmulti.ID), evaluation.FiscalYear(2025)).SetStatus(evaluation.StatusSubmitted).Save(ctx))
		budget := map[int]money.Money{}
		for _, a := range must(c.Allocation.Query().Where(allocation.FiscalYear(2025)).All(ctx)) {
			amount := a.InitialAmount
			if a.AdjustedAmount != nil {
				amount = *a.AdjustedAmount
			}
			budget[a.ProjectID] += amount
		}
		var total, targeted, key money.Money
		due, done := 0, 0
		for id, b := range budget {
			total += b
			if must(c.Target.Query().Where(target.ProjectID(id), target.FiscalYear(2025), target.StatusIn(target.StatusApproved, target.StatusAdjusting)).Exist(ctx)) {
				targeted += b
			}
			if must(c.Evaluation.Query().Where(evaluation.ProjectID(id), evaluation.FiscalYear(2025), evaluation.KindIn(evaluation.KindFinanceKey, evaluation.KindThirdParty)).Exist(ctx)) {
				key += b
			}
			if b >= money.Yuan(500_000) {
				due++
				if must(c.Evaluation.Query().Where(evaluation.ProjectID(id), evaluation.FiscalYear(2025), evaluation.KindEQ(evaluation.KindSelf),
					evaluation.StatusIn(evaluation.StatusSubmitted, evaluation.StatusReviewed, evaluation.StatusPublished)).Exist(ctx)) {
					done++
				}
			}
		}
		got := must(analytics.GetCoverage(ctx, c, analytics.CoverageArgs{FiscalYear: 2025}))
		if got.TotalBudget != total || got.TargetBudget != targeted || got.KeyEvaluationBudget != key ||
			got.SelfEvaluationDueCount != due || got.SelfEvaluatedCount != done || due != 5 || done != 4 {
			t.Errorf("after changes: got %+v, want total %v targeted %v key %v due %d done %d", *got, total, targeted, key, due, done)
		}
	})
}
