package analytics_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/ent/fund"
	"jixiao/internal/analytics"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/money"
	"jixiao/internal/testdb"
)

// keyString renders a stats key for comparison with the reference.
func keyString(k *analytics.StatsKey) string {
	s := ""
	if k.DepartmentID != nil {
		s += fmt.Sprintf("d%d/", *k.DepartmentID)
	}
	if k.Region != nil {
		s += *k.Region + "/"
	}
	if k.Sector != nil {
		s += string(*k.Sector) + "/"
	}
	if k.FiscalYear != nil {
		s += fmt.Sprintf("%d/", *k.FiscalYear)
	}
	if k.FundSource != nil {
		s += string(*k.FundSource) + "/"
	}
	if k.ProjectCategory != nil {
		s += string(*k.ProjectCategory) + "/"
	}
	if k.Month != nil {
		s += fmt.Sprintf("m%d/", *k.Month)
	}
	if k.EvaluationKind != nil {
		s += string(*k.EvaluationKind) + "/"
	}
	return s
}

func TestStatsMatchIndependentComputation(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, _ := open(t, url)
		c := db.Client
		w := seed(t, c)
		ctx := asAdmin()
		region := map[int]string{w.A.ID: "市本级", w.A1.ID: "市本级", w.B.ID: "县一", w.C.ID: "县一"}
		sector := map[int]enums.Sector{w.A.ID: enums.SectorEducation, w.A1.ID: enums.SectorEducation, w.B.ID: enums.SectorHealth, w.C.ID: enums.SectorEducation}
		year := 2025

		// Projects, budget and payments by region and project category.
		type money3 struct {
			projects     int
			budget, paid money.Money
		}
		want := map[string]*money3{}
		at := func(k string) *money3 {
			if want[k] == nil {
				want[k] = &money3{}
			}
			return want[k]
		}
		for _, p := range must(c.Project.Query().All(ctx)) {
			last := p.FiscalYear
			if p.EndYear != nil {
				last = *p.EndYear
			}
			if p.FiscalYear <= year && year <= last {
				at(region[p.DepartmentID]+"/"+string(p.Category)+"/").projects++
			}
		}
		for _, a := range must(c.Allocation.Query().WithProject().All(ctx)) {
			if a.FiscalYear == year {
				adj := a.InitialAmount
				if a.AdjustedAmount != nil {
					adj = *a.AdjustedAmount
				}
				at(region[a.DepartmentID] + "/" + string(a.Edges.Project.Category) + "/").budget += adj
			}
		}
		for _, d := range must(c.Disbursement.Query().WithProject().All(ctx)) {
			if d.PaidOn.In(shanghai).Year() == year {
				at(region[d.DepartmentID] + "/" + string(d.Edges.Project.Category) + "/").paid += d.Amount
			}
		}
		res, err := analytics.Stats(ctx, c, analytics.StatsArgs{
			GroupBy:  []analytics.StatsDimension{analytics.DimRegion, analytics.DimProjectCategory},
			Measures: []analytics.StatsMeasure{analytics.MeasureProjectCount, analytics.MeasureBudget, analytics.MeasurePaid, analytics.MeasureExecutionRate},
			Filter:   &analytics.StatsFilter{FiscalYear: &year},
		})
		if err != nil {
			t.Fatal(err)
		}
		var total money3
		for _, r := range res.Rows {
			k := keyString(r.Key)
			if r.Key.ProjectCategory == nil { // department-wide targets and evaluations: no projects, no money
				if *r.Values.ProjectCount != 0 || *r.Values.Budget != 0 {
					t.Errorf("%s: department-wide row with projects or money", k)
				}
				continue
			}
			wv := want[k]
			if wv == nil || *r.Values.ProjectCount != wv.projects || *r.Values.Budget != wv.budget || *r.Values.Paid != wv.paid {
				t.Errorf("%s: %d projects, budget %s, paid %s; want %+v", k, *r.Values.ProjectCount, r.Values.Budget, r.Values.Paid, wv)
			}
			if r.Values.AverageScore != nil {
				t.Errorf("%s: a measure not asked for is set", k)
			}
			delete(want, k)
			total.projects += wv.projects
			total.budget += wv.budget
			total.paid += wv.paid
		}
		if len(want) > 0 {
			t.Errorf("groups missing: %v", want)
		}
		if *res.Total.ProjectCount != total.projects || *res.Total.Budget != total.budget || *res.Total.Paid != total.paid ||
			*res.Total.ExecutionRate != float64(total.paid)/float64(total.budget) {
			t.Errorf("total: %d %s %s %v", *res.Total.ProjectCount, res.Total.Budget, res.Total.Paid, *res.Total.ExecutionRate)
		}

		// Average score and grades by sector and evaluation kind; a
		// department-wide evaluation takes its department's sector.
		type scores struct {
			n     int
			sum   decimal.Decimal
			count map[enums.Grade]int
		}
		wantScores := map[string]*scores{}
		for _, e := range must(c.Evaluation.Query().WithProject().All(ctx)) {
			if e.FiscalYear != year || e.TotalScore == nil || !handedIn(e) {
				continue
			}
			s := sector[e.DepartmentID]
			if e.Edges.Project != nil {
				s = e.Edges.Project.Sector
			}
			k := string(s) + "/" + string(e.Kind) + "/"
			if wantScores[k] == nil {
				wantScores[k] = &scores{count: map[enums.Grade]int{}}
			}
			wantScores[k].n++
			wantScores[k].sum = wantScores[k].sum.Add(*e.TotalScore)
			wantScores[k].count[*e.Grade]++
		}
		res, err = analytics.Stats(ctx, c, analytics.StatsArgs{
			GroupBy:  []analytics.StatsDimension{analytics.DimSector, analytics.DimEvaluationKind},
			Measures: []analytics.StatsMeasure{analytics.MeasureAverageScore, analytics.MeasureGradeCounts},
			Filter:   &analytics.StatsFilter{FiscalYear: &year},
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res.Rows {
			k := keyString(r.Key)
			ws := wantScores[k]
			if ws == nil {
				if r.Values.AverageScore != nil {
					t.Errorf("%s: unexpected average %s", k, r.Values.AverageScore)
				}
				continue
			}
			avg := ws.sum.DivRound(decimal.NewFromInt(int64(ws.n)), 8).Round(2)
			g := r.Values.GradeCounts
			if !r.Values.AverageScore.Equal(avg) || g.Excellent != ws.count[enums.GradeExcellent] || g.Good != ws.count[enums.GradeGood] ||
				g.Fair != ws.count[enums.GradeFair] || g.Poor != ws.count[enums.GradePoor] {
				t.Errorf("%s: average %s grades %+v; want %s %v", k, r.Values.AverageScore, g, avg, ws.count)
			}
			delete(wantScores, k)
		}
		if len(wantScores) > 0 {
			t.Errorf("score groups missing: %v", wantScores)
		}
		// Department-wide evaluation of B (88.01) is HEALTH/DEPARTMENT.
		if res.Rows[len(res.Rows)-1].Key.Sector == nil {
			t.Errorf("a sector is missing")
		}
	})
}

