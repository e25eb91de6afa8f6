package demo

import (
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
)

// deptFacts gathers, from the rows as they are generated, the facts a
// department-wide evaluation's DATA items are scored from — the same facts
// the workflow reads from the database (internal/workflow/deptfacts.go) —
// so that the demo's 运行成本, 管理效率, 履职效能 and 满意度 come from its
// own data rather than from constants. It keeps aggregates only.
type deptFacts struct {
	depts    map[int]deptFact       // id → sector, headcount
	spent    map[[2]int]int64       // (department, fiscal year) → fen disbursed
	targets  map[int]targetFact     // project targets by id
	outcomes map[int]*targetOutcome // target id → its indicators' outcome
	monitor  map[[2]int]*rules.OnTime
	rects    map[[2]int]*rules.OnTime // by the deadline's year (Beijing)
	deadline map[int]yearDeadlines
}

type deptFact struct {
	sector    string
	headcount int
}

type targetFact struct {
	dept, year, version int
	status              string
	created             time.Time
}

type targetOutcome struct {
	delivery rules.Delivery
	surveys  []decimal.Decimal
}

// yearDeadlines are a year's 二上 and monthly monitoring deadlines.
type yearDeadlines struct {
	secondUp   *time.Time
	monitoring map[int]time.Time
}

func newDeptFacts() *deptFacts {
	return &deptFacts{depts: map[int]deptFact{}, spent: map[[2]int]int64{}, targets: map[int]targetFact{},
		outcomes: map[int]*targetOutcome{}, monitor: map[[2]int]*rules.OnTime{}, rects: map[[2]int]*rules.OnTime{},
		deadline: map[int]yearDeadlines{}}
}

// deadlines are the year's deadlines of the demo's rule set, as the workflow dates them.
func (f *deptFacts) deadlines(year int) yearDeadlines {
	if d, ok := f.deadline[year]; ok {
		return d
	}
	d := yearDeadlines{monitoring: map[int]time.Time{}}
	for _, c := range rules.CalendarOf(params.Calendar, int(params.MonthsPerYear), year, beijing.Location) {
		switch {
		case c.Kind == rules.CalendarMonitoring:
			d.monitoring[c.Month] = c.Deadline
		case c.Kind == rules.CalendarSecondUp:
			t := c.Deadline
			d.secondUp = &t
		}
	}
	f.deadline[year] = d
	return d
}

// observe reads one generated row of a table the facts come from.
func (f *deptFacts) observe(t *table, vals []any) {
	col := func(name string) any { return vals[slices.Index(t.cols, name)] }
	switch t {
	case tDepartments:
		f.depts[asInt(col("id"))] = deptFact{sector: col("sector").(string), headcount: asInt(col("headcount"))}
	case tDisbursements:
		f.spent[[2]int{asInt(col("department_id")), asInt(col("fiscal_year"))}] += col("amount").(int64)
	case tTargets:
		if col("project_id") == nil {
			return // a department's overall target: not one of its project targets
		}
		f.targets[asInt(col("id"))] = targetFact{dept: asInt(col("department_id")), year: asInt(col("fiscal_year")),
			version: asInt(col("version")), status: col("status").(string), created: col("created_at").(time.Time)}
	case tIndicators:
		ind := rules.Indicator{Comparator: enums.Comparator(col("comparator").(string)), Target: asDec(col("target_value")), Actual: asDec(col("actual_value"))}
		if l, ok := col("actual_level").(string); ok {
			ind.Level = enums.QualitativeLevel(l)
		}
		o := f.outcomes[asInt(col("target_id"))]
		if o == nil {
			o = &targetOutcome{}
			f.outcomes[asInt(col("target_id"))] = o
		}
		if met, ok := rules.IndicatorMet(ind); ok {
			o.delivery.Total++
			if met {
				o.delivery.Met++
			}
		}
		unit, _ := col("unit").(string)
		hundred := decimal.NewFromInt(100)
		if a := ind.Actual; col("category") == string(enums.IndicatorCategorySatisfaction) && a != nil && strings.TrimSpace(unit) == "%" &&
			a.Sign() >= 0 && a.LessThanOrEqual(hundred) {
			o.surveys = append(o.surveys, a.Div(hundred))
		}
	case tMonitorings:
		year, month := asInt(col("fiscal_year")), asInt(col("month"))
		key := [2]int{asInt(col("department_id")), year}
		if f.monitor[key] == nil {
			f.monitor[key] = &rules.OnTime{}
		}
		f.monitor[key].Due++
		if due, ok := f.deadlines(year).monitoring[month]; !ok || !col("created_at").(time.Time).After(due) {
			f.monitor[key].OnTime++
		}
	case tRectifications:
		deadline := col("deadline").(time.Time)
		completed, done := col("completed_at").(time.Time)
		done = done && col("status") == "DONE"
		if !done && !deadline.Before(AsOf) {
			return // not due yet
		}
		key := [2]int{asInt(col("department_id")), deadline.In(beijing.Location).Year()}
		if f.rects[key] == nil {
			f.rects[key] = &rules.OnTime{}
		}
		f.rects[key].Due++
		if done && !completed.After(deadline) {
			f.rects[key].OnTime++
		}
	}
}

