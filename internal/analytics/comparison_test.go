package analytics_test

import (
	"context"
	"testing"

	"jixiao/ent/evaluation"
	"jixiao/ent/project"
	"jixiao/internal/analytics"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

func TestSameTypeProjects(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, _ := open(t, url)
		c := db.Client
		w := seed(t, c)
		ctx := asAdmin()
		compare := func(ctx context.Context, args analytics.ProjectComparisonArgs) []*analytics.ProjectComparison {
			t.Helper()
			args.FiscalYear, args.Sector = 2025, enums.SectorEducation
			conn, err := analytics.CompareProjects(ctx, c, args)
			if err != nil {
				t.Fatal(err)
			}
			var out []*analytics.ProjectComparison
			for _, e := range conn.Edges {
				out = append(out, e.Node)
			}
			if conn.TotalCount != len(out) {
				t.Fatalf("totalCount %d, %d rows", conn.TotalCount, len(out))
			}
			return out
		}
		// Education in 2025, by hand:
		//   PC  budget   700,000, score 91 (third-party), 1,400 人次 → 500.00 per 人次
		//   PA  budget 1,500,000, score 85.5 (finance key wins over self 92.35), 1,200 人次 → 1,250.00
		//   PA1 budget   500,000, score 78.004 → 78.00, 2 间 → 250,000.00 (the approved version in force; the
		//       adjustment under way, 10 间, does not count until it is approved)
		rows := compare(ctx, analytics.ProjectComparisonArgs{})
		type want struct {
			id                          int
			budget, score, cost, actual string
			kind                        evaluation.Kind
			unit                        string
			scoreRank, costRank         int
		}
		wants := []want{
			{w.pC.ID, "700000.00", "91", "500", "1400", evaluation.KindThirdParty, "人次", 1, 1},
			{w.pA.ID, "1500000.00", "85.5", "1250", "1200", evaluation.KindFinanceKey, "人次", 2, 2},
			{w.pA1.ID, "500000.00", "78", "250000", "2", evaluation.KindSelf, "间", 3, 1},
		}
		if len(rows) != len(wants) {
			t.Fatalf("%d projects compared", len(rows))
		}
		for i, wv := range wants {
			r := rows[i]
			if r.ProjectID != wv.id || r.Budget.String() != wv.budget || r.Score.String() != wv.score || *r.ScoreKind != wv.kind ||
				r.CostPerUnit.String() != wv.cost || r.OutputActual.String() != wv.actual || *r.OutputUnit != wv.unit ||
				*r.ScoreRank != wv.scoreRank || *r.CostRank != wv.costRank {
				t.Errorf("row %d: project %d budget %s score %s kind %v cost %s actual %s unit %v ranks %d/%d; want %+v",
					i, r.ProjectID, r.Budget, r.Score, *r.ScoreKind, r.CostPerUnit, r.OutputActual, *r.OutputUnit, *r.ScoreRank, *r.CostRank, wv)
			}
		}
		if rows[1].Paid.String() != "800000.35" || rows[0].Paid.String() != "700000.00" {
			t.Errorf("paid: %s %s", rows[1].Paid, rows[0].Paid)
		}

		// By cost per unit, cheapest first; only 人次; only special business; only the county.
		byCost := compare(ctx, analytics.ProjectComparisonArgs{OrderBy: &analytics.ProjectComparisonOrder{Direction: "ASC", Field: analytics.CompareByCostPerUnit}})
		if byCost[0].ProjectID != w.pC.ID || byCost[1].ProjectID != w.pA.ID || byCost[2].ProjectID != w.pA1.ID {
			t.Errorf("by cost: %d %d %d", byCost[0].ProjectID, byCost[1].ProjectID, byCost[2].ProjectID)
		}
		unit := "人次"
		if got := compare(ctx, analytics.ProjectComparisonArgs{OutputUnit: &unit}); len(got) != 2 {
			t.Errorf("人次 only: %d", len(got))
		}
		cat := project.CategorySpecialBusiness
		if got := compare(ctx, analytics.ProjectComparisonArgs{Category: &cat}); len(got) != 2 {
			t.Errorf("special business: %d", len(got))
		}
		region := "县一"
		if got := compare(ctx, analytics.ProjectComparisonArgs{Region: &region}); len(got) != 1 || got[0].ProjectID != w.pC.ID {
			t.Errorf("county: %d", len(got))
		}
		// A department user compares its own subtree's projects only.
		user := auth.NewContext(context.Background(), &auth.Viewer{UserID: 9, Role: enums.RoleDepartmentUser, DepartmentID: w.A.ID, Departments: []int{w.A.ID, w.A1.ID}})
		if got := compare(user, analytics.ProjectComparisonArgs{}); len(got) != 2 || got[0].ProjectID != w.pA.ID {
			t.Errorf("department user: %d rows", len(got))
		}
		// Pages.
		two := 2
		conn, err := analytics.CompareProjects(ctx, c, analytics.ProjectComparisonArgs{FiscalYear: 2025, Sector: enums.SectorEducation, First: &two})
		if err != nil || len(conn.Edges) != 2 || !conn.PageInfo.HasNextPage {
			t.Fatalf("page 1: %v", err)
		}
		conn, err = analytics.CompareProjects(ctx, c, analytics.ProjectComparisonArgs{FiscalYear: 2025, Sector: enums.SectorEducation, First: &two, After: conn.PageInfo.EndCursor})
		if err != nil || len(conn.Edges) != 1 || conn.Edges[0].Node.ProjectID != w.pA1.ID || conn.PageInfo.HasNextPage {
			t.Fatalf("page 2: %v", err)
		}
	})
}
