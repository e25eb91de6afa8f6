package demo

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"entgo.io/ent/dialect"
	"github.com/lib/pq"
)

// chunk is a batch of rows for every table, generated together (the static
// data, then a slice of the projects with everything under them) and written
// table by table in loadOrder. Chunks bound the memory a load needs.
type chunk struct {
	rows [][]any // per table (by pos): values, len(cols) per row
	// fundAmounts, on the last chunk, are the funds' final amounts.
	fundAmounts map[int]int64
	// tap sees every row as it is added (the department facts).
	tap func(t *table, vals []any)
}

func newChunk() *chunk { return &chunk{rows: make([][]any, len(loadOrder))} }

// add appends one row; the values follow t.cols.
func (c *chunk) add(t *table, vals ...any) {
	if len(vals) != len(t.cols) {
		panic(fmt.Sprintf("demo: %s row has %d values for %d columns", t.name(), len(vals), len(t.cols)))
	}
	c.rows[t.pos] = append(c.rows[t.pos], vals...)
	if c.tap != nil {
		c.tap(t, vals)
	}
}

func (c *chunk) count(t *table) int { return len(c.rows[t.pos]) / len(t.cols) }

func (c *chunk) size() int {
	n := 0
	for _, t := range loadOrder {
		n += c.count(t)
	}
	return n
}

// sink writes rows into one table inside the load's transaction.
type sink interface {
	write(ctx context.Context, t *table, vals []any) error
}

func newSink(tx *sql.Tx, dialectName string) sink {
	if dialectName == dialect.Postgres {
		return copySink{tx}
	}
	return insertSink{tx}
}

// copySink streams rows with PostgreSQL's COPY FROM STDIN (lib/pq CopyIn).
type copySink struct{ tx *sql.Tx }

func (s copySink) write(ctx context.Context, t *table, vals []any) error {
	stmt, err := s.tx.PrepareContext(ctx, pq.CopyIn(t.name(), t.cols...))
	if err != nil {
		return fmt.Errorf("copy %s: %w", t.name(), err)
	}
	n := len(t.cols)
	for i := 0; i < len(vals); i += n {
		if _, err := stmt.ExecContext(ctx, vals[i:i+n]...); err != nil {
			stmt.Close()
			return fmt.Errorf("copy %s: %w", t.name(), err)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		stmt.Close()
		return fmt.Errorf("copy %s: %w", t.name(), err)
	}
	return stmt.Close()
}

// insertSink writes multi-row INSERT statements (SQLite): up to
// insertBatch rows each, and never more bound parameters than SQLite allows.
type insertSink struct{ tx *sql.Tx }

const (
	insertBatch  = 500
	maxSQLParams = 32766
)

func (s insertSink) write(ctx context.Context, t *table, vals []any) error {
	n := len(t.cols)
	per := min(insertBatch, maxSQLParams/n)
	rows := len(vals) / n
	var stmt *sql.Stmt
	defer func() {
		if stmt != nil {
			stmt.Close()
		}
	}()
	for first := 0; first < rows; first += per {
		k := min(per, rows-first)
		args := vals[first*n : (first+k)*n]
		if k == per {
			if stmt == nil {
				var err error
				if stmt, err = s.tx.PrepareContext(ctx, insertSQL(t, k)); err != nil {
					return fmt.Errorf("insert %s: %w", t.name(), err)
				}
			}
			if _, err := stmt.ExecContext(ctx, args...); err != nil {
				return fmt.Errorf("insert %s: %w", t.name(), err)
			}
			continue
		}
		if _, err := s.tx.ExecContext(ctx, insertSQL(t, k), args...); err != nil {
			return fmt.Errorf("insert %s: %w", t.name(), err)
		}
	}
	return nil
}

func insertSQL(t *table, rows int) string {
	var b strings.Builder
	b.WriteString("INSERT INTO ")
	b.WriteString(quote(t.name()))
	b.WriteString(" (")
	for i, c := range t.cols {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(quote(c))
	}
	b.WriteString(") VALUES ")
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(t.cols)), ", ") + ")"
	for i := range rows {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(one)
	}
	return b.String()
}

func quote(name string) string { return `"` + name + `"` }
