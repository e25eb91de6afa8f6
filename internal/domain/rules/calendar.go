package rules

import (
	"fmt"
	"time"
)

// CalendarStep is one dated step of a fiscal year's performance work (工作日历):
// a deadline given as month and day of a year counted from the fiscal year
// (YearOffset −1 is the year before, when the budget is prepared), and
// optionally the day the window opens. Rule sets carry the steps so that
// finance sets them per region and year like any other parameter.
type CalendarStep struct {
	Kind       string `json:"kind"`
	YearOffset int    `json:"yearOffset"`
	FromMonth  int    `json:"fromMonth,omitempty"`
	FromDay    int    `json:"fromDay,omitempty"`
	Month      int    `json:"month"`
	Day        int    `json:"day"`
}

// Calendar step kinds; the GraphQL enum CalendarKind has the same names.
const (
	CalendarFirstUp        = "DECLARATION_FIRST_UP"    // 一上：部门报送预算建议和绩效目标
	CalendarFirstDown      = "DECLARATION_FIRST_DOWN"  // 一下：财政下达预算控制数
	CalendarSecondUp       = "DECLARATION_SECOND_UP"   // 二上：部门报送预算草案和绩效目标
	CalendarSecondDown     = "DECLARATION_SECOND_DOWN" // 二下：财政批复预算和绩效目标
	CalendarMonitoringMid  = "MONITORING_MIDYEAR"      // 1–7 月绩效运行监控
	CalendarMonitoring     = "MONITORING_MONTH"        // 每月监控（由 MonthsPerYear 展开，不单列）
	CalendarSelfEvaluation = "SELF_EVALUATION"         // 单位自评
	CalendarKeyEvaluation  = "KEY_EVALUATION"          // 财政重点评价
	CalendarRectification  = "RECTIFICATION"           // 整改期限（来自数据）
)

// DefaultCalendar is the national timetable (财预〔2020〕10号 and the usual
// 二上二下 budget cycle): targets go up with the budget in the autumn before
// the year, come down with its approval, the year is monitored (mid-year by
// the end of August), self-evaluated by the end of April and key-evaluated
// by the end of June of the following year.
func DefaultCalendar() []CalendarStep {
	return []CalendarStep{
		{Kind: CalendarFirstUp, YearOffset: -1, FromMonth: 9, FromDay: 1, Month: 10, Day: 31},
		{Kind: CalendarFirstDown, YearOffset: -1, FromMonth: 11, FromDay: 1, Month: 11, Day: 30},
		{Kind: CalendarSecondUp, YearOffset: -1, FromMonth: 12, FromDay: 1, Month: 12, Day: 31},
		{Kind: CalendarSecondDown, YearOffset: 0, FromMonth: 1, FromDay: 1, Month: 2, Day: 28},
		{Kind: CalendarMonitoringMid, YearOffset: 0, FromMonth: 8, FromDay: 1, Month: 8, Day: 31},
		{Kind: CalendarSelfEvaluation, YearOffset: 1, FromMonth: 1, FromDay: 1, Month: 4, Day: 30},
		{Kind: CalendarKeyEvaluation, YearOffset: 1, FromMonth: 3, FromDay: 1, Month: 6, Day: 30},
	}
}

// Dated is a calendar step of one fiscal year with its dates: Start (nil
// when the step has no opening day) and Deadline, the last second of the
// deadline's day in loc. Month is the monitored month of a monthly step.
type Dated struct {
	Kind     string
	Start    *time.Time
	Deadline time.Time
	Month    int
}

// CalendarOf dates the steps for a fiscal year in loc, adding one monthly
// monitoring deadline per period (the month's record is due by the end of
// the next month, as the workbench counts it), sorted by deadline.
func CalendarOf(steps []CalendarStep, monthsPerYear, fiscalYear int, loc *time.Location) []Dated {
	endOfDay := func(y, m, d int) time.Time {
		return time.Date(y, time.Month(m), d+1, 0, 0, 0, 0, loc).Add(-time.Second)
	}
	var out []Dated
	for _, s := range steps {
		y := fiscalYear + s.YearOffset
		dated := Dated{Kind: s.Kind, Deadline: endOfDay(y, s.Month, s.Day)}
		if s.FromMonth > 0 {
			start := time.Date(y, time.Month(s.FromMonth), s.FromDay, 0, 0, 0, 0, loc)
			dated.Start = &start
		}
		out = append(out, dated)
	}
	for m := 1; m <= monthsPerYear && m <= 12; m++ {
		start := time.Date(fiscalYear, time.Month(m)+1, 1, 0, 0, 0, 0, loc)
		end := time.Date(fiscalYear, time.Month(m)+2, 1, 0, 0, 0, 0, loc).Add(-time.Second)
		out = append(out, Dated{Kind: CalendarMonitoring, Start: &start, Deadline: end, Month: m})
	}
	sortDated(out)
	return out
}

func sortDated(ds []Dated) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Deadline.Before(ds[j-1].Deadline); j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// validateCalendar refuses steps that cannot be dated: an unknown kind, a
// month or day that does not exist (30 February), a window opening after its
// deadline, a year more than one away from the fiscal year.
func validateCalendar(steps []CalendarStep) error {
	known := map[string]bool{CalendarFirstUp: true, CalendarFirstDown: true, CalendarSecondUp: true, CalendarSecondDown: true,
		CalendarMonitoringMid: true, CalendarSelfEvaluation: true, CalendarKeyEvaluation: true}
	valid := func(m, d int) bool {
		// Checked in a common year: a deadline must exist every year, so 29 February is refused.
		t := time.Date(2023, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		return m >= 1 && m <= 12 && d >= 1 && t.Month() == time.Month(m) && t.Day() == d
	}
	for i, s := range steps {
		field := fmt.Sprintf("params.calendar[%d]", i)
		switch {
		case !known[s.Kind]:
			return &InputError{Field: field + ".kind", ZH: "未知的日历事项：" + s.Kind, EN: "unknown calendar step: " + s.Kind}
		case s.YearOffset < -1 || s.YearOffset > 1:
			return &InputError{Field: field + ".yearOffset", ZH: "日历事项须在预算年度前后一年内", EN: "a calendar step must lie within a year of the fiscal year"}
		case !valid(s.Month, s.Day):
			return &InputError{Field: field + ".month", ZH: "截止日期不存在", EN: "the deadline is not a date"}
		case s.FromMonth != 0 && (!valid(s.FromMonth, s.FromDay) || s.FromMonth*100+s.FromDay > s.Month*100+s.Day):
			return &InputError{Field: field + ".fromMonth", ZH: "开始日期须存在且不晚于截止日期", EN: "the opening day must be a date no later than the deadline"}
		}
	}
	return nil
}
