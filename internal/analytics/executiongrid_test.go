package analytics_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/internal/analytics"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

func TestExecutionAndScoreCells(t *testing.T) {
	for _, c := range []struct {
		paid, adjusted int64
		want           int
	}{
		{0, 0, 0}, {100, 0, 0}, {-5, 100, 0}, {0, 100, 0},
		{4, 100, 0}, {5, 100, 1}, {49, 100, 9}, {50, 1000, 1}, {99, 100, 19}, {100, 100, 20}, {250, 100, 50},
		{1_000_000_000_000_00, 1_000_000_000_000_00, 20}, // 10^15 yuan in fen: no overflow
	} {
		if got := analytics.ExecutionCell(c.paid, c.adjusted); got != c.want {
			t.Errorf("executionCell(%d, %d) = %d, want %d", c.paid, c.adjusted, got, c.want)
		}
	}
	for _, c := range []struct {
		sum, scored int64 // sum in 1/10000 points
		want        int
		ok          bool
	}{
		{0, 0, 0, false},
		{0, 1, 0, true},
		{49_999, 1, 1, true},             // 4.9999 shows 5.00: the cell of 5
		{50_000 - 51, 1, 0, true},        // 4.9949 shows 4.99
		{849_950, 1, 17, true},           // 84.995 shows 85.00
		{849_949, 1, 16, true},           // 84.9949 shows 84.99
		{1_000_000, 1, 19, true},         // 100 joins the last cell
		{1_900_000, 2, 19, true},         // 95
		{1_899_998, 2, 19, true},         // 94.9999 shows 95.00
		{2 * 899_900, 2, 17, true},       // 89.99
		{3 * 900_000, 3, 18, true},       // 90
		{600_000 + 600_001, 2, 12, true}, // 60.00005 shows 60.00
	} {
		got, ok := analytics.ScoreCell(c.sum, c.scored)
		want := c.want
		if got != want || ok != c.ok {
			t.Errorf("scoreCell(%d, %d) = %d, %v, want %d, %v", c.sum, c.scored, got, ok, want, c.ok)
		}
	}
}

// TestCellsAreTheSameInSQL: the cells computed by both databases' SQL are
// the Go functions' for the same integers.
func TestCellsAreTheSameInSQL(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, _ := open(t, url)
		q := fmt.Sprintf("SELECT %s, %s", analytics.ExecutionCellSQL("CAST($1 AS BIGINT)", "CAST($2 AS BIGINT)"),
			analytics.ScoreCellSQL("CAST($3 AS BIGINT)", "CAST($4 AS BIGINT)"))
		values := []int64{-7, 0, 1, 3, 4, 5, 19, 20, 21, 99, 100, 101, 4_999, 49_999, 50_000, 849_949, 849_950, 999_999, 1_000_000, 1_200_000, 1_000_000_000_000_00}
		for _, paid := range values {
			for _, adjusted := range values {
				for _, scored := range []int64{1, 2, 3, 7} {
					sum := paid * scored / 3 // sums around every score cell
					rows, err := db.Client.QueryContext(context.Background(), q, paid, adjusted, sum, scored)
					if err != nil {
						t.Fatal(err)
					}
					var e, s int64
					rows.Next()
					if err := rows.Scan(&e, &s); err != nil {
						t.Fatal(err)
					}
					rows.Close()
					wantS, _ := analytics.ScoreCell(sum, scored)
					if int(e) != analytics.ExecutionCell(paid, adjusted) || int(s) != wantS {
						t.Fatalf("paid %d adjusted %d sum %d scored %d: SQL %d, %d; Go %d, %d", paid, adjusted, sum, scored, e, s, analytics.ExecutionCell(paid, adjusted), wantS)
					}
				}
			}
		}
	})
}

// checkExecutionGrid: the kept cells (verify runs it after every write) give
// the answer of counting every department, and both that of placing each
// department's figures in its cell by hand.
func checkExecutionGrid(t *testing.T, ctx context.Context, c *ent.Client, year int, step string, own map[int]*analytics.DepartmentStats) {
	t.Helper()
	kept := gridText(t, ctx, c, analytics.ExecutionScoreGridArgs{FiscalYear: year})
	counted := analytics.ExecutionScoreGridArgs{FiscalYear: year}
	analytics.CountingEveryDepartment(&counted)
	if got := gridText(t, ctx, c, counted); got != kept {
		t.Errorf("%s, %d: chart cells kept\n%s\ncounted\n%s", step, year, kept, got)
	}
	if want := referenceGrid(own, nil); kept != want {
		t.Errorf("%s, %d: chart cells kept\n%s\nplaced by hand\n%s", step, year, kept, want)
	}
}

