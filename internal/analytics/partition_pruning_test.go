package analytics_test

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"jixiao/internal/analytics"
	"jixiao/internal/demo"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// TestPartitionPruning: the summaries' upkeep of one department and fiscal
// year (the statements that read the disbursements) reads only that year's
// partition of disbursements on PostgreSQL — the others are pruned when the
// plan is made or never run (run-time pruning on the year of the keys).
// Measured with EXPLAIN ANALYZE on the demo data, in a transaction rolled
// back.
func TestPartitionPruning(t *testing.T) {
	db := testdb.Open(t, testdb.PostgresURL(t), store.DefaultOptions)
	ctx := context.Background()
	if _, err := demo.Load(ctx, db, demo.Demo); err != nil {
		t.Fatal(err)
	}
	var department, year int64
	if err := db.SQL.QueryRow(`SELECT department_id, fiscal_year FROM disbursements
	  GROUP BY department_id, fiscal_year ORDER BY count(*) DESC, department_id, fiscal_year LIMIT 1`).Scan(&department, &year); err != nil {
		t.Fatal(err)
	}
	var partitions int
	if err := db.SQL.QueryRow(`SELECT count(*) FROM pg_inherits WHERE inhparent = 'disbursements'::regclass`).Scan(&partitions); err != nil || partitions < 3 {
		t.Fatalf("%d partitions of disbursements, %v", partitions, err)
	}
	scan := regexp.MustCompile(`on (disbursements_\w+) \w+( \(never executed\))?`)
	for summary, table := range map[string]string{"execution": "execution_summaries", "project": "project_year_summaries"} {
		q, args := analytics.SummaryUpkeep(summary, department, year)
		plan := explain(t, db, "DELETE FROM "+table+" WHERE department_id = $1 AND fiscal_year = $2", q, args)
		read := map[string]bool{}
		for _, m := range scan.FindAllStringSubmatch(plan, -1) {
			if m[2] == "" {
				read[m[1]] = true
			}
		}
		want := "disbursements_" + itoa(year)
		if len(read) != 1 || !read[want] {
			t.Errorf("%s summary upkeep of %d: reads %v, want only %s\n%s", summary, year, keys(read), want, plan)
		}
	}
}

// explain runs q (after the rows it recomputes are deleted, as the upkeep
// does) under EXPLAIN ANALYZE and returns the plan.
func explain(t *testing.T, db *store.DB, del, q string, args []any) string {
	t.Helper()
	tx, err := db.SQL.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback() // EXPLAIN ANALYZE runs the statement
	if _, err := tx.Exec(del, args...); err != nil {
		t.Fatal(err)
	}
	rows, err := tx.Query("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) "+q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			t.Fatal(err)
		}
		b.WriteString(line + "\n")
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
