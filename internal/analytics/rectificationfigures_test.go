package analytics_test

import (
	"encoding/json"
	"testing"
	"time"

	"jixiao/internal/analytics"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// TestDepartmentStatsWithoutRectifications: a page that shows no
// rectification figure is computed without adding them up — the other
// figures and the ranks are the same, the rectification figures 0 — and an
// ordering by overdue rectifications still adds them up.
func TestDepartmentStatsWithoutRectifications(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, _ := open(t, url)
		w := seed(t, db.Client)
		ctx := analytics.WithClock(asAdmin(), time.Now())
		for _, order := range []*analytics.DepartmentStatsOrder{nil, {Direction: "DESC", Field: analytics.OrderByOverdueRectifications}} {
			full, err := analytics.ListDepartmentStats(ctx, db.Client, analytics.DepartmentStatsArgs{FiscalYear: 2025, OrderBy: order})
			if err != nil {
				t.Fatal(err)
			}
			lean, err := analytics.ListDepartmentStats(ctx, db.Client, analytics.DepartmentStatsArgs{FiscalYear: 2025, OrderBy: order, WithoutRectifications: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(full.Edges) != 4 || len(lean.Edges) != len(full.Edges) {
				t.Fatalf("%v: %d and %d rows", order, len(full.Edges), len(lean.Edges))
			}
			overdue := 0
			for i, e := range full.Edges {
				f, l := *e.Node, *lean.Edges[i].Node
				overdue += f.OverdueRectifications
				if order == nil {
					f.OpenRectifications, f.OverdueRectifications = 0, 0
					f.PreviousYear.OpenRectifications, f.PreviousYear.OverdueRectifications = 0, 0
				}
				if l.DepartmentID != f.DepartmentID || l.Rank != f.Rank || l.PreviousRank != f.PreviousRank ||
					figuresText(l.Figures) != figuresText(f.Figures) || figuresText(l.PreviousYear) != figuresText(f.PreviousYear) {
					t.Errorf("%v, row %d:\n got %d %s\nwant %d %s", order, i, l.DepartmentID, figuresText(l.Figures), f.DepartmentID, figuresText(f.Figures))
				}
			}
			if order != nil && overdue == 0 {
				t.Error("the fixture has no overdue rectification: the test compares zeros")
			}
		}
		_ = w
	})
}

// TestDepartmentStatsReadsTheRectificationsItShows: over the API, a page
// that asks for a rectification figure — directly, through an alias or a
// fragment, or of the previous year — gets it added up.
func TestDepartmentStatsReadsTheRectificationsItShows(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		w := seed(t, db.Client)
		leader := newAPI(t, db, counter).as("leader", enums.RoleLeader, nil)
		page := func(year string) string {
			return `departmentStats(fiscalYear: ` + year + `, first: 10, orderBy: {field: CODE, direction: ASC})`
		}
		for name, q := range map[string]string{
			"direct":   `{ ` + page("2025") + ` { edges { node { department { code } openRectifications overdueRectifications } } } }`,
			"alias":    `{ ` + page("2025") + ` { edges { node { department { code } } } more: edges { node { o: openRectifications late: overdueRectifications } } } }`,
			"fragment": `{ ` + page("2025") + ` { edges { node { department { code } ...Late } } } } fragment Late on DepartmentStats { openRectifications overdueRectifications }`,
			// 2025's rectifications as the previous year of 2026
			"previous year": `{ ` + page("2026") + ` { edges { node { department { code } previousYear { openRectifications overdueRectifications } } } } }`,
		} {
			var data any
			leader.ok(q, nil, &data)
			if sum := rectificationSum(data); sum == 0 {
				raw, _ := json.Marshal(data)
				t.Errorf("%s: no rectification figure added up: %s", name, raw)
			}
		}
		_ = w
	})
}

// rectificationSum adds up the rectification figures of an answer, whatever
// their alias.
func rectificationSum(v any) float64 {
	sum := 0.0
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if n, ok := x.(float64); ok && (k == "openRectifications" || k == "overdueRectifications" || k == "o" || k == "late") {
				sum += n
			}
			sum += rectificationSum(x)
		}
	case []any:
		for _, x := range v {
			sum += rectificationSum(x)
		}
	}
	return sum
}
