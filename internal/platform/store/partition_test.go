package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"testing"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/sqlgraph"
	"github.com/lib/pq"

	"jixiao/ent"
	"jixiao/ent/privacy"
	"jixiao/internal/demo"
	"jixiao/internal/domain/auth"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// TestPartitionedTables loads the demo data set (the bulk loader COPYs into
// the partitioned parents) and checks, on both databases, that the
// constraints PostgreSQL enforces by triggers on the partitioned tables
// still refuse bad rows with the errors they gave as constraints; on
// PostgreSQL, that every row sits in its year's partition.
func TestPartitionedTables(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db := testdb.Open(t, url, store.DefaultOptions)
		if _, err := demo.Load(context.Background(), db, demo.Demo); err != nil {
			t.Fatal(err)
		}
		if db.Dialect == dialect.Postgres {
			t.Run("rows in their partitions", func(t *testing.T) { checkPartitionPlacement(t, db.SQL) })
			t.Run("partition indexes", func(t *testing.T) { checkPartitionIndexes(t, db.SQL) })
			t.Run("integrity", func(t *testing.T) { checkIntegrity(t, db.SQL) })
			t.Run("new year partitions", func(t *testing.T) { checkAddPartitions(t, db) })
		}
		t.Run("unique progress pair", func(t *testing.T) { checkUniquePair(t, db) })
		t.Run("reversal foreign key", func(t *testing.T) { checkReversalKey(t, db.SQL) })
		t.Run("evidence foreign key", func(t *testing.T) { checkEvidenceKey(t, db.SQL) })
	})
}

// Every row is in the partition of its year: none left in a DEFAULT one
// (the demo's years have partitions).
func checkPartitionPlacement(t *testing.T, db *sql.DB) {
	for table, year := range map[string]string{
		"disbursements":        "fiscal_year",
		"indicator_progresses": "EXTRACT(YEAR FROM created_at AT TIME ZONE 'Asia/Shanghai')::int",
		"audit_entries":        "EXTRACT(YEAR FROM created_at AT TIME ZONE 'Asia/Shanghai')::int",
	} {
		var rows, misplaced int
		q := fmt.Sprintf(`SELECT count(*), count(*) FILTER (WHERE tableoid::regclass::text <> '%[1]s_' || %[2]s) FROM %[1]s`, table, year)
		if err := db.QueryRow(q).Scan(&rows, &misplaced); err != nil {
			t.Fatal(err)
		}
		if table != "audit_entries" && rows == 0 {
			t.Fatalf("%s: no rows loaded", table)
		}
		if misplaced != 0 {
			t.Errorf("%s: %d of %d rows outside their year's partition", table, misplaced, rows)
		}
	}
	// A payment of 31 December 23:30 UTC is on 1 January in Beijing: the
	// range partitions cut at Beijing midnight.
	mustExec(t, db, `INSERT INTO audit_entries (created_at, action) VALUES ('2025-12-31 15:59:59+00', 'p'), ('2025-12-31 16:00:00+00', 'p')`)
	var before, after string
	if err := db.QueryRow(`SELECT
	    max(tableoid::regclass::text) FILTER (WHERE created_at < '2025-12-31 16:00:00+00'),
	    max(tableoid::regclass::text) FILTER (WHERE created_at >= '2025-12-31 16:00:00+00')
	  FROM audit_entries WHERE action = 'p'`).Scan(&before, &after); err != nil {
		t.Fatal(err)
	}
	if before != "audit_entries_2025" || after != "audit_entries_2026" {
		t.Fatalf("around Beijing midnight: %s, %s; want audit_entries_2025, audit_entries_2026", before, after)
	}
}

// The bulk loader drops and makes again the indexes: each partition must
// have every index of its parent (an index made "ON ONLY" the parent would
// have none below it).
func checkPartitionIndexes(t *testing.T, db *sql.DB) {
	rows, err := db.Query(`
SELECT parent.relname, child.relname,
  (SELECT count(*) FROM pg_index WHERE indrelid = parent.oid),
  (SELECT count(*) FROM pg_index WHERE indrelid = child.oid),
  (SELECT count(*) FROM pg_index WHERE indrelid = parent.oid AND NOT indisvalid)
FROM pg_inherits JOIN pg_class parent ON parent.oid = inhparent JOIN pg_class child ON child.oid = inhrelid
WHERE parent.relname = ANY($1)`, pq.Array([]string{"disbursements", "indicator_progresses", "audit_entries"}))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var parent, child string
		var pIdx, cIdx, invalid int
		if err := rows.Scan(&parent, &child, &pIdx, &cIdx, &invalid); err != nil {
			t.Fatal(err)
		}
		n++
		if cIdx != pIdx || invalid != 0 {
			t.Errorf("%s: %d indexes, its parent %s has %d (%d invalid)", child, cIdx, parent, pIdx, invalid)
		}
	}
	if n < 6 {
		t.Fatalf("%d partitions, want a year's and a default one per table at least", n)
	}
}