func gridText(t *testing.T, ctx context.Context, c *ent.Client, args analytics.ExecutionScoreGridArgs) string {
	t.Helper()
	g, err := analytics.GetExecutionScoreGrid(ctx, c, args)
	if err != nil {
		t.Fatal(err)
	}
	s := fmt.Sprintf("%d departments, step %g × %d:", g.DepartmentCount, g.ExecutionRateStep, g.ScoreStep)
	for _, cell := range g.Cells {
		s += fmt.Sprintf(" [%g,%g)×[%d,%d)=%d", cell.ExecutionRateFrom, cell.ExecutionRateTo, cell.ScoreFrom, cell.ScoreTo, cell.DepartmentCount)
	}
	return s
}

// referenceGrid places each department's figures (those keep returns true
// for; nil: all) in its cell from the rounded average score shown.
func referenceGrid(stats map[int]*analytics.DepartmentStats, keep func(*analytics.DepartmentStats) bool) string {
	type cell struct{ e, s int }
	counts := map[cell]int{}
	n := 0
	for _, d := range stats {
		f := d.Figures
		if f.ScoredEvaluationCount == 0 || keep != nil && !keep(d) {
			continue
		}
		s := int(f.AverageScore.Div(decimal.NewFromInt(5)).Floor().IntPart())
		counts[cell{analytics.ExecutionCell(int64(f.Paid), int64(f.Budget)), min(max(s, 0), 19)}]++
		n++
	}
	cells := make([]cell, 0, len(counts))
	for k := range counts {
		cells = append(cells, k)
	}
	sort.Slice(cells, func(i, j int) bool {
		if cells[i].e != cells[j].e {
			return cells[i].e < cells[j].e
		}
		return cells[i].s < cells[j].s
	})
	out := fmt.Sprintf("%d departments, step 0.05 × 5:", n)
	for _, k := range cells {
		out += fmt.Sprintf(" [%g,%g)×[%d,%d)=%d", float64(k.e)/20, float64(k.e+1)/20, k.s*5, k.s*5+5, counts[k])
	}
	return out
}

// TestExecutionGridFiltersAndScope: a region, a sector, subunits and a
// department's viewer count their departments (as departmentStats lists
// them); the whole scope reads the kept cells in one statement.
func TestExecutionGridFiltersAndScope(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		c := db.Client
		w := seed(t, c)
		ctx := asAdmin()
		yes := true
		region, sector := "县一", enums.SectorEducation
		for _, where := range []*analytics.DepartmentStatsWhereInput{
			{Region: &region}, {Sector: &sector}, {IncludeSubunits: &yes}, {HasParent: new(bool)},
		} {
			stats := statsByDepartment(t, ctx, c, 2025, where)
			if got, want := gridText(t, ctx, c, analytics.ExecutionScoreGridArgs{FiscalYear: 2025, Where: where}), referenceGrid(stats, nil); got != want {
				t.Errorf("where %+v: got\n%s\nwant\n%s", *where, got, want)
			}
		}
		user := auth.NewContext(context.Background(), &auth.Viewer{UserID: 9, Role: enums.RoleDepartmentUser, DepartmentID: w.A.ID, Departments: []int{w.A.ID, w.A1.ID}})
		all := statsByDepartment(t, ctx, c, 2025, nil)
		mine := func(d *analytics.DepartmentStats) bool { return d.DepartmentID == w.A.ID || d.DepartmentID == w.A1.ID }
		if got, want := gridText(t, user, c, analytics.ExecutionScoreGridArgs{FiscalYear: 2025}), referenceGrid(all, mine); got != want {
			t.Errorf("a department's viewer: got\n%s\nwant\n%s", got, want)
		}
		if want := referenceGrid(all, nil); want == referenceGrid(all, mine) {
			t.Fatalf("the seed has no scored department outside A's subtree: the scope is not tested (%s)", want)
		}
		counter.Reset()
		gridText(t, ctx, c, analytics.ExecutionScoreGridArgs{FiscalYear: 2025})
		if n := counter.Count(); n != 1 {
			t.Errorf("the whole scope's chart cost %d statements, want 1", n)
		}
	})
}

