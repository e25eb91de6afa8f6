package analytics_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"jixiao/ent"
	"jixiao/ent/department"
	"jixiao/ent/evaluation"
	"jixiao/internal/analytics"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// checkStoredRanks: the comparison's default ordering read from the stored
// ranks gives, page by page, the very answer of ranking every department —
// ranks, previous ranks, order, counts and figures (verify runs it after
// every write, so the ranks are proved maintained, not only built).
func checkStoredRanks(t *testing.T, ctx context.Context, c *ent.Client, year int, step string) {
	t.Helper()
	list := func(first, after int, all bool) string {
		args := analytics.DepartmentStatsArgs{FiscalYear: year, First: &first}
		if after >= 0 {
			args.After = &ent.Cursor{ID: after}
		}
		if all {
			analytics.RankingEveryDepartment(&args)
		}
		conn, err := analytics.ListDepartmentStats(ctx, c, args)
		if err != nil {
			t.Fatal(err)
		}
		s := fmt.Sprintf("total %d, next %v:", conn.TotalCount, conn.PageInfo.HasNextPage)
		for _, e := range conn.Edges {
			n := e.Node
			figures := must(json.Marshal([]any{n.Figures, n.PreviousYear}))
			s += fmt.Sprintf("\n%d@%d rank %d prev %d change %d %s", n.DepartmentID, e.Cursor.ID, n.Rank, n.PreviousRank, *n.Change.Rank, figures)
		}
		return s
	}
	whole := list(1000, -1, true)
	if got := list(1000, -1, false); got != whole {
		t.Errorf("%s, %d: whole ranking from the stored ranks\n%s\nranking every department\n%s", step, year, got, whole)
	}
	for after := -1; after < 12; after += 2 { // pages of 3 across the scored and the unscored
		if got, want := list(3, after, false), list(3, after, true); got != want {
			t.Errorf("%s, %d: page of 3 after %d from the stored ranks\n%s\nranking every department\n%s", step, year, after, got, want)
		}
	}
}

// TestStoredRanksServeOnlyTheDefaultRanking: any filter, another ordering,
// the subunits or a viewer who sees part of the departments rank every
// department (the stored ranks hold the default ranking of all of them).
func TestStoredRanksServeOnlyTheDefaultRanking(t *testing.T) {
	yes, no, region := true, false, "县一"
	byScore := analytics.DepartmentStatsOrder{Field: analytics.OrderByAverageScore, Direction: "DESC"}
	for _, c := range []struct {
		name  string
		all   bool
		where analytics.DepartmentStatsWhereInput
		order analytics.DepartmentStatsOrder
		want  bool
	}{
		{"default", true, analytics.DepartmentStatsWhereInput{}, byScore, true},
		{"own figures said", true, analytics.DepartmentStatsWhereInput{IncludeSubunits: &no}, byScore, true},
		{"part of the departments", false, analytics.DepartmentStatsWhereInput{}, byScore, false},
		{"subunits", true, analytics.DepartmentStatsWhereInput{IncludeSubunits: &yes}, byScore, false},
		{"region", true, analytics.DepartmentStatsWhereInput{Region: &region}, byScore, false},
		{"top level", true, analytics.DepartmentStatsWhereInput{HasParent: &no}, byScore, false},
		{"evaluation kinds", true, analytics.DepartmentStatsWhereInput{EvaluationKindIn: []evaluation.Kind{evaluation.KindSelf}}, byScore, false},
		{"ascending", true, analytics.DepartmentStatsWhereInput{}, analytics.DepartmentStatsOrder{Field: analytics.OrderByAverageScore, Direction: "ASC"}, false},
		{"by execution", true, analytics.DepartmentStatsWhereInput{}, analytics.DepartmentStatsOrder{Field: analytics.OrderByExecutionRate, Direction: "DESC"}, false},
	} {
		if got := analytics.ReadsStoredRanks(c.all, &c.where, c.order); got != c.want {
			t.Errorf("%s: reads the stored ranks %v, want %v", c.name, got, c.want)
		}
	}
}

