package analytics_test

import (
	"context"
	"errors"
	"math"
	"testing"
	"time"

	"jixiao/ent/privacy"
	"jixiao/internal/analytics"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
	"jixiao/internal/testdb"
)

func TestOverviewMatchesIndependentComputation(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, _ := open(t, url)
		c := db.Client
		w := seed(t, c)
		now := time.Now()
		ctx := analytics.WithClock(asAdmin(), now)
		refs := reference(t, c, 2025, now)
		prev := reference(t, c, 2024, now)
		sum := func(refs map[int]*ref, ids ...int) *ref {
			total := newRef()
			for _, id := range ids {
				total.add(refs[id])
			}
			return total
		}
		region := "县一"
		for _, tc := range []struct {
			name       string
			args       analytics.OverviewArgs
			want, prev *ref
			count      int
		}{
			{"city", analytics.OverviewArgs{}, sum(refs, w.A.ID, w.A1.ID, w.B.ID, w.C.ID), sum(prev, w.A.ID, w.A1.ID, w.B.ID, w.C.ID), 4},
			{"region", analytics.OverviewArgs{Region: &region}, sum(refs, w.B.ID, w.C.ID), sum(prev, w.B.ID, w.C.ID), 2},
			{"department subtree", analytics.OverviewArgs{DepartmentID: &w.A.ID}, sum(refs, w.A.ID, w.A1.ID), sum(prev, w.A.ID, w.A1.ID), 2},
			{"subtree and region", analytics.OverviewArgs{DepartmentID: &w.A.ID, Region: &region}, newRef(), newRef(), 0},
		} {
			tc.args.FiscalYear = 2025
			o, err := analytics.GetOverview(ctx, c, tc.args)
			if err != nil {
				t.Fatal(err)
			}
			if o.DepartmentCount != tc.count {
				t.Errorf("%s: departmentCount %d, want %d", tc.name, o.DepartmentCount, tc.count)
			}
			checkFigures(t, tc.name, o.Figures, tc.want)
			checkFigures(t, tc.name+" (previous year)", o.PreviousYear, tc.prev)
			// The monthly curve: paid per month, cumulative, and time progress m/12.
			var toDate money.Money
			for i, m := range o.Months {
				toDate += tc.want.monthly[i+1]
				if m.Month != i+1 || m.Paid != tc.want.monthly[i+1] || m.PaidToDate != toDate ||
					math.Abs(m.TimeProgress-float64(i+1)/12) > 1e-12 {
					t.Errorf("%s: month %d = %+v, want paid %s to date %s", tc.name, i+1, m, tc.want.monthly[i+1], toDate)
				}
			}
			if toDate != tc.want.paid {
				t.Errorf("%s: the curve ends at %s, paid %s", tc.name, toDate, tc.want.paid)
			}
		}

		// The city in 2025, by hand: budget 1,500,000 + 500,000 + 800,000 + 700,000.
		o, _ := analytics.GetOverview(ctx, c, analytics.OverviewArgs{FiscalYear: 2025})
		if o.Budget.String() != "3500000.00" || o.Paid.String() != "2070000.35" || o.RedWarnings != 2 || o.AverageScore.String() != "82.48" {
			t.Fatalf("city 2025: budget %s paid %s red %d average %s", o.Budget, o.Paid, o.RedWarnings, o.AverageScore)
		}
		// As of June: payments of January–June, time progress 0.5, the curve stops.
		june := 6
		o, _ = analytics.GetOverview(ctx, c, analytics.OverviewArgs{FiscalYear: 2025, AsOfMonth: &june})
		if o.Paid.String() != "1400000.35" || o.TimeProgress != 0.5 || o.Months[11].PaidToDate != o.Paid || o.ExecutionWarning == nil {
			t.Fatalf("as of June: paid %s, time progress %v, curve end %s", o.Paid, o.TimeProgress, o.Months[11].PaidToDate)
		}
		// 1,400,000.35 / 3,500,000 ÷ 0.5 = 0.8000002 → green; January 50,000 / 3,500,000 ÷ 1/12 = 0.17 → red;
		// February 350,000.10 / 3,500,000 ÷ 2/12 = 0.6000002 → yellow.
		if *o.ExecutionWarning != enums.WarningLevelGreen || *o.Months[0].Warning != enums.WarningLevelRed || *o.Months[1].Warning != enums.WarningLevelYellow {
			t.Fatalf("warnings: overall %v, January %v, February %v", *o.ExecutionWarning, *o.Months[0].Warning, *o.Months[1].Warning)
		}
		// This year: time progress is the current month; later months carry no warning.
		clock := time.Date(2025, 4, 15, 12, 0, 0, 0, shanghai)
		o, _ = analytics.GetOverview(analytics.WithClock(asAdmin(), clock), c, analytics.OverviewArgs{FiscalYear: 2025})
		if math.Abs(o.TimeProgress-4.0/12) > 1e-12 || o.Months[3].Warning == nil || o.Months[4].Warning != nil {
			t.Fatalf("in April: time progress %v, April warning %v, May warning %v", o.TimeProgress, o.Months[3].Warning, o.Months[4].Warning)
		}
	})
}

func TestOverviewScope(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, _ := open(t, url)
		c := db.Client
		w := seed(t, c)
		now := time.Now()
		refs := reference(t, c, 2025, now)
		user := analytics.WithClock(auth.NewContext(context.Background(), &auth.Viewer{UserID: 9, Role: enums.RoleDepartmentUser,
			DepartmentID: w.A.ID, Departments: []int{w.A.ID, w.A1.ID}}), now)
		// The whole city, seen by A's user, is A's subtree.
		o, err := analytics.GetOverview(user, c, analytics.OverviewArgs{FiscalYear: 2025})
		if err != nil {
			t.Fatal(err)
		}
		checkFigures(t, "department user", o.Figures, subtree(t, c, refs, w.A.ID))
		if o.DepartmentCount != 2 {
			t.Fatalf("department user counts %d departments", o.DepartmentCount)
		}
		// Another department's overview is refused.
		if _, err := analytics.GetOverview(user, c, analytics.OverviewArgs{FiscalYear: 2025, DepartmentID: &w.B.ID}); !errors.Is(err, privacy.Deny) {
			t.Fatalf("another department: %v", err)
		}
		// The public sees zeros; no viewer is refused.
		public := auth.NewContext(context.Background(), &auth.Viewer{UserID: 10, Role: enums.RolePublic})
		o, err = analytics.GetOverview(public, c, analytics.OverviewArgs{FiscalYear: 2025})
		if err != nil || o.Budget != 0 || o.ProjectCount != 0 || o.DepartmentCount != 0 {
			t.Fatalf("public: %v %+v", err, o)
		}
		if _, err := analytics.GetOverview(context.Background(), c, analytics.OverviewArgs{FiscalYear: 2025}); !errors.Is(err, privacy.Deny) {
			t.Fatalf("no viewer: %v", err)
		}
	})
}
