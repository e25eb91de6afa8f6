package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
)

// db is what analytics needs of a database: ent's raw-SQL methods, which
// *ent.Client has (sql/execquery), inside a transaction too.
type db interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// The SQL of this package is written once for both databases: $n placeholders
// (PostgreSQL's, which modernc's SQLite binds by number too), CAST(… AS
// NUMERIC) around decimals (numeric on PostgreSQL, text on SQLite), FILTER,
// window functions, row values and WITH RECURSIVE, which both support.

// params collects the arguments of one statement and names their placeholders.
type params struct{ v []any }

// add appends a value and returns its placeholder.
func (p *params) add(v any) string {
	p.v = append(p.v, v)
	return "$" + strconv.Itoa(len(p.v))
}

// list is a parenthesised placeholder list for IN; an empty list matches nothing.
func list[T any](p *params, values []T) string {
	if len(values) == 0 {
		return "(NULL)"
	}
	ph := make([]string, len(values))
	for i, v := range values {
		ph[i] = p.add(v)
	}
	return "(" + strings.Join(ph, ", ") + ")"
}

// strs turns typed enum values into strings for a placeholder list.
func strs[T ~string](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}

// query runs one statement and hands each row to scan.
func query(ctx context.Context, d db, q string, p *params, scan func(*sql.Rows) error) error {
	rows, err := d.QueryContext(ctx, q, p.v...)
	if err != nil {
		return fmt.Errorf("analytics: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return fmt.Errorf("analytics: scan: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("analytics: %w", err)
	}
	return nil
}

// exec runs one statement that returns no rows.
func exec(ctx context.Context, d db, q string, p *params) error {
	if _, err := d.ExecContext(ctx, q, p.v...); err != nil {
		return fmt.Errorf("analytics: %w", err)
	}
	return nil
}

// num reads a number column as float64 whatever the driver returns for it:
// PostgreSQL numeric comes as text, SQLite as an integer or a float.
type num struct{ f float64 }

func (n *num) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		n.f = 0
	case int64:
		n.f = float64(v)
	case float64:
		n.f = v
	case []byte:
		return n.parse(string(v))
	case string:
		return n.parse(v)
	default:
		return fmt.Errorf("unexpected number %T", src)
	}
	return nil
}

func (n *num) parse(s string) error {
	f, err := strconv.ParseFloat(s, 64)
	n.f = f
	return err
}

// integer reads a SUM or COUNT column as int64 (PostgreSQL's SUM of bigint is
// numeric, sent as text; NULL is 0).
type integer struct{ i int64 }

func (n *integer) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		n.i = 0
	case int64:
		n.i = v
	case float64:
		n.i = int64(v)
	case []byte:
		return n.parse(string(v))
	case string:
		return n.parse(v)
	default:
		return fmt.Errorf("unexpected integer %T", src)
	}
	return nil
}

func (n *integer) parse(s string) error {
	i, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		// numeric(…) sums print without decimals, but be lenient: "12.0000".
		f, ferr := strconv.ParseFloat(s, 64)
		if ferr != nil {
			return err
		}
		i = int64(f)
	}
	n.i = i
	return nil
}
