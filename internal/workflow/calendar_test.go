package workflow_test

import (
	"context"
	"errors"
	"fmt"
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

// Finance sets a region's calendar for one year with a rule-set version
// (overrides {"calendar": …}); that region's calendar then follows it while
// other regions and years keep the national dates, and an impossible date is
// refused naming the field.
func TestWorkCalendarPerRegionAndYear(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, _ := counted(t, url)
		admin := auth.NewContext(context.Background(), &auth.Viewer{UserID: 1, Username: "admin", Role: enums.RoleFinanceAdmin})
		sets := workflow.RuleSets{Client: db.Client}
		region, year := "榆阳区", 2025
		_, err := sets.CreateVersion(admin, workflow.VersionInput{Name: "榆阳区 2025 日历", Region: &region, FiscalYear: &year,
			Overrides: `{"calendar": [{"kind": "SELF_EVALUATION", "yearOffset": 1, "fromMonth": 2, "fromDay": 1, "month": 3, "day": 31}]}`})
		if err != nil {
			t.Fatal(err)
		}
		selfDeadline := func(region string, year int) string {
			entries, err := sets.WorkCalendar(admin, region, year)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				if e.Kind == rules.CalendarSelfEvaluation {
					return e.Deadline.In(beijing.Location).Format("2006-01-02")
				}
			}
			return "none"
		}
		for _, c := range []struct {
			region string
			year   int
			want   string
		}{{"榆阳区", 2025, "2026-03-31"}, {"榆阳区", 2026, "2027-04-30"}, {"神木市", 2025, "2026-04-30"}} {
			if got := selfDeadline(c.region, c.year); got != c.want {
				t.Errorf("%s %d: self-evaluation due %s, want %s", c.region, c.year, got, c.want)
			}
		}
		_, err = sets.CreateVersion(admin, workflow.VersionInput{Name: "错误日历", Region: &region,
			Overrides: `{"calendar": [{"kind": "SELF_EVALUATION", "yearOffset": 1, "month": 2, "day": 30}]}`})
		var ie *rules.InputError
		if !errors.As(err, &ie) || ie.Field != "params.calendar[0].month" {
			t.Fatalf("30 February: %v, want an input error naming params.calendar[0].month", err)
		}
	})
}

// The users' list (用户管理) pages by number like the others: the cursor of a
// position under the list's filter and order (username) is one statement, and
// paging on from it gives the rows walking the pages gives.
func TestUsersCursorAtMatchesWalkingThePages(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := counted(t, url)
		admin := auth.ByWorkflow(auth.NewContext(context.Background(), &auth.Viewer{UserID: 1, Username: "admin", Role: enums.RoleFinanceAdmin}))
		for i := 0; i < 9; i++ {
			db.Client.User.Create().SetUsername(fmt.Sprintf("u%02d", (i*7)%9)).SetDisplayName("用户").SetRole(enums.RoleLeader).SaveX(admin)
		}
		order := &ent.UserOrder{Direction: "ASC", Field: ent.UserOrderFieldUsername}
		where := &ent.UserWhereInput{Active: ptr(true)}
		opts := func() []ent.UserPaginateOption {
			return []ent.UserPaginateOption{ent.WithUserOrder(order), ent.WithUserFilter(where.Filter)}
		}
		all, err := db.Client.User.Query().Paginate(admin, nil, ptr(100), nil, nil, opts()...)
		if err != nil {
			t.Fatal(err)
		}
		if len(all.Edges) < 9 {
			t.Fatalf("%d users, want at least 9", len(all.Edges))
		}
		for _, position := range []int{1, 4, 7} {
			counter.Reset()
			cursor, err := db.Client.User.Query().CursorAt(admin, position, opts()...)
			if err != nil {
				t.Fatal(err)
			}
			if n := counter.Count(); n != 1 {
				t.Errorf("position %d: %d statements, want 1", position, n)
			}
			page, err := db.Client.User.Query().Paginate(admin, cursor, ptr(2), nil, nil, opts()...)
			if err != nil {
				t.Fatal(err)
			}
			for i, e := range page.Edges {
				if want := all.Edges[position+i].Node.Username; e.Node.Username != want {
					t.Errorf("position %d, row %d: %s, want %s", position, i, e.Node.Username, want)
				}
			}
		}
		if cursor, err := db.Client.User.Query().CursorAt(admin, len(all.Edges)+1, opts()...); err != nil || cursor != nil {
			t.Errorf("past the end: %v, %v; want nil", cursor, err)
		}
	})
}
