package workflow

import (
	"context"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/department"
	"jixiao/ent/disbursement"
	"jixiao/ent/indicator"
	"jixiao/ent/monitoring"
	"jixiao/ent/rectification"
	"jixiao/ent/target"
	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
	"jixiao/internal/domain/rules"
)

// inMetric names a DATA item's metric (rules.Metric…) in its inputs.
const inMetric = "metric"

// departmentData reads the data a department-wide evaluation's DATA items
// are scored from, one statement per kind of fact whatever the department's
// size: the department, its sector's expenditure per department, its
// targets, monitoring records and rectifications of the year, and the
// indicators of its targets in force. A metric without data is absent from
// the answer (the item then takes the evaluator's manual points).
//
// The sector's figures are statistics over other departments, which the
// evaluator may not read one by one: they are read with the privacy
// decision allowed, and only their median leaves this function.
func (w Evaluations) departmentData(ctx context.Context, c *ent.Client, ev *ent.Evaluation, p rules.Params, want map[string]bool) (map[string]*rules.DataMetric, error) {
	out := map[string]*rules.DataMetric{}
	if ev.ProjectID != nil || len(want) == 0 {
		return out, nil
	}
	dept, err := c.Department.Get(public(ctx), ev.DepartmentID)
	if err != nil {
		return nil, err
	}
	if want[rules.MetricRunningCost] {
		rc, err := runningCost(ctx, c, dept, ev.FiscalYear)
		if err != nil {
			return nil, err
		}
		if rc != nil {
			out[rules.MetricRunningCost] = &rules.DataMetric{Metric: rules.MetricRunningCost, RunningCost: rc}
		}
	}
	if want[rules.MetricManagement] || want[rules.MetricTimeliness] || want[rules.MetricRectification] {
		m, err := w.management(ctx, c, ev, p)
		if err != nil {
			return nil, err
		}
		for _, metric := range []string{rules.MetricManagement, rules.MetricTimeliness, rules.MetricRectification} {
			out[metric] = &rules.DataMetric{Metric: metric, Management: m}
		}
	}
	if want[rules.MetricDelivery] || want[rules.MetricSatisfaction] {
		delivery, surveys, err := indicatorFacts(ctx, c, ev)
		if err != nil {
			return nil, err
		}
		if delivery.Total > 0 {
			out[rules.MetricDelivery] = &rules.DataMetric{Metric: rules.MetricDelivery, Delivery: &delivery}
		}
		if len(surveys) > 0 {
			out[rules.MetricSatisfaction] = &rules.DataMetric{Metric: rules.MetricSatisfaction, Satisfaction: &rules.SurveyResults{Rates: surveys}}
		}
	}
	return out, nil
}

// runningCost is the department's expenditure of the year per head against
// the median of its sector's departments that have a headcount and spent in
// the year (itself always included). Two statements; nil without a headcount.
func runningCost(ctx context.Context, c *ent.Client, dept *ent.Department, year int) (*rules.RunningCost, error) {
	if dept.Headcount <= 0 {
		return nil, nil
	}
	all := public(ctx)
	peers, err := c.Department.Query().Where(department.SectorEQ(dept.Sector), department.HeadcountGT(0)).
		Select(department.FieldID, department.FieldHeadcount).All(all)
	if err != nil {
		return nil, err
	}
	var sums []struct {
		DepartmentID int    `json:"department_id"`
		Sum          *int64 `json:"sum"`
	}
	err = c.Disbursement.Query().Where(disbursement.FiscalYear(year),
		disbursement.HasDepartmentWith(department.SectorEQ(dept.Sector), department.HeadcountGT(0))).
		GroupBy(disbursement.FieldDepartmentID).Aggregate(ent.Sum(disbursement.FieldAmount)).Scan(all, &sums)
	if err != nil {
		return nil, err
	}
	spent := map[int]money.Money{}
	for _, s := range sums {
		if s.Sum != nil {
			spent[s.DepartmentID] = money.Money(*s.Sum)
		}
	}
	var perHead []decimal.Decimal
	for _, d := range peers {
		if d.ID == dept.ID || spent[d.ID] > 0 {
			perHead = append(perHead, rules.PerHead(spent[d.ID].Decimal(), d.Headcount))
		}
	}
	return &rules.RunningCost{Expenditure: spent[dept.ID].Decimal(), Headcount: dept.Headcount,
		SectorMedian: rules.Median(perHead), SectorSize: len(perHead)}, nil
}

