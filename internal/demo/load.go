package demo

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	"golang.org/x/crypto/bcrypt"

	"jixiao/ent/department"
	"jixiao/ent/fund"
	"jixiao/internal/analytics"
	"jixiao/internal/platform/store"
)

// DefaultPassword is every demo user's password unless JIXIAO_DEMO_PASSWORD
// is set.
const DefaultPassword = "Jixiao@2026"

// PasswordCost is the bcrypt cost of the demo users' password hash.
const PasswordCost = 10

// Password is the demo users' password: JIXIAO_DEMO_PASSWORD, or DefaultPassword.
func Password() string {
	if p := os.Getenv("JIXIAO_DEMO_PASSWORD"); p != "" {
		return p
	}
	return DefaultPassword
}

// TableCount is how many rows a load wrote into one table.
type TableCount struct {
	Table string
	Rows  int64
}

// Stats describe a load: rows per table, in the order written, and the time
// it took.
type Stats struct {
	Size    Size
	Tables  []TableCount
	Phases  []Phase
	Elapsed time.Duration
}

// Phase is how long one step of a load took.
type Phase struct {
	Name    string
	Elapsed time.Duration
}

// Rows is the number of rows written into table (0 for a table not written).
func (s Stats) Rows(table string) int64 {
	for _, t := range s.Tables {
		if t.Table == table {
			return t.Rows
		}
	}
	return 0
}

// Total is the number of rows written in all.
func (s Stats) Total() int64 {
	var n int64
	for _, t := range s.Tables {
		n += t.Rows
	}
	return n
}

// String is a table of the counts, one line per table.
func (s Stats) String() string {
	var b strings.Builder
	for _, t := range s.Tables {
		fmt.Fprintf(&b, "%-22s %12d\n", t.Table, t.Rows)
	}
	fmt.Fprintf(&b, "%-22s %12d\n", "total", s.Total())
	for _, p := range s.Phases {
		fmt.Fprintf(&b, "%-22s %12s\n", p.Name, p.Elapsed.Round(time.Millisecond))
	}
	fmt.Fprintf(&b, "%-22s %12s\n", "elapsed", s.Elapsed.Round(time.Millisecond))
	return b.String()
}

// LogValue makes Stats a compact structured log attribute (log/slog): the
// total, the time and the rows per table.
func (s Stats) LogValue() slog.Value {
	attrs := []slog.Attr{slog.String("size", s.Size.String()), slog.Int64("total", s.Total()), slog.Duration("elapsed", s.Elapsed)}
	for _, t := range s.Tables {
		attrs = append(attrs, slog.Int64(t.Table, t.Rows))
	}
	return slog.GroupValue(attrs...)
}

// IsEmpty tells whether the database has no departments yet (so the demo
// data can be loaded into it).
func IsEmpty(ctx context.Context, db *store.DB) (bool, error) {
	var one int
	err := db.SQL.QueryRowContext(ctx, "SELECT 1 FROM "+quote(department.Table)+" LIMIT 1").Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return true, nil
	}
	if err != nil {
		return false, fmt.Errorf("demo: is the database empty: %w", err)
	}
	return false, nil
}

// Load writes the deterministic demo data of the given size into a migrated,
// empty database, in one transaction: a failure leaves nothing behind.
//
// Rows go in with explicit ids from each table's id range (so foreign keys
// need no round trips): COPY on PostgreSQL, multi-row INSERTs on SQLite. The
// identity sequences are then moved past the ids used, and the analytics
// summaries are rebuilt in the same transaction. Every value is fixed by the
// seed, except the password hash (bcrypt salts it at random).
func Load(ctx context.Context, db *store.DB, size Size) (Stats, error) {
	start := time.Now()
	st := Stats{Size: size}
	if size < Demo || size > Province {
		return st, fmt.Errorf("demo: unknown size %d", size)
	}
	if err := checkTables(); err != nil {
		return st, err
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(Password()), PasswordCost)
	if err != nil {
		return st, fmt.Errorf("demo: hash password: %w", err)
	}
	tx, err := db.SQL.BeginTx(ctx, nil)
	if err != nil {
		return st, fmt.Errorf("demo: begin: %w", err)
	}
	committed := false
	defer func() {
		if !committed {
			_ = tx.Rollback()
		}
	}()
	if err := checkColumns(ctx, tx); err != nil {
		return st, err
	}
	postgres := db.Dialect == dialect.Postgres
	phaseStart := time.Now()
	phase := func(name string) {
		st.Phases = append(st.Phases, Phase{Name: name, Elapsed: time.Since(phaseStart)})
		phaseStart = time.Now()
	}
	var bulk *bulkDDL
	if postgres {
		// A big load is one long transaction of many statements.
		for _, q := range []string{"SET LOCAL statement_timeout = 0", "SET LOCAL maintenance_work_mem = '256MB'"} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return st, fmt.Errorf("demo: %s: %w", q, err)
			}
		}
		if bulk, err = bulkMode(ctx, tx); err != nil {
			return st, err
		}
		if err := bulk.drop(ctx, tx); err != nil {
			return st, err
		}
	}

	counts := make([]int64, len(loadOrder))
	fundAmounts, err := stream(ctx, size, string(hash), newSink(tx, db.Dialect), counts)
	if err != nil {
		return st, err
	}
	if err := setFundAmounts(ctx, tx, postgres, fundAmounts); err != nil {
		return st, err
	}
	phase("write rows")
	if postgres {
		if err := bulk.exec(ctx, tx, bulk.createIndexes); err != nil {
			return st, err
		}
		phase("create indexes")
		// Fresh statistics for the checks below, the summaries and the first requests.
		for _, t := range loadOrder {
			if _, err := tx.ExecContext(ctx, "ANALYZE "+quote(t.name())); err != nil {
				return st, fmt.Errorf("demo: analyze %s: %w", t.name(), err)
			}
		}
		phase("analyze")
		if err := bulk.exec(ctx, tx, bulk.restoreFKs); err != nil {
			return st, err
		}
		phase("check foreign keys")
		if err := advanceSequences(ctx, tx); err != nil {
			return st, err
		}
	}
	if err := analytics.Rebuild(ctx, tx); err != nil {
		return st, fmt.Errorf("demo: rebuild the analytics summaries: %w", err)
	}
	phase("analytics summaries")
	if postgres {
		// Statistics of the summaries just written: without them (autovacuum
		// off, or not yet come) the planner takes a year's 6,000 summary rows
		// for 99 and joins a page of the ranking to all of them.
		if _, err := tx.ExecContext(ctx, "ANALYZE"); err != nil {
			return st, fmt.Errorf("demo: analyze the summaries: %w", err)
		}
		phase("analyze the summaries")
	}
	if err := tx.Commit(); err != nil {
		return st, fmt.Errorf("demo: commit: %w", err)
	}
	phase("commit")
	committed = true
	for _, t := range loadOrder {
		st.Tables = append(st.Tables, TableCount{Table: t.name(), Rows: counts[t.pos]})
	}
	st.Elapsed = time.Since(start)
	return st, nil
}

