package analytics_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"jixiao/internal/analytics"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// TestDepartmentStatsWithoutPreviousYear: a page that shows no figure of the
// previous year is computed without them — this year's figures, the ranks,
// the previous ranks and the rank change are the same, the previous year's
// figures 0 — whether it reads the stored ranks or ranks every department,
// with or without subunits, in any ordering.
func TestDepartmentStatsWithoutPreviousYear(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, _ := open(t, url)
		w := seed(t, db.Client)
		more(t, db.Client, w, 5)
		ctx := analytics.WithClock(asAdmin(), time.Now())
		yes := true
		previousShown := 0
		for _, c := range []struct {
			name  string
			order *analytics.DepartmentStatsOrder
			where *analytics.DepartmentStatsWhereInput
		}{
			{"default (stored ranks)", nil, nil},
			{"by execution rate", &analytics.DepartmentStatsOrder{Direction: "DESC", Field: analytics.OrderByExecutionRate}, nil},
			{"with subunits", nil, &analytics.DepartmentStatsWhereInput{IncludeSubunits: &yes}},
		} {
			for _, year := range []int{2025, 2026} {
				args := analytics.DepartmentStatsArgs{FiscalYear: year, OrderBy: c.order, Where: c.where}
				full, err := analytics.ListDepartmentStats(ctx, db.Client, args)
				if err != nil {
					t.Fatal(err)
				}
				args.WithoutPreviousYear = true
				lean, err := analytics.ListDepartmentStats(ctx, db.Client, args)
				if err != nil {
					t.Fatal(err)
				}
				if len(full.Edges) < 9 || len(lean.Edges) != len(full.Edges) || lean.TotalCount != full.TotalCount {
					t.Fatalf("%s, %d: %d and %d rows", c.name, year, len(full.Edges), len(lean.Edges))
				}
				for i, e := range full.Edges {
					f, l := e.Node, lean.Edges[i].Node
					if f.PreviousYear.ProjectCount > 0 {
						previousShown++
					}
					if l.DepartmentID != f.DepartmentID || l.Rank != f.Rank || l.PreviousRank != f.PreviousRank ||
						*l.Change.Rank != *f.Change.Rank || figuresText(l.Figures) != figuresText(f.Figures) {
						t.Errorf("%s, %d, row %d:\n got %d rank %d/%d %s\nwant %d rank %d/%d %s", c.name, year, i,
							l.DepartmentID, l.Rank, l.PreviousRank, figuresText(l.Figures), f.DepartmentID, f.Rank, f.PreviousRank, figuresText(f.Figures))
					}
					if l.PreviousYear.ProjectCount != 0 || l.PreviousYear.Budget != 0 || l.PreviousYear.ScoredEvaluationCount != 0 {
						t.Errorf("%s, %d, row %d: the previous year was read: %s", c.name, year, i, figuresText(l.PreviousYear))
					}
				}
			}
		}
		if previousShown == 0 {
			t.Fatal("the fixture has no previous-year figure: the test compares zeros")
		}
	})
}

// TestDepartmentStatsReadsThePreviousYearItShows: over the API, a page that
// asks for a previous-year figure or a change computed from one — directly,
// through an alias or a fragment — gets them; one that asks for the rank
// change alone gets the ranks.
func TestDepartmentStatsReadsThePreviousYearItShows(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		seed(t, db.Client)
		leader := newAPI(t, db, counter).as("leader", enums.RoleLeader, nil)
		const page = `departmentStats(fiscalYear: 2026, first: 10, orderBy: {field: CODE, direction: ASC})`
		for name, q := range map[string]string{
			"previous year": `{ ` + page + ` { edges { node { department { code } previousYear { budget } } } } }`,
			"alias":         `{ ` + page + ` { edges { node { department { code } } } more: edges { node { last: previousYear { b: budget } } } } }`,
			"fragment":      `{ ` + page + ` { edges { node { department { code } ...Last } } } } fragment Last on DepartmentStats { previousYear { budget } }`,
		} {
			var data any
			leader.ok(q, nil, &data)
			raw, _ := json.Marshal(data)
			if !previousBudgetShown(data) {
				t.Errorf("%s: no previous-year figure read: %s", name, raw)
			}
		}
		// A change asked for alone is this year's figure less last year's.
		type changes struct {
			DepartmentStats struct {
				Edges []struct {
					Node struct {
						Change struct{ Budget string }
					}
				}
			}
		}
		var alone, beside changes
		leader.ok(`{ `+page+` { edges { node { change { budget } } } } }`, nil, &alone)
		leader.ok(`{ `+page+` { edges { node { previousYear { budget } change { budget } } } } }`, nil, &beside)
		if a, b := fmt.Sprint(alone), fmt.Sprint(beside); a != b || !strings.Contains(b, "-") {
			t.Errorf("budget changes asked for alone %s, beside the previous year %s (want equal, some negative)", a, b)
		}
		var ranks struct {
			DepartmentStats struct {
				Edges []struct {
					Node struct {
						PreviousRank int
						Change       struct{ Rank int }
					}
				}
			}
		}
		leader.ok(`{ departmentStats(fiscalYear: 2026) { edges { node { previousRank change { rank } } } } }`, nil, &ranks)
		moved := false
		for _, e := range ranks.DepartmentStats.Edges {
			if e.Node.PreviousRank < 1 {
				t.Errorf("previous rank %d", e.Node.PreviousRank)
			}
			moved = moved || e.Node.Change.Rank != 0
		}
		if len(ranks.DepartmentStats.Edges) == 0 || !moved {
			t.Errorf("no rank change shown: %+v", ranks)
		}
	})
}

// previousBudgetShown: the answer holds a previous year's budget or a budget
// change other than zero, whatever its alias.
func previousBudgetShown(v any) bool {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if s, ok := x.(string); ok && (k == "budget" || k == "b") && s != "0.00" {
				return true
			}
			if previousBudgetShown(x) {
				return true
			}
		}
	case []any:
		for _, x := range v {
			if previousBudgetShown(x) {
				return true
			}
		}
	}
	return false
}
