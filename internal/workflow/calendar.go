package workflow

import (
	"context"
	"sort"
	"time"

	"jixiao/ent"
	"jixiao/ent/rectification"
	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/rules"
)

// CalendarEntry is one dated step of the work calendar (工作日历): a
// deadline of the rule set in force, or the day rectifications the viewer
// may see fall due (Count of them).
type CalendarEntry struct {
	Kind        string
	Start       *time.Time
	Deadline    time.Time
	Month       *int
	Count       *int
	RuleSetName string
}

// WorkCalendar is a fiscal year's calendar for a region: the steps of the
// rule set in force (finance sets them per region and year), the monthly
// monitoring deadlines, and the viewer's open rectifications grouped by the
// Beijing day they are due, from the year's start to the end of the next
// year (when its evaluations are done). Two statements whatever the data.
func (w RuleSets) WorkCalendar(ctx context.Context, region string, fiscalYear int) ([]*CalendarEntry, error) {
	params, _, err := w.For(ctx, region, fiscalYear)
	if err != nil {
		return nil, err
	}
	var out []*CalendarEntry
	for _, d := range rules.CalendarOf(params.Calendar, int(params.MonthsPerYear), fiscalYear, beijing.Location) {
		e := &CalendarEntry{Kind: d.Kind, Start: d.Start, Deadline: d.Deadline.UTC(), RuleSetName: params.RuleSetName}
		if e.Start != nil {
			start := e.Start.UTC()
			e.Start = &start
		}
		if d.Month > 0 {
			month := d.Month
			e.Month = &month
		}
		out = append(out, e)
	}
	from := time.Date(fiscalYear, 1, 1, 0, 0, 0, 0, beijing.Location)
	to := time.Date(fiscalYear+2, 1, 1, 0, 0, 0, 0, beijing.Location)
	var due []struct {
		Deadline time.Time `json:"deadline"`
	}
	err = client(ctx, w.Client).Rectification.Query().
		Where(rectification.StatusNEQ(rectification.StatusDone), rectification.DeadlineGTE(from.UTC()), rectification.DeadlineLT(to.UTC())).
		Order(ent.Asc(rectification.FieldDeadline)).
		Select(rectification.FieldDeadline).Scan(ctx, &due)
	if err != nil {
		return nil, err
	}
	// One entry per Beijing day; the deadlines come sorted, so equal days are adjacent.
	var last *CalendarEntry
	for _, r := range due {
		y, m, d := r.Deadline.In(beijing.Location).Date()
		end := time.Date(y, m, d+1, 0, 0, 0, 0, beijing.Location).Add(-time.Second).UTC()
		if last != nil && last.Deadline.Equal(end) {
			*last.Count++
			continue
		}
		one := 1
		last = &CalendarEntry{Kind: rules.CalendarRectification, Deadline: end, Count: &one, RuleSetName: params.RuleSetName}
		out = append(out, last)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Deadline.Before(out[j].Deadline) })
	return out, nil
}