func checkIntegrity(t *testing.T, db *sql.DB) {
	if v := violations(t, db); len(v) != 0 {
		t.Fatalf("after the load: %v", v)
	}
	// An id twice (ids are unique by their sequence, no longer by a
	// constraint) is reported.
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	mustExecTx(t, tx, `INSERT INTO audit_entries (id, created_at, action)
	  SELECT id, created_at + interval '2 years', action FROM audit_entries ORDER BY id LIMIT 1`)
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM check_partitioned_integrity() WHERE constraint_name = 'audit_entries_pkey'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Fatalf("a duplicated audit entry id: %d violations reported, want 1", n)
	}
}

func violations(t *testing.T, db *sql.DB) []string {
	rows, err := db.Query(`SELECT constraint_name || ': ' || detail FROM check_partitioned_integrity()`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// A year without a partition goes to DEFAULT; adding the year's partitions
// moves its rows there (a payment and its reversal stay linked: the move is
// no delete), and adding them again changes nothing.
func checkAddPartitions(t *testing.T, db *store.DB) {
	mustExec(t, db.SQL, `INSERT INTO audit_entries (created_at, action) VALUES ('2011-06-01 00:00:00+00', 'old')`)
	// The reversal sits in a year that has its partition, so it stays while
	// the payment moves.
	const payment = `INSERT INTO disbursements (created_at, updated_at, paid_on, amount, fiscal_year, month, allocation_id, department_id, project_id, reason, reversal_of_id)
	  SELECT created_at, updated_at, paid_on, %s, %s, month, allocation_id, department_id, project_id, %s, %s
	  FROM disbursements WHERE id = (SELECT min(id) FROM disbursements)`
	mustExec(t, db.SQL, fmt.Sprintf(payment, "5", "2011", "'old'", "NULL"))
	mustExec(t, db.SQL, fmt.Sprintf(payment, "-5", "fiscal_year", "'old reversal'", "(SELECT id FROM disbursements WHERE reason = 'old')"))
	where := func() string {
		var s string
		if err := db.SQL.QueryRow(`SELECT tableoid::regclass::text FROM audit_entries WHERE action = 'old'`).Scan(&s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	if got := where(); got != "audit_entries_default" {
		t.Fatalf("a 2011 entry is in %s, want audit_entries_default", got)
	}
	for i := 0; i < 2; i++ {
		if err := db.AddFiscalYearPartitions(context.Background(), 2011); err != nil {
			t.Fatal(err)
		}
	}
	if got := where(); got != "audit_entries_2011" {
		t.Fatalf("after add_fiscal_year_partitions(2011) the entry is in %s", got)
	}
	var moved, linked int
	if err := db.SQL.QueryRow(`SELECT count(*) FILTER (WHERE tableoid = 'disbursements_2011'::regclass), count(reversal_of_id)
	  FROM disbursements WHERE reason IN ('old', 'old reversal')`).Scan(&moved, &linked); err != nil {
		t.Fatal(err)
	}
	if moved != 1 || linked != 1 {
		t.Fatalf("the 2011 payment: %d of 1 moved to disbursements_2011, %d of 1 reversal still linked", moved, linked)
	}
	var n int
	if err := db.SQL.QueryRow(`SELECT count(*) FROM pg_class WHERE relname IN ('disbursements_2012', 'indicator_progresses_2012', 'audit_entries_2012')`).Scan(&n); err != nil || n != 3 {
		t.Fatalf("partitions of the next year: %d, %v", n, err)
	}
}

// A second progress record of the same indicator in the same monitoring
// record is refused as the unique index refused it: ent's constraint error,
// on PostgreSQL with SQLSTATE 23505 and the index's name.
func checkUniquePair(t *testing.T, db *store.DB) {
	ctx := auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow))
	p, err := db.Client.IndicatorProgress.Query().First(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Client.IndicatorProgress.Create().SetMonitoringID(p.MonitoringID).SetIndicatorID(p.IndicatorID).Save(ctx)
	if !ent.IsConstraintError(err) {
		t.Fatalf("a duplicate (monitoring, indicator): %v, want a constraint error", err)
	}
	wantPQ(t, db, err, "23505", "indicatorprogress_monitoring_id_indicator_id")
	// Two transactions at once: whichever order they reach the check in,
	// the second to commit is refused.
	if db.Dialect == dialect.Postgres {
		concurrentPair(t, db.SQL)
	}
}

func concurrentPair(t *testing.T, db *sql.DB) {
	first, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer first.Rollback()
	// A new pair: a monitoring record with an indicator it has no progress for.
	var monitoring, indicator int64
	if err := first.QueryRow(`SELECT m.id, i.id FROM monitorings m JOIN targets g ON g.project_id = m.project_id
	  JOIN indicators i ON i.target_id = g.id
	  WHERE NOT EXISTS (SELECT 1 FROM indicator_progresses p WHERE p.monitoring_id = m.id AND p.indicator_id = i.id)
	  ORDER BY m.id, i.id LIMIT 1`).Scan(&monitoring, &indicator); err != nil {
		t.Fatal(err)
	}
	insert := fmt.Sprintf(`INSERT INTO indicator_progresses (created_at, updated_at, warning_level, department_id, indicator_id, monitoring_id)
	  SELECT now(), now(), 'GREEN', department_id, %d, id FROM monitorings WHERE id = %d`, indicator, monitoring)
	mustExecTx(t, first, insert)
	second := make(chan error, 1)
	go func() {
		_, err := db.Exec(insert) // waits for the first transaction's turn to end
		second <- err
	}()
	if err := first.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-second; !sqlgraph.IsUniqueConstraintError(err) {
		t.Fatalf("the second of two concurrent inserts of one pair: %v, want a unique violation", err)
	}
}

// A reversal of a payment that does not exist is refused as the foreign key
// refused it; deleting a reversed payment clears reversal_of_id (ON DELETE
// SET NULL).
func checkReversalKey(t *testing.T, db *sql.DB) {
	const copyOf = `INSERT INTO disbursements (created_at, updated_at, paid_on, amount, fiscal_year, month, allocation_id, department_id, project_id, reason, reversal_of_id)
	  SELECT created_at, updated_at, paid_on, -1, fiscal_year, month, allocation_id, department_id, project_id, 'test', %s
	  FROM disbursements WHERE id = (SELECT min(id) FROM disbursements)`
	_, err := db.Exec(fmt.Sprintf(copyOf, "1"))
	if !sqlgraph.IsForeignKeyConstraintError(err) {
		t.Fatalf("a reversal of payment 1 (none): %v, want a foreign key violation", err)
	}
	wantPQ(t, nil, err, "23503", "disbursements_disbursements_reversals")

	mustExec(t, db, fmt.Sprintf(copyOf, "(SELECT max(id) FROM disbursements)"))
	var reversal, original int64
	if err := db.QueryRow(`SELECT id, reversal_of_id FROM disbursements WHERE reason = 'test'`).Scan(&reversal, &original); err != nil {
		t.Fatal(err)
	}
	mustExec(t, db, fmt.Sprintf(`DELETE FROM disbursements WHERE id = %d`, original))
	var cleared sql.NullInt64
	if err := db.QueryRow(fmt.Sprintf(`SELECT reversal_of_id FROM disbursements WHERE id = %d`, reversal)).Scan(&cleared); err != nil {
		t.Fatal(err)
	}
	if cleared.Valid {
		t.Fatalf("the reversal still points at deleted payment %d", cleared.Int64)
	}
}

// Evidence of a progress record that does not exist is refused; deleting
// the progress record clears the evidence's link (ON DELETE SET NULL).
func checkEvidenceKey(t *testing.T, db *sql.DB) {
	const evidence = `INSERT INTO evidences (created_at, updated_at, name, content_type, size, sha256, indicator_progress_id, uploaded_by_id, department_id)
	  SELECT p.created_at, p.updated_at, 'e.pdf', 'application/pdf', 1, 'x', %s, (SELECT min(id) FROM users), p.department_id
	  FROM indicator_progresses p WHERE p.id = (SELECT max(id) FROM indicator_progresses)`
	_, err := db.Exec(fmt.Sprintf(evidence, "1"))
	if !sqlgraph.IsForeignKeyConstraintError(err) {
		t.Fatalf("evidence of progress record 1 (none): %v, want a foreign key violation", err)
	}
	wantPQ(t, nil, err, "23503", "evidences_indicator_progresses_indicator_progress")

	mustExec(t, db, fmt.Sprintf(evidence, "p.id"))
	var progress int64
	if err := db.QueryRow(`SELECT indicator_progress_id FROM evidences WHERE name = 'e.pdf'`).Scan(&progress); err != nil {
		t.Fatal(err)
	}
	mustExec(t, db, fmt.Sprintf(`DELETE FROM indicator_progresses WHERE id = %d`, progress))
	var cleared sql.NullInt64
	if err := db.QueryRow(`SELECT indicator_progress_id FROM evidences WHERE name = 'e.pdf'`).Scan(&cleared); err != nil {
		t.Fatal(err)
	}
	if cleared.Valid {
		t.Fatalf("the evidence still points at deleted progress record %d", cleared.Int64)
	}
}

// wantPQ checks PostgreSQL's error code and constraint name (SQLite's
// errors carry neither).
func wantPQ(t *testing.T, db *store.DB, err error, code, constraint string) {
	t.Helper()
	var pqErr *pq.Error
	if !errors.As(err, &pqErr) {
		if db != nil && db.Dialect == dialect.Postgres {
			t.Fatalf("%v: not a PostgreSQL error", err)
		}
		return
	}
	if string(pqErr.Code) != code || pqErr.Constraint != constraint {
		t.Fatalf("%v: code %s, constraint %q; want %s, %q", err, pqErr.Code, pqErr.Constraint, code, constraint)
	}
}

func mustExec(t *testing.T, db *sql.DB, q string) {
	t.Helper()
	if _, err := db.Exec(q); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

func mustExecTx(t *testing.T, tx *sql.Tx, q string) {
	t.Helper()
	if _, err := tx.Exec(q); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}
