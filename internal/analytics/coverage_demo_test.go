package analytics_test

import (
	"context"
	"fmt"
	"testing"

	"jixiao/ent/department"
	"jixiao/ent/privacy"
	"jixiao/internal/analytics"
	"jixiao/internal/demo"
	"jixiao/internal/domain/auth"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// TestDemoDepartmentCoverageNote: the figures docs/appraisal-coverage.md
// quotes for one demo department (市能源局, 2025) — its coverage and its
// self-evaluation against finance's — are what the API computes from the
// demo data, on both databases.
func TestDemoDepartmentCoverageNote(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		ctx := context.Background()
		db := testdb.Open(t, url, store.DefaultOptions)
		if _, err := demo.Load(ctx, db, demo.Demo); err != nil {
			t.Fatal(err)
		}
		energy, err := db.Client.Department.Query().Where(department.Name("市能源局")).Only(privacy.DecisionContext(ctx, privacy.Allow))
		if err != nil {
			t.Fatal(err)
		}
		as := auth.NewContext(ctx, admin)
		cov, err := analytics.GetCoverage(as, db.Client, analytics.CoverageArgs{FiscalYear: 2025, DepartmentID: &energy.ID})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("市能源局 2025 coverage: total %s, target %s (%.4f), self %d/%d (%.4f), key %s (%.4f)", cov.TotalBudget, cov.TargetBudget,
			cov.TargetBudgetShare, cov.SelfEvaluatedCount, cov.SelfEvaluationDueCount, cov.SelfEvaluationShare, cov.KeyEvaluationBudget, cov.KeyEvaluationBudgetShare)
		// The note's figures (docs/appraisal-coverage.md): 628万 all under an approved target, both projects of
		// 50万 or more self-evaluated, 101万 of 628万 = 16.08 % under a key or third-party evaluation.
		if cov.TotalBudget.String() != "6280000.00" || cov.TargetBudget.String() != "6280000.00" || cov.SelfEvaluatedCount != 2 ||
			cov.SelfEvaluationDueCount != 2 || cov.KeyEvaluationBudget.String() != "1010000.00" || fmt.Sprintf("%.4f", cov.KeyEvaluationBudgetShare) != "0.1608" {
			t.Errorf("coverage drifted from the note: %+v", cov)
		}
		gaps, err := analytics.SelfFinanceGaps(as, db.Client, analytics.ScoreGapArgs{FiscalYear: 2025, DepartmentID: &energy.ID})
		if err != nil {
			t.Fatal(err)
		}
		// The note: one project, self 99.96 against finance 84.9, a gap of 15.06 points, flagged (above 10).
		if len(gaps) != 1 || gaps[0].Gap.String() != "15.06" || !gaps[0].Flagged || gaps[0].ProjectCount != 1 {
			t.Errorf("self-vs-finance gap drifted from the note: %+v", gaps)
		}
		for _, g := range gaps {
			t.Logf("gap: rank %d %s, %d projects, self %s finance %s gap %s flagged %v", g.Rank, g.Department.Name, g.ProjectCount, g.SelfAverage, g.FinanceAverage, g.Gap, g.Flagged)
			for _, p := range g.Projects {
				t.Logf("  %s %s: self %s finance %s gap %s", p.Project.Code, p.Project.Name, p.SelfScore, p.FinanceScore, p.Gap)
			}
		}
	})
}
