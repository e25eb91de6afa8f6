package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
)

// The department comparison's default ordering — average score, highest
// first — is kept ranked in department_score_ranks, so that its first page
// reads a page of rows instead of ranking every department (storedRanking).
// Only scores move the ranks, and scores change with evaluations, which are
// rare next to payments: a year is re-ranked when its evaluation summaries
// were recomputed, once per transaction, at commit. (A department with an
// evaluation cannot be deleted, so no ranked department goes without one.)

// rankLock is the summary_refreshes row of a year's ranks: re-ranking bumps
// it first and holds its lock to commit, so a concurrent re-ranking of the
// year waits and then reads this one's committed scores. (Committing writers
// also serialise on the data version's row today, whose bump runs before this
// hook; the ranks do not rely on it.)
func rankLock(year int) key { return key{-1, year} }

// freshRanks selects (department_id, fiscal_year, score_rank) of every
// existing department with a score in the years that cond (over x) keeps.
func freshRanks(cond string) string {
	return fmt.Sprintf(`SELECT x.department_id, x.fiscal_year,
    RANK() OVER (PARTITION BY x.fiscal_year ORDER BY %s DESC) AS score_rank
  FROM department_year_summaries x JOIN departments d ON d.id = x.department_id
  WHERE x.scored > 0 AND %s`, averageScoreKey("x.score_sum", "x.scored"), cond)
}

// rerank brings the stored ranks of the years up to date with the
// department-year summaries, writing only the rows whose rank changed.
func rerank(ctx context.Context, d db, years []int) error {
	years = slices.Clone(years)
	slices.Sort(years)
	for _, y := range slices.Compact(years) {
		p := &params{}
		if err := bumpLocks(ctx, d, p, keyRows(p, []key{rankLock(y)})); err != nil {
			return err
		}
		p = &params{}
		year := p.add(y)
		fresh := "WITH fresh AS (" + freshRanks("x.fiscal_year = "+year) + ")\n"
		stale := fresh + "DELETE FROM department_score_ranks WHERE fiscal_year = " + year +
			" AND (department_id, score_rank) NOT IN (SELECT department_id, score_rank FROM fresh)"
		if err := exec(ctx, d, stale, p); err != nil {
			return err
		}
		added := fresh + `INSERT INTO department_score_ranks (department_id, fiscal_year, score_rank)
SELECT f.department_id, f.fiscal_year, f.score_rank FROM fresh f
WHERE NOT EXISTS (SELECT 1 FROM department_score_ranks s WHERE s.fiscal_year = f.fiscal_year AND s.department_id = f.department_id)`
		if err := exec(ctx, d, added, p); err != nil {
			return err
		}
	}
	return nil
}

// rebuildRanks ranks every year afresh (Rebuild).
func rebuildRanks(ctx context.Context, d db) error {
	if err := exec(ctx, d, "DELETE FROM department_score_ranks", &params{}); err != nil {
		return err
	}
	return exec(ctx, d, "INSERT INTO department_score_ranks (department_id, fiscal_year, score_rank) "+freshRanks("TRUE"), &params{})
}

// score is what a department-year's rank is computed from.
type score struct{ scored, sum int64 }

// yearRow is what a department-year's rank and chart cell come from.
type yearRow struct {
	score
	paid, adjusted int64
}

// yearRowsOf reads the keys' department-year rows (a key without a row is
// absent). Read before and after a refresh, under the keys' locks, they tell
// whether it moved a rank — most evaluation writes (a review, a publication,
// a draft saved) move none, and then the year is not re-ranked — and which
// chart cells it moved.
func yearRowsOf(ctx context.Context, d db, keys []key) (map[key]yearRow, error) {
	keys = normalize(slices.Clone(keys))
	out := map[key]yearRow{}
	if len(keys) == 0 {
		return out, nil
	}
	p := &params{}
	q := "WITH " + keysTable(keyRows(p, keys)) + `
SELECT x.department_id, x.fiscal_year, x.scored, x.score_sum, x.paid_amount, x.adjusted_amount FROM department_year_summaries x
WHERE (x.department_id, x.fiscal_year) IN (SELECT department_id, fiscal_year FROM keys)`
	err := query(ctx, d, q, p, func(r *sql.Rows) error {
		var dep, year, scored, sum, paid, adjusted integer
		if err := r.Scan(&dep, &year, &scored, &sum, &paid, &adjusted); err != nil {
			return err
		}
		out[key{int(dep.i), int(year.i)}] = yearRow{score{scored.i, sum.i}, paid.i, adjusted.i}
		return nil
	})
	return out, err
}

// movedYears are the years in which a key's score differs between before
// and after.
func movedYears(before, after map[key]yearRow) []int {
	var years []int
	for k, s := range after {
		if before[k].score != s.score {
			years = append(years, k.year)
		}
	}
	for k, s := range before {
		if _, ok := after[k]; !ok && s.score != (score{}) {
			years = append(years, k.year)
		}
	}
	slices.Sort(years)
	return slices.Compact(years)
}