// TestStoredRanksFollowScores: ties, departments without a score, a score
// that overtakes, one that goes, and a department deleted — the stored
// ranks answer like ranking every department, and a rebuild writes the very
// rows maintained. Taking them out of the maintenance fails it.
func TestStoredRanksFollowScores(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, _ := open(t, url)
		c := db.Client
		w := seed(t, c)
		more(t, c, w, 9) // departments X00…X08, scored 60.5…68.5
		ctx := asAdmin()
		check := func(step string) {
			t.Helper()
			for _, y := range []int{2024, 2025, 2026} {
				checkStoredRanks(t, ctx, c, y, step)
			}
			if t.Failed() {
				t.FailNow()
			}
		}
		check("seed")
		evals := must(c.Evaluation.Query().Where(evaluation.FiscalYear(2025), evaluation.StatusEQ(evaluation.StatusSubmitted),
			evaluation.KindEQ(evaluation.KindSelf)).Order(ent.Asc(evaluation.FieldID)).All(ctx))
		if len(evals) < 9 {
			t.Fatalf("%d scored evaluations, want the 9 added at least", len(evals))
		}
		last := evals[len(evals)-1]
		// A tie with another department, then first place, in one transaction.
		tx := must(c.Tx(ctx))
		must(tx.Evaluation.UpdateOne(evals[len(evals)-2]).SetTotalScore(dec("61.5")).Save(ctx))
		must(tx.Evaluation.UpdateOne(last).SetTotalScore(dec("99.5")).Save(ctx))
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		check("a tie and a new first, one transaction")
		// Reviewing a submitted evaluation moves no score: the year is not
		// re-ranked (its rank lock row is not bumped); rescoring it is.
		reranks := rankVersion(t, c, 2025)
		must(c.Evaluation.UpdateOne(evals[0]).SetStatus(evaluation.StatusReviewed).Save(ctx))
		if v := rankVersion(t, c, 2025); v != reranks {
			t.Fatalf("a review re-ranked the year (%d → %d)", reranks, v)
		}
		must(c.Evaluation.UpdateOne(evals[0]).SetTotalScore(dec("70.5")).Save(ctx))
		if v := rankVersion(t, c, 2025); v != reranks+1 {
			t.Fatalf("a new score re-ranked the year %d times, want once", v-reranks)
		}
		check("reviewed, then rescored")
		// A transaction rolled back leaves the ranks as they were.
		tx = must(c.Tx(ctx))
		must(tx.Evaluation.UpdateOne(last).SetTotalScore(dec("1")).Save(ctx))
		if err := tx.Rollback(); err != nil {
			t.Fatal(err)
		}
		check("rolled back")
		// The score goes (the evaluation is deleted), then its department.
		must(0, c.Evaluation.DeleteOne(last).Exec(ctx))
		check("a score gone")
		dep := must(c.Department.Create().SetCode("Y0").SetName("新单位").SetRegion("县一").SetSector(enums.SectorHealth).Save(ctx))
		check("an unscored department comes")
		must(0, c.Department.DeleteOne(dep).Exec(ctx))
		check("and goes")

		maintained := dumpRanks(t, c)
		if err := analytics.Rebuild(ctx, c); err != nil {
			t.Fatal(err)
		}
		if rebuilt := dumpRanks(t, c); rebuilt != maintained {
			t.Fatalf("rebuilt ranks differ from the maintained ones\nmaintained:\n%s\nrebuilt:\n%s", maintained, rebuilt)
		}
	})
}

func dumpRanks(t *testing.T, c *ent.Client) string {
	t.Helper()
	rows, err := c.QueryContext(context.Background(), "SELECT fiscal_year, department_id, score_rank FROM department_score_ranks ORDER BY 1, 2")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	s := ""
	for rows.Next() {
		var y, d, r int
		if err := rows.Scan(&y, &d, &r); err != nil {
			t.Fatal(err)
		}
		s += fmt.Sprintf("%d %d %d\n", y, d, r)
	}
	return s
}

