package analytics_test

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"jixiao/ent"
	"jixiao/ent/indicator"
	"jixiao/internal/analytics"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/testdb"
)

// indicatorState is the independent reading of an indicator's completion
// (graph/analytics.graphql's definitions, in Go): reported, and met.
func indicatorState(i *ent.Indicator) (reported, completed bool) {
	if i.Comparator == enums.ComparatorQualitative {
		return i.ActualLevel != nil, i.ActualLevel != nil && *i.ActualLevel == enums.QualitativeLevelAchieved
	}
	if i.ActualValue == nil {
		return false, false
	}
	if i.TargetValue == nil {
		return true, false
	}
	a, tv := *i.ActualValue, *i.TargetValue
	switch i.Comparator {
	case enums.ComparatorLt, enums.ComparatorLte:
		return true, a.LessThanOrEqual(tv)
	case enums.ComparatorEq:
		if tv.IsZero() {
			return true, a.IsZero()
		}
	}
	return true, a.GreaterThanOrEqual(tv)
}

// TestStatsTemplateDimension: indicator completion by library template (and
// by template and department), against a computation in Go over the rows read
// with ent, in one statement (plus one to load the templates over HTTP); the
// measures the dimension cannot serve are refused naming groupBy.
func TestStatsTemplateDimension(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		c := db.Client
		seed(t, c)
		ctx := asAdmin()
		year := 2025

		tpl := func(code string) *ent.IndicatorTemplate {
			return must(c.IndicatorTemplate.Create().SetCode(code).SetName("模板" + code).SetCategory(enums.IndicatorCategoryOutput).
				SetSubcategory(enums.SubcategoryQuantity).SetComparator(enums.ComparatorGte).Save(ctx))
		}
		t1, t2 := tpl("T1"), tpl("T2")
		tpl("T3") // used by no indicator: no row
		// Output/quantity indicators with a unit of people come from T1, the
		// other quantity ones from T2, the rest from none.
		must(c.Indicator.Update().Where(indicator.SubcategoryEQ(enums.SubcategoryQuantity), indicator.UnitIn("人次", "人")).SetTemplateID(t1.ID).Save(ctx))
		must(c.Indicator.Update().Where(indicator.SubcategoryEQ(enums.SubcategoryQuantity), indicator.UnitNotIn("人次", "人")).SetTemplateID(t2.ID).Save(ctx))

		type counts struct{ n, reported, completed int }
		want := map[string]*counts{}
		byDept := map[string]*counts{}
		byProject := map[string]*counts{}
		t1ByProject := map[string]*counts{}
		add := func(m map[string]*counts, k string, rep, done bool) {
			if m[k] == nil {
				m[k] = &counts{}
			}
			m[k].n++
			if rep {
				m[k].reported++
			}
			if done {
				m[k].completed++
			}
		}
		code := map[int]string{t1.ID: "T1", t2.ID: "T2"}
		tplKey := func(id *int) string {
			if id == nil {
				return "-"
			}
			return code[*id]
		}
		var all counts
		for _, tg := range must(c.Target.Query().WithIndicators().All(ctx)) {
			if tg.FiscalYear != year || !inForce(tg) {
				continue
			}
			for _, i := range tg.Edges.Indicators {
				rep, done := indicatorState(i)
				add(want, tplKey(i.TemplateID), rep, done)
				add(byDept, fmt.Sprintf("%s/d%d", tplKey(i.TemplateID), tg.DepartmentID), rep, done)
				project := "-"
				if tg.ProjectID != nil {
					project = fmt.Sprintf("p%d", *tg.ProjectID)
				}
				add(byProject, tplKey(i.TemplateID)+"/"+project, rep, done)
				if i.TemplateID != nil && *i.TemplateID == t1.ID {
					add(t1ByProject, project, rep, done)
				}
				all.n++
				if done {
					all.completed++
				}
			}
		}
		if len(want) < 3 {
			t.Fatalf("fixture: want indicators of T1, T2 and none, got %v", want)
		}

		counter.Reset()
		res, err := analytics.Stats(ctx, c, analytics.StatsArgs{
			GroupBy: []analytics.StatsDimension{analytics.DimTemplate},
			Measures: []analytics.StatsMeasure{analytics.MeasureIndicatorCount, analytics.MeasureIndicatorsReported,
				analytics.MeasureIndicatorsCompleted, analytics.MeasureIndicatorCompletionRate},
			Filter:  &analytics.StatsFilter{FiscalYear: &year},
			OrderBy: &analytics.StatsOrder{Measure: ptr(analytics.MeasureIndicatorCompletionRate), Direction: "DESC"},
		})
		if err != nil {
			t.Fatal(err)
		}
		if n := counter.Count(); n != 1 {
			t.Errorf("stats by template: %d statements, want 1", n)
		}
		prev := 2.0
		for _, r := range res.Rows {
			k, v := tplKey(r.Key.TemplateID), r.Values
			w := want[k]
			if w == nil || *v.IndicatorCount != w.n || *v.IndicatorsReported != w.reported || *v.IndicatorsCompleted != w.completed ||
				*v.IndicatorCompletionRate != float64(w.completed)/float64(w.n) {
				t.Errorf("%s: %d/%d/%d %v; want %+v", k, *v.IndicatorCount, *v.IndicatorsReported, *v.IndicatorsCompleted, *v.IndicatorCompletionRate, w)
			}
			if *v.IndicatorCompletionRate > prev {
				t.Errorf("%s: not ordered by completion rate, descending", k)
			}
			prev = *v.IndicatorCompletionRate
			delete(want, k)
		}
		if len(want) > 0 {
			t.Errorf("groups missing: %v", want)
		}
		// The cube's other indicator figures agree: the total is the
		// performance summary's (the same indicators, another source).
		if *res.Total.IndicatorCount != all.n || *res.Total.IndicatorsCompleted != all.completed {
			t.Errorf("total: %d/%d; want %+v", *res.Total.IndicatorCount, *res.Total.IndicatorsCompleted, all)
		}
		perf := must(analytics.Stats(ctx, c, analytics.StatsArgs{Measures: []analytics.StatsMeasure{analytics.MeasureIndicatorCount, analytics.MeasureIndicatorsCompleted},
			Filter: &analytics.StatsFilter{FiscalYear: &year}}))
		if *perf.Total.IndicatorCount != all.n || *perf.Total.IndicatorsCompleted != all.completed {
			t.Errorf("performance summary: %d/%d; want %+v", *perf.Total.IndicatorCount, *perf.Total.IndicatorsCompleted, all)
		}

		// By template and department.
		res, err = analytics.Stats(ctx, c, analytics.StatsArgs{
			GroupBy:  []analytics.StatsDimension{analytics.DimTemplate, analytics.DimDepartment},
			Measures: []analytics.StatsMeasure{analytics.MeasureIndicatorCount, analytics.MeasureIndicatorsReported, analytics.MeasureIndicatorsCompleted},
			Filter:   &analytics.StatsFilter{FiscalYear: &year},
		})
		if err != nil {
			t.Fatal(err)
		}
		var got, exp []string
		for _, r := range res.Rows {
			v := r.Values
			got = append(got, fmt.Sprintf("%s/d%d %d/%d/%d", tplKey(r.Key.TemplateID), *r.Key.DepartmentID, *v.IndicatorCount, *v.IndicatorsReported, *v.IndicatorsCompleted))
		}
		for k, w := range byDept {
			exp = append(exp, fmt.Sprintf("%s %d/%d/%d", k, w.n, w.reported, w.completed))
		}
		sort.Strings(got)
		sort.Strings(exp)
		if strings.Join(got, "\n") != strings.Join(exp, "\n") {
			t.Errorf("by template and department:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(exp, "\n"))
		}

		// By template and project (indicator completion by template per
		// project), in one statement too.
		counter.Reset()
		res, err = analytics.Stats(ctx, c, analytics.StatsArgs{
			GroupBy:  []analytics.StatsDimension{analytics.DimTemplate, analytics.DimProject},
			Measures: []analytics.StatsMeasure{analytics.MeasureIndicatorCount, analytics.MeasureIndicatorsReported, analytics.MeasureIndicatorsCompleted},
			Filter:   &analytics.StatsFilter{FiscalYear: &year},
		})
		if err != nil {
			t.Fatal(err)
		}
		if n := counter.Count(); n != 1 {
			t.Errorf("stats by template and project: %d statements, want 1", n)
		}
		projectKey := func(id *int) string {
			if id == nil {
				return "-"
			}
			return fmt.Sprintf("p%d", *id)
		}
		got, exp = nil, nil
		for _, r := range res.Rows {
			v := r.Values
			got = append(got, fmt.Sprintf("%s/%s %d/%d/%d", tplKey(r.Key.TemplateID), projectKey(r.Key.ProjectID), *v.IndicatorCount, *v.IndicatorsReported, *v.IndicatorsCompleted))
		}
		for k, w := range byProject {
			exp = append(exp, fmt.Sprintf("%s %d/%d/%d", k, w.n, w.reported, w.completed))
		}
		sort.Strings(got)
		sort.Strings(exp)
		if len(byProject) < 4 || strings.Join(got, "\n") != strings.Join(exp, "\n") {
			t.Errorf("by template and project:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(exp, "\n"))
		}

		// templateIDIn keeps one template's indicators: by project, and in
		// all without grouping (the filter alone reads by template).
		res, err = analytics.Stats(ctx, c, analytics.StatsArgs{
			GroupBy:  []analytics.StatsDimension{analytics.DimProject},
			Measures: []analytics.StatsMeasure{analytics.MeasureIndicatorCount, analytics.MeasureIndicatorsReported, analytics.MeasureIndicatorsCompleted},
			Filter:   &analytics.StatsFilter{FiscalYear: &year, TemplateIDIn: []int{t1.ID}},
		})
		if err != nil {
			t.Fatal(err)
		}
		got, exp = nil, nil
		var t1All counts
		for _, r := range res.Rows {
			v := r.Values
			got = append(got, fmt.Sprintf("%s %d/%d/%d", projectKey(r.Key.ProjectID), *v.IndicatorCount, *v.IndicatorsReported, *v.IndicatorsCompleted))
		}
		for k, w := range t1ByProject {
			exp = append(exp, fmt.Sprintf("%s %d/%d/%d", k, w.n, w.reported, w.completed))
			t1All.n, t1All.reported, t1All.completed = t1All.n+w.n, t1All.reported+w.reported, t1All.completed+w.completed
		}
		sort.Strings(got)
		sort.Strings(exp)
		if len(exp) == 0 || strings.Join(got, "\n") != strings.Join(exp, "\n") {
			t.Errorf("T1 by project:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(exp, "\n"))
		}
		only := must(analytics.Stats(ctx, c, analytics.StatsArgs{
			Measures: []analytics.StatsMeasure{analytics.MeasureIndicatorCount, analytics.MeasureIndicatorsCompleted},
			Filter:   &analytics.StatsFilter{FiscalYear: &year, TemplateIDIn: []int{t1.ID}},
		}))
		if *only.Total.IndicatorCount != t1All.n || *only.Total.IndicatorsCompleted != t1All.completed {
			t.Errorf("T1 in all: %d/%d; want %+v", *only.Total.IndicatorCount, *only.Total.IndicatorsCompleted, t1All)
		}
		// A project filter cuts the template rows too.
		var someProject int
		for k := range t1ByProject {
			if k != "-" {
				fmt.Sscanf(k, "p%d", &someProject)
				break
			}
		}
		one := must(analytics.Stats(ctx, c, analytics.StatsArgs{
			GroupBy:  []analytics.StatsDimension{analytics.DimTemplate},
			Measures: []analytics.StatsMeasure{analytics.MeasureIndicatorCount},
			Filter:   &analytics.StatsFilter{FiscalYear: &year, TemplateIDIn: []int{t1.ID}, ProjectIDIn: []int{someProject}},
		}))
		if w := t1ByProject[fmt.Sprintf("p%d", someProject)]; len(one.Rows) != 1 || *one.Rows[0].Values.IndicatorCount != w.n {
			t.Errorf("T1 of project %d: %+v; want %+v", someProject, one.Rows, w)
		}

		// Refusals name the argument and the measure.
		for name, args := range map[string]analytics.StatsArgs{
			"groupBy": {GroupBy: []analytics.StatsDimension{analytics.DimTemplate}, Measures: []analytics.StatsMeasure{analytics.MeasureBudget}},
			"filter.projectIDIn": {GroupBy: []analytics.StatsDimension{analytics.DimDepartment}, Measures: []analytics.StatsMeasure{analytics.MeasureIndicatorCount},
				Filter: &analytics.StatsFilter{ProjectIDIn: []int{1}}},
			"filter.templateIDIn": {Measures: []analytics.StatsMeasure{analytics.MeasureBudget},
				Filter: &analytics.StatsFilter{TemplateIDIn: []int{1}}},
		} {
			_, err := analytics.Stats(ctx, c, args)
			var fe *fail.Error
			if !errors.As(err, &fe) || fe.Field != name || !strings.Contains(err.Error(), string(args.Measures[0])) {
				t.Errorf("%s: %v", name, err)
			}
		}
		for _, m := range []analytics.StatsMeasure{analytics.MeasureRedMonths, analytics.MeasureTargetsDeclared, analytics.MeasureAverageScore} {
			_, err := analytics.Stats(ctx, c, analytics.StatsArgs{GroupBy: []analytics.StatsDimension{analytics.DimTemplate}, Measures: []analytics.StatsMeasure{m}})
			if err == nil || !strings.Contains(err.Error(), "TEMPLATE") {
				t.Errorf("%s by TEMPLATE: %v", m, err)
			}
		}

		// Over HTTP: the templates come in one more statement, whatever the rows.
		leader := newAPI(t, db, counter).as("leader", enums.RoleLeader, nil)
		counter.Reset()
		leader.ok(`{ __typename }`, nil, nil)
		baseline := counter.Count()
		counter.Reset()
		var data struct {
			Stats struct {
				Rows []struct {
					Key struct {
						Template *struct{ Code string }
					}
					Values struct{ IndicatorCount int }
				}
			}
		}
		leader.ok(`{ stats(groupBy: [TEMPLATE], measures: [INDICATOR_COUNT], filter: {fiscalYear: 2025},
			orderBy: {dimension: TEMPLATE, direction: ASC}) { rows { key { template { code } } values { indicatorCount } } } }`, nil, &data)
		if n := counter.Count() - baseline; n > 2 {
			t.Errorf("stats by template over HTTP: %d statements beyond authentication, want ≤ 2", n)
		}
		if rows := data.Stats.Rows; len(rows) != 3 || rows[0].Key.Template == nil || rows[0].Key.Template.Code != "T1" ||
			rows[1].Key.Template.Code != "T2" || rows[2].Key.Template != nil {
			t.Errorf("over HTTP: %+v", rows)
		}
	})
}
