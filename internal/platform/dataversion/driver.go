package dataversion

import (
	"context"
	stdsql "database/sql"
	"fmt"

	"entgo.io/ent/dialect"
)

// Track wraps an ent driver so that every statement — ent's and the
// hand-written SQL of the summaries alike — notes the tables it reads (for
// the query cache's answer) and writes (for the version rows its commit
// raises). Statements outside such a context pass through untouched.
// Pass it as store.Options.Wrap (package app does).
func Track(d dialect.Driver) dialect.Driver { return &tracked{Driver: d} }

type tracked struct{ dialect.Driver }

func (d *tracked) Exec(ctx context.Context, query string, args, v any) error {
	note(ctx, query)
	return d.Driver.Exec(ctx, query, args, v)
}

func (d *tracked) Query(ctx context.Context, query string, args, v any) error {
	note(ctx, query)
	return d.Driver.Query(ctx, query, args, v)
}

func (d *tracked) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &trackedTx{Tx: tx}, nil
}

// BeginTx keeps ent's transactions with options (isolation, read-only) working.
func (d *tracked) BeginTx(ctx context.Context, opts *stdsql.TxOptions) (dialect.Tx, error) {
	b, ok := d.Driver.(interface {
		BeginTx(context.Context, *stdsql.TxOptions) (dialect.Tx, error)
	})
	if !ok {
		return nil, fmt.Errorf("dataversion: the driver under the tracker has no BeginTx")
	}
	tx, err := b.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &trackedTx{Tx: tx}, nil
}

func (d *tracked) QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error) {
	note(ctx, query)
	return d.Driver.(interface {
		QueryContext(context.Context, string, ...any) (*stdsql.Rows, error)
	}).QueryContext(ctx, query, args...)
}

func (d *tracked) ExecContext(ctx context.Context, query string, args ...any) (stdsql.Result, error) {
	note(ctx, query)
	return d.Driver.(interface {
		ExecContext(context.Context, string, ...any) (stdsql.Result, error)
	}).ExecContext(ctx, query, args...)
}

// trackedTx notes every table its statements write, whatever their
// context (a transaction's changes come through several hooks and clients),
// and turns the commit's bump statement into the bump of those tables.
type trackedTx struct {
	dialect.Tx
	writes Set
}

func (t *trackedTx) see(ctx context.Context, query string) string {
	if postgres, ok := ctx.Value(bumpKey{}).(bool); ok {
		return bumpSQL(idsToBump(&t.writes), postgres)
	}
	noteWrites(&t.writes, query)
	note(ctx, query) // and for a change outside a transaction whose hook opened this one
	return query
}

func (t *trackedTx) Exec(ctx context.Context, query string, args, v any) error {
	return t.Tx.Exec(ctx, t.see(ctx, query), args, v)
}

func (t *trackedTx) Query(ctx context.Context, query string, args, v any) error {
	return t.Tx.Query(ctx, t.see(ctx, query), args, v)
}

func (t *trackedTx) QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error) {
	query = t.see(ctx, query)
	return t.Tx.(interface {
		QueryContext(context.Context, string, ...any) (*stdsql.Rows, error)
	}).QueryContext(ctx, query, args...)
}

func (t *trackedTx) ExecContext(ctx context.Context, query string, args ...any) (stdsql.Result, error) {
	query = t.see(ctx, query)
	return t.Tx.(interface {
		ExecContext(context.Context, string, ...any) (stdsql.Result, error)
	}).ExecContext(ctx, query, args...)
}
