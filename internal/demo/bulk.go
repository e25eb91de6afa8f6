package demo

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/lib/pq"
)

const (
	deferIntegrity = "SET LOCAL jixiao.deferred_integrity = 'on'"
	// checkIntegrity fails the load when any row breaks a constraint the
	// partitioned tables' triggers enforce, then turns the triggers back on.
	checkIntegrity = `DO $$
DECLARE
  v record;
BEGIN
  IF to_regproc('check_partitioned_integrity') IS NOT NULL THEN
    FOR v IN SELECT * FROM check_partitioned_integrity() LIMIT 1 LOOP
      RAISE EXCEPTION 'integrity: % on %: %', v.constraint_name, v.table_name, v.detail;
    END LOOP;
  END IF;
END
$$`
	undeferIntegrity = "SET LOCAL jixiao.deferred_integrity = 'off'"
)

// PostgreSQL bulk mode. Checking foreign keys row by row and maintaining
// secondary indexes during COPY costs about two thirds of a large load, so
// the loader drops the loaded tables' foreign keys and secondary indexes
// inside its transaction and restores them afterwards from their own
// definitions (pg_get_indexdef, pg_get_constraintdef): the indexes are
// rebuilt in one pass and every foreign key is validated over all rows at
// once. DDL is transactional in PostgreSQL, so a failure restores everything;
// other sessions wait on the tables until the load commits.
//
// The partitioned tables' constraints that are triggers in PostgreSQL
// (store.Partitioned) are deferred the same way: the load sets
// jixiao.deferred_integrity for its transaction and, with the foreign keys,
// runs check_partitioned_integrity() over all rows at once.

type bulkDDL struct {
	dropFKs, dropIndexes      []string
	createIndexes, restoreFKs []string
}

func (b *bulkDDL) drop(ctx context.Context, tx *sql.Tx) error {
	for _, q := range append(append([]string{}, b.dropFKs...), b.dropIndexes...) {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("demo: bulk mode: %s: %w", q, err)
		}
	}
	return nil
}

func (b *bulkDDL) exec(ctx context.Context, tx *sql.Tx, qs []string) error {
	for _, q := range qs {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("demo: bulk mode: %s: %w", q, err)
		}
	}
	return nil
}

// bulkMode reads the definitions of the foreign keys and secondary indexes
// of the tables the loader writes (primary keys and indexes backing a
// constraint stay).
func bulkMode(ctx context.Context, tx *sql.Tx) (*bulkDDL, error) {
	names := make([]string, len(loadOrder))
	for i, t := range loadOrder {
		names[i] = t.name()
	}
	b := &bulkDDL{dropFKs: []string{deferIntegrity}}
	rows, err := tx.QueryContext(ctx, `
SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', c.relname, con.conname),
       format('ALTER TABLE %I ADD CONSTRAINT %I %s', c.relname, con.conname, pg_get_constraintdef(con.oid))
FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
WHERE con.contype = 'f' AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1)
ORDER BY c.relname, con.conname`, pq.Array(names))
	if err != nil {
		return nil, fmt.Errorf("demo: bulk mode: foreign keys: %w", err)
	}
	for rows.Next() {
		var drop, add string
		if err := rows.Scan(&drop, &add); err != nil {
			rows.Close()
			return nil, err
		}
		b.dropFKs, b.restoreFKs = append(b.dropFKs, drop), append(b.restoreFKs, add)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	rows, err = tx.QueryContext(ctx, `
SELECT format('DROP INDEX %I.%I', n.nspname, ic.relname), pg_get_indexdef(i.indexrelid)
FROM pg_index i
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = ic.relnamespace
WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1)
  AND NOT i.indisprimary
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid)
ORDER BY c.relname, ic.relname`, pq.Array(names))
	if err != nil {
		return nil, fmt.Errorf("demo: bulk mode: indexes: %w", err)
	}
	for rows.Next() {
		var drop, create string
		if err := rows.Scan(&drop, &create); err != nil {
			rows.Close()
			return nil, err
		}
		// A partitioned table's index reads "ON ONLY t" (the parent alone): made
		// again as "ON t", it is built on every partition too.
		create = strings.Replace(create, " ON ONLY ", " ON ", 1)
		b.dropIndexes, b.createIndexes = append(b.dropIndexes, drop), append(b.createIndexes, create)
	}
	b.restoreFKs = append(b.restoreFKs, checkIntegrity, undeferIntegrity)
	return b, rows.Close()
}
