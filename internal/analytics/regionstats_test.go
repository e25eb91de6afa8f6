package analytics_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"jixiao/internal/analytics"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// TestRegionStatsEqualEachRegionsOverview: every region's row is what
// overview(region:) gives for it, for the whole city and for a department
// user's scope, in one statement however many regions there are.
func TestRegionStatsEqualEachRegionsOverview(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		c := db.Client
		w := seed(t, c)
		more(t, c, w, 3) // a third region, 县二, under A
		now := time.Now()
		month := 6
		leader := analytics.WithClock(asAdmin(), now)
		user := analytics.WithClock(auth.NewContext(context.Background(), &auth.Viewer{UserID: 9, Role: enums.RoleDepartmentUser,
			DepartmentID: w.A.ID, Departments: []int{w.A.ID, w.A1.ID}}), now)
		for _, tc := range []struct {
			name    string
			ctx     context.Context
			asOf    *int
			regions int
		}{{"city", leader, nil, 3}, {"city as of June", leader, &month, 3}, {"department user", user, nil, 1}} {
			counter.Reset()
			rows, err := analytics.ListRegionStats(tc.ctx, c, analytics.RegionStatsArgs{FiscalYear: 2025, AsOfMonth: tc.asOf})
			if err != nil {
				t.Fatal(err)
			}
			if n := counter.Count(); n != 1 {
				t.Errorf("%s: %d statements, want 1", tc.name, n)
			}
			if len(rows) != tc.regions {
				t.Fatalf("%s: %d regions, want %d", tc.name, len(rows), tc.regions)
			}
			for i, r := range rows {
				if i > 0 && rows[i-1].Region >= r.Region {
					t.Errorf("%s: %q listed after %q", tc.name, r.Region, rows[i-1].Region)
				}
				o, err := analytics.GetOverview(tc.ctx, c, analytics.OverviewArgs{FiscalYear: 2025, Region: &r.Region, AsOfMonth: tc.asOf})
				if err != nil {
					t.Fatal(err)
				}
				if r.DepartmentCount != o.DepartmentCount || r.DepartmentCount == 0 {
					t.Errorf("%s %s: %d departments, overview %d", tc.name, r.Region, r.DepartmentCount, o.DepartmentCount)
				}
				if got, want := figuresText(r.Figures), figuresText(o.Figures); got != want {
					t.Errorf("%s %s:\n got %s\nwant %s", tc.name, r.Region, got, want)
				}
			}
			// The API's figures alone: the same, the others not added up.
			counter.Reset()
			api, err := analytics.ListRegionStats(tc.ctx, c, analytics.RegionStatsArgs{FiscalYear: 2025, AsOfMonth: tc.asOf,
				Figures: analytics.RegionStatsFigures})
			if err != nil {
				t.Fatal(err)
			}
			if n := counter.Count(); n != 1 || len(api) != len(rows) {
				t.Fatalf("%s, the API's figures: %d statements and %d regions, want 1 and %d", tc.name, n, len(api), len(rows))
			}
			for i, r := range rows {
				want := analytics.Figures{ProjectCount: r.ProjectCount, Budget: r.Budget, Paid: r.Paid, ExecutionRate: r.ExecutionRate,
					TimeProgress: r.TimeProgress, ExecutionWarning: r.ExecutionWarning, ScoredEvaluationCount: r.ScoredEvaluationCount,
					AverageScore: r.AverageScore, RedWarnings: r.RedWarnings}
				if got := api[i]; got.Region != r.Region || got.DepartmentCount != r.DepartmentCount || figuresText(got.Figures) != figuresText(want) {
					t.Errorf("%s, the API's figures of %s (%d departments):\n got %s\nwant %s", tc.name, got.Region, got.DepartmentCount,
						figuresText(got.Figures), figuresText(want))
				}
			}
		}
		// The fixture must give the comparison something to compare.
		rows, _ := analytics.ListRegionStats(leader, c, analytics.RegionStatsArgs{FiscalYear: 2025})
		for _, r := range rows {
			if r.Budget == 0 || r.AverageScore == nil {
				t.Errorf("%s has no budget or score: the test compares zeros", r.Region)
			}
		}
	})
}

// figuresText prints figures with the average score as its text (decimals of
// equal value may differ inside).
func figuresText(f analytics.Figures) string {
	score := "nil"
	if f.AverageScore != nil {
		score = f.AverageScore.String()
	}
	warning := "nil"
	if f.ExecutionWarning != nil {
		warning = string(*f.ExecutionWarning)
	}
	f.AverageScore, f.ExecutionWarning = nil, nil
	return fmt.Sprintf("%+v score=%s warning=%s", f, score, warning)
}