// TestAPIRankingReadsStoredRanks: the leader's default comparison is
// answered from the stored ranks — turning them upside down by hand turns
// the API's first place — in the statements of any page (the page and its
// departments), whatever its size.
func TestAPIRankingReadsStoredRanks(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		w := seed(t, db.Client)
		more(t, db.Client, w, 20)
		leader := newAPI(t, db, counter).as("leader", enums.RoleLeader, nil)
		leader.ok(`{ __typename }`, nil, nil) // the viewer is kept from here on
		const q = `query($n: Int!) { departmentStats(fiscalYear: 2025, first: $n) {
  totalCount edges { node { rank department { code } } } } }`
		type answer struct {
			DepartmentStats struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Rank       int
						Department struct{ Code string }
					}
				}
			}
		}
		counts := map[int]int64{}
		var page answer
		for _, n := range []int{2, 10000} {
			counter.Reset()
			leader.ok(q, map[string]any{"n": n}, &page)
			counts[n] = counter.Count()
		}
		if counts[2] != counts[10000] || counts[2] > 2 {
			t.Fatalf("statements %v: any page of the stored ranking costs the page and its departments (≤ 2)", counts)
		}
		s := page.DepartmentStats
		if s.TotalCount != 24 || len(s.Edges) != 24 || s.Edges[0].Node.Rank != 1 {
			t.Fatalf("whole ranking: %+v", s)
		}
		first := s.Edges[0].Node.Department.Code
		if _, err := db.Client.ExecContext(context.Background(),
			"UPDATE department_score_ranks SET score_rank = 1000 - score_rank WHERE fiscal_year = 2025"); err != nil {
			t.Fatal(err)
		}
		leader.ok(q, map[string]any{"n": 1}, &page)
		if e := page.DepartmentStats.Edges; len(e) != 1 || e[0].Node.Department.Code == first {
			t.Fatalf("ranks turned by hand, the first place is still %s: the API does not read them (%+v)", first, e)
		}
	})
}

// TestConcurrentScoresKeepRanksExact: transactions scoring evaluations of
// different departments (and regions) of one year at once each re-rank the
// year at commit; committing writers serialise (the data version's row, the
// rank lock), so the later one reads the earlier one's scores and the stored
// ranks end as a rebuild would write them.
func TestConcurrentScoresKeepRanksExact(t *testing.T) {
	db, _ := open(t, testdb.PostgresURL(t))
	c := db.Client
	w := seed(t, c)
	more(t, c, w, 16)
	ctx := asAdmin()
	// Each department in a region of its own: writers of one region and year
	// serialise on its roll-up row, which would hide a missing rank lock.
	for i, d := range must(c.Department.Query().Where(department.CodeHasPrefix("X")).All(ctx)) {
		must(c.Department.UpdateOne(d).SetRegion(fmt.Sprintf("县%02d", i)).Save(ctx))
	}
	evals := must(c.Evaluation.Query().Where(evaluation.FiscalYear(2025), evaluation.StatusEQ(evaluation.StatusSubmitted),
		evaluation.KindEQ(evaluation.KindSelf)).Order(ent.Asc(evaluation.FieldID)).All(ctx))
	t.Logf("%d evaluations scored at once", len(evals))
	const rounds = 4
	var wg sync.WaitGroup
	errs := make(chan error, len(evals))
	for g, e := range evals {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				tx, err := c.Tx(ctx)
				if err != nil {
					errs <- err
					return
				}
				score := fmt.Sprintf("%d.25", 50+(g*7+r*13)%50)
				if _, err := tx.Evaluation.UpdateOne(e).SetTotalScore(dec(score)).Save(ctx); err != nil {
					_ = tx.Rollback()
					errs <- err
					return
				}
				if err := tx.Commit(); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	maintained, cells := dumpRanks(t, c), dump(t, c)
	if err := analytics.Rebuild(ctx, c); err != nil {
		t.Fatal(err)
	}
	if rebuilt := dumpRanks(t, c); rebuilt != maintained {
		t.Fatalf("ranks after concurrent scoring differ from rebuilt ones\nmaintained:\n%s\nrebuilt:\n%s", maintained, rebuilt)
	}
	if rebuilt := dump(t, c); rebuilt != cells {
		t.Fatalf("summaries (the chart's cells among them) after concurrent scoring differ from rebuilt ones\nmaintained:\n%s\nrebuilt:\n%s", cells, rebuilt)
	}
}

// rankVersion is how often the year has been re-ranked (its rank lock row).
func rankVersion(t *testing.T, c *ent.Client, year int) int64 {
	t.Helper()
	var v int64
	rows, err := c.QueryContext(context.Background(), "SELECT version FROM summary_refreshes WHERE department_id = -1 AND fiscal_year = $1", year)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
	}
	return v
}
