package analytics_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"jixiao/ent"
	"jixiao/internal/analytics"
)

// checkRegionRollups: the cockpit of the whole scope and of each region,
// every region's row and the whole scope's coverage, added up from the region
// roll-ups, are what adding up the departments (or, for coverage, the
// projects) gives — with the year's months, the year before and as of a month.
func checkRegionRollups(t *testing.T, ctx context.Context, c *ent.Client, year int, step string) {
	t.Helper()
	departments := analytics.WithoutRegionRollups(ctx)
	regions := []*string{nil}
	for _, r := range must(c.Department.Query().GroupBy("region").Strings(ctx)) {
		regions = append(regions, &r)
	}
	cov := analytics.CoverageArgs{FiscalYear: year}
	if got, want := must(analytics.GetCoverage(ctx, c, cov)), must(analytics.GetCoverage(departments, c, cov)); fmt.Sprintf("%+v", *got) != fmt.Sprintf("%+v", *want) {
		t.Errorf("%s, %d: coverage from the region roll-ups\n got %+v\nwant %+v", step, year, *got, *want)
	}
	june := 6
	for _, asOf := range []*int{nil, &june} {
		for _, region := range regions {
			args := analytics.OverviewArgs{FiscalYear: year, Region: region, AsOfMonth: asOf}
			got, want := overviewText(t, ctx, c, args), overviewText(t, departments, c, args)
			if got != want {
				t.Errorf("%s, %d, region %v, as of %v: overview from the region roll-ups\n got %s\nwant %s", step, year, deref(region), deref(asOf), got, want)
			}
		}
		args := analytics.RegionStatsArgs{FiscalYear: year, AsOfMonth: asOf}
		if got, want := regionStatsText(t, ctx, c, args), regionStatsText(t, departments, c, args); got != want {
			t.Errorf("%s, %d, as of %v: regionStats from the region roll-ups\n got %s\nwant %s", step, year, deref(asOf), got, want)
		}
	}
}

func deref[T any](p *T) any {
	if p == nil {
		return "nil"
	}
	return *p
}

func overviewText(t *testing.T, ctx context.Context, c *ent.Client, args analytics.OverviewArgs) string {
	t.Helper()
	o, err := analytics.GetOverview(ctx, c, args)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "departments=%d\n%s\nprevious %s\n", o.DepartmentCount, figuresText(o.Figures), figuresText(o.PreviousYear))
	for _, m := range o.Months {
		fmt.Fprintf(&b, "%d:%d/%d/%v ", m.Month, m.Paid, m.PaidToDate, deref(m.Warning))
	}
	return b.String()
}

func regionStatsText(t *testing.T, ctx context.Context, c *ent.Client, args analytics.RegionStatsArgs) string {
	t.Helper()
	rows, err := analytics.ListRegionStats(ctx, c, args)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "%s departments=%d %s\n", r.Region, r.DepartmentCount, figuresText(r.Figures))
	}
	return b.String()
}
