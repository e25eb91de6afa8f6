package workflow_test

import (
	"context"
	"strconv"
	"testing"

	"jixiao/ent"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
	"jixiao/internal/testdb"
	"jixiao/internal/workflow"
)

// The calendar holds the rule set's dated steps and the days the seeded
// rectifications fall due (two a day per seeded department count), in two
// statements however many departments there are.
func TestWorkCalendar(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := counted(t, url)
		seedDepartments(t, db.Client, 3, 0)
		admin := auth.NewContext(context.Background(), &auth.Viewer{UserID: 1, Username: "admin", Role: enums.RoleFinanceAdmin})
		sets := workflow.RuleSets{Client: db.Client}

		counter.Reset()
		got, err := sets.WorkCalendar(admin, "", 2025)
		if err != nil {
			t.Fatal(err)
		}
		if n := counter.Count(); n > 2 {
			t.Errorf("%d statements, want at most 2", n)
		}
		kinds := map[string]int{}
		for i, e := range got {
			kinds[e.Kind]++
			if i > 0 && e.Deadline.Before(got[i-1].Deadline) {
				t.Fatalf("entry %d (%s) is before the one above it", i, e.Kind)
			}
		}
		if kinds[rules.CalendarMonitoring] != 12 || kinds[rules.CalendarSelfEvaluation] != 1 || kinds[rules.CalendarSecondDown] != 1 {
			t.Errorf("kinds %v", kinds)
		}
		// seedDepartments gives each department a rectification due 15 June and one due 15 September 2025.
		var due []string
		for _, e := range got {
			if e.Kind == rules.CalendarRectification {
				due = append(due, e.Deadline.In(beijing.Location).Format("01-02 15:04:05")+"×"+strconv.Itoa(*e.Count))
			}
		}
		if len(due) != 2 || due[0] != "06-15 23:59:59×3" || due[1] != "09-15 23:59:59×3" {
			t.Errorf("rectification days %v, want 06-15 and 09-15 with 3 each", due)
		}
		if got[0].RuleSetName == "" {
			t.Error("entries do not name their rule set")
		}
	})
}

// CursorAt finds the row at a position under the list's own filter and
// order in one statement: paging on from it gives exactly what walking the
// pages gives.
func TestCursorAtMatchesWalkingThePages(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := counted(t, url)
		seedDepartments(t, db.Client, 7, 0)
		admin := auth.NewContext(context.Background(), &auth.Viewer{UserID: 1, Username: "admin", Role: enums.RoleFinanceAdmin})
		order := &ent.TargetOrder{Direction: "DESC", Field: ent.TargetOrderFieldFiscalYear}
		var where *ent.TargetWhereInput // no filter: nil, as the resolver receives it
		opts := func() []ent.TargetPaginateOption {
			return []ent.TargetPaginateOption{ent.WithTargetOrder(order), ent.WithTargetFilter(where.Filter)}
		}
		all, err := db.Client.Target.Query().Paginate(admin, nil, ptr(100), nil, nil, opts()...)
		if err != nil {
			t.Fatal(err)
		}
		if len(all.Edges) != 14 {
			t.Fatalf("%d targets, want 14", len(all.Edges))
		}
		for _, position := range []int{1, 5, 13} {
			counter.Reset()
			cursor, err := db.Client.Target.Query().CursorAt(admin, position, opts()...)
			if err != nil {
				t.Fatal(err)
			}
			if n := counter.Count(); n != 1 {
				t.Errorf("position %d: %d statements, want 1", position, n)
			}
			page, err := db.Client.Target.Query().Paginate(admin, cursor, ptr(3), nil, nil, opts()...)
			if err != nil {
				t.Fatal(err)
			}
			for i, e := range page.Edges {
				if want := all.Edges[position+i].Node.ID; e.Node.ID != want {
					t.Errorf("position %d, row %d: target %d, want %d", position, i, e.Node.ID, want)
				}
			}
		}
		if cursor, err := db.Client.Target.Query().CursorAt(admin, 14, opts()...); err != nil || cursor == nil {
			t.Errorf("the last row has no cursor: %v", err)
		}
		if cursor, err := db.Client.Target.Query().CursorAt(admin, 15, opts()...); err != nil || cursor != nil {
			t.Errorf("past the end: %v, %v; want nil", cursor, err)
		}
	})
}