// TestComparisonPagesOverTheAPI: the comparison's table opens page n through
// departmentStatsCursorAt (the rows of the whole ranking from n·size on, in
// any ordering, no statement for the cursor; a position out of range is a
// typed error naming it), and its chart is executionScoreGrid's cells.
func TestComparisonPagesOverTheAPI(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		w := seed(t, db.Client)
		more(t, db.Client, w, 20)
		leader := newAPI(t, db, counter).as("leader", enums.RoleLeader, nil)
		leader.ok(`{ __typename }`, nil, nil)
		const q = `query($n: Int!, $after: Cursor, $o: DepartmentStatsOrderField!) {
  departmentStats(fiscalYear: 2025, first: $n, after: $after, orderBy: {field: $o, direction: DESC}) { edges { node { rank department { code } } } } }`
		type answer struct {
			DepartmentStats struct {
				Edges []struct {
					Node struct {
						Rank       int
						Department struct{ Code string }
					}
				}
			}
		}
		codes := func(a answer) (out []string) {
			for _, e := range a.DepartmentStats.Edges {
				out = append(out, fmt.Sprintf("%d %s", e.Node.Rank, e.Node.Department.Code))
			}
			return out
		}
		for _, order := range []string{"AVERAGE_SCORE", "EXECUTION_RATE", "EXCELLENT_COUNT", "NAME"} {
			var whole, page answer
			leader.ok(q, map[string]any{"n": 100, "after": nil, "o": order}, &whole)
			all := codes(whole)
			if len(all) != 24 {
				t.Fatalf("%s: %d departments", order, len(all))
			}
			for _, start := range []int{1, 5, 10, 23} {
				var at struct{ DepartmentStatsCursorAt string }
				counter.Reset()
				leader.ok(`query($p: Int!) { departmentStatsCursorAt(position: $p) }`, map[string]any{"p": start}, &at)
				if n := counter.Count(); n != 0 {
					t.Errorf("the cursor cost %d statements", n)
				}
				leader.ok(q, map[string]any{"n": 5, "after": at.DepartmentStatsCursorAt, "o": order}, &page)
				want := all[start:min(start+5, len(all))]
				if got := codes(page); fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("%s, after row %d: %v, want %v", order, start, got, want)
				}
			}
		}
		var whole, found answer
		leader.ok(q, map[string]any{"n": 100, "after": nil, "o": "AVERAGE_SCORE"}, &whole)
		leader.ok(`query { departmentStats(fiscalYear: 2025, first: 100, search: "单位1") { edges { node { rank department { code } } } } }`, nil, &found)
		var want []string
		for _, r := range codes(whole) {
			if strings.Contains(r, " X1") || strings.HasSuffix(r, " X01") { // 单位1, 单位10 … 单位19
				want = append(want, r)
			}
		}
		if got := codes(found); len(want) < 2 || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("search over the API: %v, want the whole ranking's rows %v", got, want)
		}
		for _, p := range []int{0, 100_001} {
			r := leader.do(`query($p: Int!) { departmentStatsCursorAt(position: $p) }`, map[string]any{"p": p})
			if len(r.Errors) != 1 || r.Errors[0].Extensions["field"] != "position" {
				t.Errorf("position %d: %+v, want one error naming position", p, r.Errors)
			}
		}
		var grid struct {
			ExecutionScoreGrid struct {
				ExecutionRateStep float64
				ScoreStep         int
				DepartmentCount   int
				Cells             []struct {
					ExecutionRateFrom, ExecutionRateTo  float64
					ScoreFrom, ScoreTo, DepartmentCount int
				}
			}
		}
		leader.ok(`{ executionScoreGrid(fiscalYear: 2025) { executionRateStep scoreStep departmentCount cells { executionRateFrom executionRateTo scoreFrom scoreTo departmentCount } } }`, nil, &grid)
		g := grid.ExecutionScoreGrid
		s := fmt.Sprintf("%d departments, step %g × %d:", g.DepartmentCount, g.ExecutionRateStep, g.ScoreStep)
		for _, cell := range g.Cells {
			s += fmt.Sprintf(" [%g,%g)×[%d,%d)=%d", cell.ExecutionRateFrom, cell.ExecutionRateTo, cell.ScoreFrom, cell.ScoreTo, cell.DepartmentCount)
		}
		if want := referenceGrid(statsByDepartment(t, asAdmin(), db.Client, 2025, nil), nil); s != want {
			t.Errorf("executionScoreGrid over the API\n%s\nwant\n%s", s, want)
		}
	})
}