// data is what the DATA items of a department's evaluation of year read;
// a metric without data is absent (the evaluators' marks stand in).
func (f *deptFacts) data(dept, year int) map[string]*rules.DataMetric {
	out := map[string]*rules.DataMetric{}
	if d := f.depts[dept]; d.headcount > 0 {
		var perHead []decimal.Decimal
		for id, peer := range f.depts {
			if peer.sector == d.sector && peer.headcount > 0 && (id == dept || f.spent[[2]int{id, year}] > 0) {
				perHead = append(perHead, rules.PerHead(yuanDec(f.spent[[2]int{id, year}]), peer.headcount))
			}
		}
		out[rules.MetricRunningCost] = &rules.DataMetric{Metric: rules.MetricRunningCost, RunningCost: &rules.RunningCost{
			Expenditure: yuanDec(f.spent[[2]int{dept, year}]), Headcount: d.headcount, SectorMedian: rules.Median(perHead), SectorSize: len(perHead)}}
	}
	var m rules.Management
	var delivery rules.Delivery
	var surveys []decimal.Decimal
	dl := f.deadlines(year)
	var ids []int
	for id, t := range f.targets {
		if t.dept == dept && t.year == year {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids) // indicators (and so the surveys) in the order the workflow reads them
	for _, id := range ids {
		t := f.targets[id]
		if t.version == 1 && t.status != "DRAFT" {
			m.Declarations.Due++
			if dl.secondUp == nil || !t.created.After(*dl.secondUp) {
				m.Declarations.OnTime++
			}
		}
		if o := f.outcomes[id]; o != nil && t.status == "APPROVED" {
			delivery.Met += o.delivery.Met
			delivery.Total += o.delivery.Total
			surveys = append(surveys, o.surveys...)
		}
	}
	if v := f.monitor[[2]int{dept, year}]; v != nil {
		m.Monitoring = *v
	}
	if v := f.rects[[2]int{dept, year}]; v != nil {
		m.Rectifications = *v
	}
	for _, metric := range []string{rules.MetricManagement, rules.MetricTimeliness, rules.MetricRectification} {
		out[metric] = &rules.DataMetric{Metric: metric, Management: &m}
	}
	if delivery.Total > 0 {
		out[rules.MetricDelivery] = &rules.DataMetric{Metric: rules.MetricDelivery, Delivery: &delivery}
	}
	if len(surveys) > 0 {
		out[rules.MetricSatisfaction] = &rules.DataMetric{Metric: rules.MetricSatisfaction, Satisfaction: &rules.SurveyResults{Rates: surveys}}
	}
	return out
}

func asInt(v any) int {
	switch n := v.(type) {
	case int64:
		return int(n)
	case int:
		return n
	}
	return 0
}

func asDec(v any) *decimal.Decimal {
	switch x := v.(type) {
	case string:
		if d, err := decimal.NewFromString(x); err == nil {
			return &d
		}
	case decimal.Decimal:
		return &x
	}
	return nil
}