func TestStatsMonthsYearsTotalsAndErrors(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, _ := open(t, url)
		c := db.Client
		w := seed(t, c)
		ctx := asAdmin()
		year := 2025
		refs := reference(t, c, year, timeNow())

		// By month: paid in the month, to date, and the cumulative rate; the
		// total takes the budget once.
		res, err := analytics.Stats(ctx, c, analytics.StatsArgs{
			GroupBy:  []analytics.StatsDimension{analytics.DimMonth},
			Measures: []analytics.StatsMeasure{analytics.MeasurePaid, analytics.MeasurePaidToDate, analytics.MeasureBudget, analytics.MeasureExecutionRate},
			Filter:   &analytics.StatsFilter{FiscalYear: &year},
		})
		if err != nil {
			t.Fatal(err)
		}
		city := newRef()
		for _, r := range refs {
			city.add(r)
		}
		if len(res.Rows) != 12 {
			t.Fatalf("%d months", len(res.Rows))
		}
		var toDate money.Money
		for i, r := range res.Rows {
			toDate += city.monthly[i+1]
			if *r.Key.Month != i+1 || *r.Values.Paid != city.monthly[i+1] || *r.Values.PaidToDate != toDate || *r.Values.Budget != city.adjusted ||
				*r.Values.ExecutionRate != float64(toDate)/float64(city.adjusted) {
				t.Errorf("month %d: %s %s %s %v", i+1, r.Values.Paid, r.Values.PaidToDate, r.Values.Budget, *r.Values.ExecutionRate)
			}
		}
		if *res.Total.Budget != city.adjusted || *res.Total.Paid != city.paid {
			t.Errorf("total by month: budget %s paid %s, want %s %s", res.Total.Budget, res.Total.Paid, city.adjusted, city.paid)
		}

		// By fiscal year, for B, across years; ordered by a measure.
		res, err = analytics.Stats(ctx, c, analytics.StatsArgs{
			GroupBy:  []analytics.StatsDimension{analytics.DimFiscalYear},
			Measures: []analytics.StatsMeasure{analytics.MeasureProjectCount, analytics.MeasurePaid, analytics.MeasureRedWarnings},
			Filter:   &analytics.StatsFilter{DepartmentIDIn: []int{w.B.ID}, FiscalYearIn: []int{2024, 2025}},
			OrderBy:  &analytics.StatsOrder{Measure: ptr(analytics.MeasurePaid), Direction: "DESC"},
		})
		if err != nil {
			t.Fatal(err)
		}
		prev := reference(t, c, 2024, timeNow())[w.B.ID]
		if len(res.Rows) != 2 || *res.Rows[0].Key.FiscalYear != 2024 || *res.Rows[0].Values.Paid != prev.paid ||
			*res.Rows[1].Values.Paid != refs[w.B.ID].paid || *res.Rows[1].Values.ProjectCount != 2 || *res.Rows[0].Values.RedWarnings != 1 {
			t.Fatalf("B by year: %+v %+v", res.Rows[0].Values, res.Rows[1].Values)
		}

		// No grouping: one row, the total.
		res, err = analytics.Stats(ctx, c, analytics.StatsArgs{Measures: []analytics.StatsMeasure{analytics.MeasureIndicatorCompletionRate, analytics.MeasureIndicatorCount},
			Filter: &analytics.StatsFilter{FiscalYear: &year}})
		if err != nil || len(res.Rows) != 1 || *res.Rows[0].Values.IndicatorCount != city.indicators ||
			*res.Rows[0].Values.IndicatorCompletionRate != float64(city.completed)/float64(city.indicators) {
			t.Fatalf("total only: %v %+v", err, res)
		}

		// first cuts the rows, not the total.
		one := 1
		res, err = analytics.Stats(ctx, c, analytics.StatsArgs{GroupBy: []analytics.StatsDimension{analytics.DimDepartment},
			Measures: []analytics.StatsMeasure{analytics.MeasureBudget}, Filter: &analytics.StatsFilter{FiscalYear: &year}, First: &one})
		if err != nil || len(res.Rows) != 1 || !res.Truncated || res.TotalRows != 4 || *res.Total.Budget != city.adjusted {
			t.Fatalf("first 1: %v rows %d truncated %v total rows %d budget %s", err, len(res.Rows), res.Truncated, res.TotalRows, res.Total.Budget)
		}

		// A subtree, and subunits off.
		res, _ = analytics.Stats(ctx, c, analytics.StatsArgs{Measures: []analytics.StatsMeasure{analytics.MeasurePaid},
			Filter: &analytics.StatsFilter{FiscalYear: &year, DepartmentID: &w.A.ID}})
		if *res.Total.Paid != refs[w.A.ID].paid+refs[w.A1.ID].paid {
			t.Fatalf("A's subtree paid %s", res.Total.Paid)
		}
		no := false
		res, _ = analytics.Stats(ctx, c, analytics.StatsArgs{Measures: []analytics.StatsMeasure{analytics.MeasurePaid},
			Filter: &analytics.StatsFilter{FiscalYear: &year, DepartmentID: &w.A.ID, IncludeSubunits: &no}})
		if *res.Total.Paid != refs[w.A.ID].paid {
			t.Fatalf("A alone paid %s", res.Total.Paid)
		}

		// Combinations that mean nothing are refused as bad input.
		for name, args := range map[string]analytics.StatsArgs{
			"projects by month":       {GroupBy: []analytics.StatsDimension{analytics.DimMonth}, Measures: []analytics.StatsMeasure{analytics.MeasureProjectCount}},
			"scores by fund source":   {GroupBy: []analytics.StatsDimension{analytics.DimFundSource}, Measures: []analytics.StatsMeasure{analytics.MeasureAverageScore}},
			"paid by evaluation kind": {GroupBy: []analytics.StatsDimension{analytics.DimEvaluationKind}, Measures: []analytics.StatsMeasure{analytics.MeasurePaid}},
			"warnings of a source":    {Measures: []analytics.StatsMeasure{analytics.MeasureRedWarnings}, Filter: &analytics.StatsFilter{FundSourceIn: []fund.Source{fund.SourceTransfer}}},
			"no measure":              {GroupBy: []analytics.StatsDimension{analytics.DimRegion}},
		} {
			var fe *fail.Error
			if _, err := analytics.Stats(ctx, c, args); !errors.As(err, &fe) || fe.Code != fail.CodeBadInput {
				t.Errorf("%s: %v", name, err)
			}
		}

		// Scope: A's user adds up A and A1 only.
		user := auth.NewContext(context.Background(), &auth.Viewer{UserID: 9, Role: enums.RoleDepartmentUser, DepartmentID: w.A.ID, Departments: []int{w.A.ID, w.A1.ID}})
		res, err = analytics.Stats(user, c, analytics.StatsArgs{GroupBy: []analytics.StatsDimension{analytics.DimDepartment},
			Measures: []analytics.StatsMeasure{analytics.MeasurePaid}, Filter: &analytics.StatsFilter{FiscalYear: &year}})
		if err != nil || len(res.Rows) != 2 || *res.Total.Paid != refs[w.A.ID].paid+refs[w.A1.ID].paid {
			t.Fatalf("department user: %v %d rows", err, len(res.Rows))
		}
		if _, err := analytics.Stats(context.Background(), c, analytics.StatsArgs{Measures: []analytics.StatsMeasure{analytics.MeasurePaid}}); err == nil {
			t.Fatal("no viewer: no error")
		}
	})
}

func ptr[T any](v T) *T { return &v }