// stream runs the generator in its own goroutine and writes its chunks as
// they come, so generating and writing overlap and memory stays bounded.
func stream(ctx context.Context, size Size, hash string, s sink, counts []int64) (map[int]int64, error) {
	gctx, cancel := context.WithCancel(ctx)
	defer cancel()
	chunks := make(chan *chunk, 1)
	var genErr error
	go func() {
		defer close(chunks)
		defer func() {
			if r := recover(); r != nil {
				genErr = fmt.Errorf("demo: generator: %v", r)
			}
		}()
		g := newGen(size, hash, func(c *chunk) error {
			select {
			case chunks <- c:
				return nil
			case <-gctx.Done():
				return gctx.Err()
			}
		})
		genErr = g.run(gctx)
	}()
	var writeErr error
	var fundAmounts map[int]int64
	for c := range chunks {
		if writeErr != nil {
			continue // drain until the generator notices
		}
		for _, t := range loadOrder {
			vals := c.rows[t.pos]
			if len(vals) == 0 {
				continue
			}
			if err := s.write(ctx, t, vals); err != nil {
				writeErr = err
				cancel()
				break
			}
			counts[t.pos] += int64(len(vals) / len(t.cols))
		}
		if c.fundAmounts != nil {
			fundAmounts = c.fundAmounts
		}
	}
	if writeErr != nil {
		return nil, writeErr
	}
	if genErr != nil {
		return nil, genErr
	}
	return fundAmounts, nil
}

// checkColumns makes sure the database has every column the loader writes,
// and says which migration is missing when it has not.
func checkColumns(ctx context.Context, tx *sql.Tx) error {
	for _, t := range loadOrder {
		rows, err := tx.QueryContext(ctx, "SELECT * FROM "+quote(t.name())+" WHERE 1 = 0")
		if err != nil {
			return fmt.Errorf("demo: table %s: %w (is the database migrated?)", t.name(), err)
		}
		have, err := rows.Columns()
		rows.Close()
		if err != nil {
			return err
		}
		for _, c := range t.cols {
			if !slices.Contains(have, c) {
				return fmt.Errorf("demo: the database has no column %s.%s, which the ent schema has: a migration is missing (store/migrations)", t.name(), c)
			}
		}
	}
	return nil
}

// setFundAmounts writes each fund's amount, known once every allocation is.
func setFundAmounts(ctx context.Context, tx *sql.Tx, postgres bool, amounts map[int]int64) error {
	q := "UPDATE " + quote(fund.Table) + " SET " + quote(fund.FieldAmount) + " = ? WHERE " + quote(fund.FieldID) + " = ?"
	if postgres {
		q = "UPDATE " + quote(fund.Table) + " SET " + quote(fund.FieldAmount) + " = $1 WHERE " + quote(fund.FieldID) + " = $2"
	}
	stmt, err := tx.PrepareContext(ctx, q)
	if err != nil {
		return fmt.Errorf("demo: fund amounts: %w", err)
	}
	defer stmt.Close()
	ids := make([]int, 0, len(amounts))
	for id := range amounts {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if _, err := stmt.ExecContext(ctx, amounts[id], id); err != nil {
			return fmt.Errorf("demo: fund amounts: %w", err)
		}
	}
	return nil
}

// advanceSequences moves each identity sequence to the largest id written,
// so the next row ent inserts gets the next id of the table's range.
func advanceSequences(ctx context.Context, tx *sql.Tx) error {
	for _, t := range loadOrder {
		if !t.hasID() {
			continue
		}
		q := fmt.Sprintf("SELECT setval(pg_get_serial_sequence('%s', 'id'), max(id)) FROM %s", t.name(), quote(t.name()))
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("demo: advance the id sequence of %s: %w", t.name(), err)
		}
	}
	return nil
}
