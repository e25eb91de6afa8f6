package analytics_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"jixiao/internal/analytics"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/testdb"
)

// TestStatsProjectDimension: the stats cube by PROJECT — red and yellow
// months, the latest warning (ordered by severity), indicator completion and
// the project's budget and payments — against the fixture's known figures,
// in one statement (plus one to load the projects over HTTP).
func TestStatsProjectDimension(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		c := db.Client
		seed(t, c)
		ctx := asAdmin()
		year := 2025

		counter.Reset()
		res, err := analytics.Stats(ctx, c, analytics.StatsArgs{
			GroupBy: []analytics.StatsDimension{analytics.DimProject},
			Measures: []analytics.StatsMeasure{analytics.MeasureRedMonths, analytics.MeasureYellowMonths, analytics.MeasureMonitoredMonths,
				analytics.MeasureLatestWarning, analytics.MeasureIndicatorCount, analytics.MeasureIndicatorsCompleted,
				analytics.MeasureIndicatorCompletionRate, analytics.MeasureBudget, analytics.MeasurePaid, analytics.MeasureProjectCount},
			Filter:  &analytics.StatsFilter{FiscalYear: &year},
			OrderBy: &analytics.StatsOrder{Measure: ptr(analytics.MeasureLatestWarning), Direction: "DESC"},
		})
		if err != nil {
			t.Fatal(err)
		}
		if n := counter.Count(); n != 1 {
			t.Errorf("stats by project: %d statements, want 1", n)
		}
		code := map[int]string{}
		for _, p := range c.Project.Query().AllX(ctx) {
			code[p.ID] = p.Code
		}
		var got []string
		for _, r := range res.Rows {
			v := r.Values
			latest := "-"
			if v.LatestWarning != nil {
				latest = string(*v.LatestWarning)
			}
			got = append(got, fmt.Sprintf("%s red%d yellow%d months%d %s ind%d/%d %.2f %s %s n%d", code[*r.Key.ProjectID],
				*v.RedMonths, *v.YellowMonths, *v.MonitoredMonths, latest, *v.IndicatorsCompleted, *v.IndicatorCount,
				*v.IndicatorCompletionRate, v.Budget, v.Paid, *v.ProjectCount))
		}
		// Red first, then yellow, then projects without monitoring; ties by code.
		want := []string{
			"PA1 red1 yellow0 months1 RED ind0/1 0.00 500000.00 400000.00 n1",
			"PB red1 yellow0 months2 RED ind1/2 0.50 600000.00 120000.00 n1",
			"PA red1 yellow1 months2 YELLOW ind3/5 0.60 1500000.00 800000.35 n1",
			"PB2 red0 yellow0 months0 - ind0/0 0.00 200000.00 50000.00 n1",
			"PC red0 yellow0 months0 - ind1/1 1.00 700000.00 700000.00 n1",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("by project:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if r := res.Total; *r.RedMonths != 3 || *r.YellowMonths != 1 || *r.LatestWarning != enums.WarningLevelRed || *r.IndicatorCount != 9 {
			t.Errorf("total: red %d yellow %d latest %s indicators %d", *r.RedMonths, *r.YellowMonths, *r.LatestWarning, *r.IndicatorCount)
		}

		// Red months by department (the project cube rolls up), most first.
		res, err = analytics.Stats(ctx, c, analytics.StatsArgs{
			GroupBy:  []analytics.StatsDimension{analytics.DimDepartment},
			Measures: []analytics.StatsMeasure{analytics.MeasureRedMonths, analytics.MeasureLatestWarning},
			Filter:   &analytics.StatsFilter{FiscalYear: &year},
			OrderBy:  &analytics.StatsOrder{Measure: ptr(analytics.MeasureRedMonths), Direction: "DESC"},
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Rows) != 4 || *res.Rows[0].Values.RedMonths != 1 || *res.Rows[3].Values.RedMonths != 0 {
			t.Errorf("red months by department: %d rows", len(res.Rows))
		}

		// Refusals name the argument.
		for name, args := range map[string]analytics.StatsArgs{
			"groupBy": {GroupBy: []analytics.StatsDimension{analytics.DimProject}, Measures: []analytics.StatsMeasure{analytics.MeasureAverageScore}},
			"filter.asOfMonth": {GroupBy: []analytics.StatsDimension{analytics.DimProject}, Measures: []analytics.StatsMeasure{analytics.MeasurePaid},
				Filter: &analytics.StatsFilter{AsOfMonth: ptr(6)}},
			"filter.projectIDIn": {Measures: []analytics.StatsMeasure{analytics.MeasureEvaluationCount},
				Filter: &analytics.StatsFilter{ProjectIDIn: []int{1}}},
		} {
			_, err := analytics.Stats(ctx, c, args)
			var fe *fail.Error
			if !errors.As(err, &fe) || fe.Field != name {
				t.Errorf("%s: %v", name, err)
			}
		}

		// Over HTTP: the projects come in one more statement, whatever the rows.
		leader := newAPI(t, db, counter).as("leader", enums.RoleLeader, nil)
		counter.Reset()
		leader.ok(`{ __typename }`, nil, nil)
		baseline := counter.Count()
		counter.Reset()
		var data struct {
			Stats struct {
				Rows []struct {
					Key struct {
						Project struct{ Code string }
					}
					Values struct {
						RedMonths     int
						LatestWarning *string
					}
				}
			}
		}
		leader.ok(`{ stats(groupBy: [PROJECT], measures: [RED_MONTHS, LATEST_WARNING], filter: {fiscalYear: 2025},
			orderBy: {measure: LATEST_WARNING, direction: DESC}) { rows { key { project { code } } values { redMonths latestWarning } } } }`, nil, &data)
		if n := counter.Count() - baseline; n > 2 {
			t.Errorf("stats by project over HTTP: %d statements beyond authentication, want ≤ 2", n)
		}
		if rows := data.Stats.Rows; len(rows) != 5 || rows[0].Key.Project.Code != "PA1" || *rows[2].Values.LatestWarning != "YELLOW" || rows[4].Values.LatestWarning != nil {
			t.Errorf("over HTTP: %+v", rows)
		}
	})
}
