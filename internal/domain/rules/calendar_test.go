package rules

import (
	"testing"
	"time"
)

func TestCalendarOf(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	got := CalendarOf(DefaultCalendar(), 12, 2025, loc)
	if len(got) != 7+12 {
		t.Fatalf("%d steps, want 7 national steps and 12 monthly monitorings", len(got))
	}
	at := func(kind string, month int) Dated {
		for _, d := range got {
			if d.Kind == kind && d.Month == month {
				return d
			}
		}
		t.Fatalf("no %s %d", kind, month)
		return Dated{}
	}
	for _, c := range []struct {
		kind     string
		month    int
		deadline string
		start    string
	}{
		{CalendarFirstUp, 0, "2024-10-31 23:59:59", "2024-09-01"},
		{CalendarSecondDown, 0, "2025-02-28 23:59:59", "2025-01-01"},
		{CalendarMonitoringMid, 0, "2025-08-31 23:59:59", "2025-08-01"},
		{CalendarSelfEvaluation, 0, "2026-04-30 23:59:59", "2026-01-01"},
		{CalendarKeyEvaluation, 0, "2026-06-30 23:59:59", "2026-03-01"},
		{CalendarMonitoring, 6, "2025-07-31 23:59:59", "2025-07-01"}, // June's record, due by the end of July (as the workbench counts it)
		{CalendarMonitoring, 12, "2026-01-31 23:59:59", "2026-01-01"},
	} {
		d := at(c.kind, c.month)
		if s := d.Deadline.In(loc).Format("2006-01-02 15:04:05"); s != c.deadline {
			t.Errorf("%s %d: deadline %s, want %s", c.kind, c.month, s, c.deadline)
		}
		if d.Start == nil || d.Start.Format("2006-01-02") != c.start {
			t.Errorf("%s %d: start %v, want %s", c.kind, c.month, d.Start, c.start)
		}
	}
	for i := 1; i < len(got); i++ {
		if got[i].Deadline.Before(got[i-1].Deadline) {
			t.Fatalf("not sorted at %d: %v before %v", i, got[i].Deadline, got[i-1].Deadline)
		}
	}
	if n := len(CalendarOf(nil, 4, 2025, loc)); n != 4 {
		t.Errorf("a rule set without steps and 4 periods gives %d entries, want 4", n)
	}
}

func TestCalendarValidation(t *testing.T) {
	ok := CalendarStep{Kind: CalendarSelfEvaluation, YearOffset: 1, FromMonth: 1, FromDay: 1, Month: 4, Day: 30}
	for _, c := range []struct {
		name  string
		step  CalendarStep
		field string
	}{
		{"valid", ok, ""},
		{"unknown kind", CalendarStep{Kind: "HOLIDAY", Month: 1, Day: 1}, "params.calendar[0].kind"},
		{"monthly monitoring is derived, not set", CalendarStep{Kind: CalendarMonitoring, Month: 1, Day: 1}, "params.calendar[0].kind"},
		{"two years later", CalendarStep{Kind: CalendarSelfEvaluation, YearOffset: 2, Month: 4, Day: 30}, "params.calendar[0].yearOffset"},
		{"30 February", CalendarStep{Kind: CalendarSelfEvaluation, Month: 2, Day: 30}, "params.calendar[0].month"},
		{"29 February does not exist every year", CalendarStep{Kind: CalendarSelfEvaluation, Month: 2, Day: 29}, "params.calendar[0].month"},
		{"month 13", CalendarStep{Kind: CalendarSelfEvaluation, Month: 13, Day: 1}, "params.calendar[0].month"},
		{"opens after its deadline", CalendarStep{Kind: CalendarSelfEvaluation, FromMonth: 5, FromDay: 1, Month: 4, Day: 30}, "params.calendar[0].fromMonth"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := NationalDefaults()
			p.Calendar = []CalendarStep{c.step}
			err := p.Validate()
			if c.field == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			ie, isInput := err.(*InputError)
			if !isInput || ie.Field != c.field {
				t.Fatalf("got %v, want an input error naming %s", err, c.field)
			}
		})
	}
	if err := NationalDefaults().Validate(); err != nil {
		t.Fatalf("the national defaults are refused: %v", err)
	}
}