// management counts what was due in the year and done on time: the year's
// project targets first declared (version 1, past draft) by the 二上
// deadline; monitoring records filed by their period's deadline (the end of
// the next month); rectifications with a deadline in the year, due once the
// deadline passed or done, on time when done by the deadline. Three statements.
func (w Evaluations) management(ctx context.Context, c *ent.Client, ev *ent.Evaluation, p rules.Params) (*rules.Management, error) {
	loc := beijing.Location
	deadline := map[string]time.Time{}
	monthly := map[int]time.Time{}
	for _, d := range rules.CalendarOf(p.Calendar, int(p.MonthsPerYear), ev.FiscalYear, loc) {
		if d.Kind == rules.CalendarMonitoring {
			monthly[d.Month] = d.Deadline
		} else {
			deadline[d.Kind] = d.Deadline
		}
	}
	var m rules.Management
	declared, err := c.Target.Query().Where(target.DepartmentID(ev.DepartmentID), target.FiscalYear(ev.FiscalYear),
		target.ProjectIDNotNil(), target.Version(1), target.StatusNEQ(target.StatusDraft)).
		Select(target.FieldCreatedAt).All(ctx)
	if err != nil {
		return nil, err
	}
	secondUp, hasDeadline := deadline[rules.CalendarSecondUp]
	for _, t := range declared {
		m.Declarations.Due++
		if !hasDeadline || !t.CreatedAt.After(secondUp) {
			m.Declarations.OnTime++
		}
	}
	records, err := c.Monitoring.Query().Where(monitoring.DepartmentID(ev.DepartmentID), monitoring.FiscalYear(ev.FiscalYear)).
		Select(monitoring.FieldMonth, monitoring.FieldCreatedAt).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, r := range records {
		m.Monitoring.Due++
		if due, ok := monthly[r.Month]; !ok || !r.CreatedAt.After(due) {
			m.Monitoring.OnTime++
		}
	}
	from := time.Date(ev.FiscalYear, 1, 1, 0, 0, 0, 0, loc).UTC()
	rects, err := c.Rectification.Query().Where(rectification.DepartmentID(ev.DepartmentID),
		rectification.DeadlineGTE(from), rectification.DeadlineLT(from.AddDate(1, 0, 0))).
		Select(rectification.FieldDeadline, rectification.FieldStatus, rectification.FieldCompletedAt).All(ctx)
	if err != nil {
		return nil, err
	}
	now := w.now()
	for _, r := range rects {
		done := r.Status == rectification.StatusDone && r.CompletedAt != nil
		if !done && !r.Deadline.Before(now) {
			continue // not due yet
		}
		m.Rectifications.Due++
		if done && !r.CompletedAt.After(r.Deadline) {
			m.Rectifications.OnTime++
		}
	}
	return &m, nil
}

func (w Evaluations) now() time.Time {
	if w.Now == nil {
		return time.Now()
	}
	return w.Now()
}

// indicatorFacts reads the indicators of the department's project targets
// in force for the year (one statement): how many have an actual value and
// how many of those are met (履职效能), and the satisfaction rates of its
// 满意度 indicators measured in percent (its surveys).
func indicatorFacts(ctx context.Context, c *ent.Client, ev *ent.Evaluation) (rules.Delivery, []decimal.Decimal, error) {
	var d rules.Delivery
	rows, err := c.Indicator.Query().Where(indicator.HasTargetWith(target.DepartmentID(ev.DepartmentID),
		target.FiscalYear(ev.FiscalYear), target.ProjectIDNotNil(), target.StatusEQ(target.StatusApproved))).
		Select(indicator.FieldCategory, indicator.FieldComparator, indicator.FieldTargetValue, indicator.FieldActualValue,
			indicator.FieldActualLevel, indicator.FieldUnit).Order(ent.Asc(indicator.FieldID)).All(ctx) // in order: the surveys are listed
	if err != nil {
		return d, nil, err
	}
	var surveys []decimal.Decimal
	hundred := decimal.NewFromInt(100)
	for _, r := range rows {
		ind := rules.Indicator{Comparator: r.Comparator, Target: r.TargetValue, Actual: r.ActualValue}
		if r.ActualLevel != nil {
			ind.Level = *r.ActualLevel
		}
		met, ok := rules.IndicatorMet(ind)
		if ok {
			d.Total++
			if met {
				d.Met++
			}
		}
		if r.Category == enums.IndicatorCategorySatisfaction && r.ActualValue != nil && strings.TrimSpace(r.Unit) == "%" &&
			r.ActualValue.Sign() >= 0 && r.ActualValue.LessThanOrEqual(hundred) {
			surveys = append(surveys, r.ActualValue.Div(hundred))
		}
	}
	return d, surveys, nil
}
