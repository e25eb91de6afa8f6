package testdb

import (
	"context"
	stdsql "database/sql"
	"sync/atomic"

	"entgo.io/ent/dialect"
)

// Counter counts the SQL statements sent through an ent driver, inside
// transactions too, so tests can assert that a request costs a bounded number.
type Counter struct {
	dialect.Driver
	n atomic.Int64
}

// Wrap wraps a driver; pass it as store.Options.Wrap.
func (c *Counter) Wrap(d dialect.Driver) dialect.Driver {
	c.Driver = d
	return c
}

// Count is the number of statements so far; Reset starts again from zero.
func (c *Counter) Count() int64 { return c.n.Load() }
func (c *Counter) Reset()       { c.n.Store(0) }

func (c *Counter) Exec(ctx context.Context, query string, args, v any) error {
	c.n.Add(1)
	return c.Driver.Exec(ctx, query, args, v)
}

func (c *Counter) Query(ctx context.Context, query string, args, v any) error {
	c.n.Add(1)
	return c.Driver.Query(ctx, query, args, v)
}

func (c *Counter) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := c.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &countedTx{Tx: tx, n: &c.n}, nil
}

type countedTx struct {
	dialect.Tx
	n *atomic.Int64
}

func (t *countedTx) Exec(ctx context.Context, query string, args, v any) error {
	t.n.Add(1)
	return t.Tx.Exec(ctx, query, args, v)
}

func (t *countedTx) Query(ctx context.Context, query string, args, v any) error {
	t.n.Add(1)
	return t.Tx.Query(ctx, query, args, v)
}

// QueryContext and ExecContext pass ent's raw-SQL calls (sql/execquery) through, counted.
func (c *Counter) QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error) {
	c.n.Add(1)
	return c.Driver.(interface {
		QueryContext(context.Context, string, ...any) (*stdsql.Rows, error)
	}).QueryContext(ctx, query, args...)
}

func (c *Counter) ExecContext(ctx context.Context, query string, args ...any) (stdsql.Result, error) {
	c.n.Add(1)
	return c.Driver.(interface {
		ExecContext(context.Context, string, ...any) (stdsql.Result, error)
	}).ExecContext(ctx, query, args...)
}

// The same inside a transaction (package analytics refreshes its summaries in
// the mutation's transaction with raw SQL).
func (t *countedTx) QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error) {
	t.n.Add(1)
	return t.Tx.(interface {
		QueryContext(context.Context, string, ...any) (*stdsql.Rows, error)
	}).QueryContext(ctx, query, args...)
}

func (t *countedTx) ExecContext(ctx context.Context, query string, args ...any) (stdsql.Result, error) {
	t.n.Add(1)
	return t.Tx.(interface {
		ExecContext(context.Context, string, ...any) (stdsql.Result, error)
	}).ExecContext(ctx, query, args...)
}
