package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
)

// Replica sends reads to a PostgreSQL streaming-replication standby
// (JIXIAO_REPLICA_URL) while keeping read-your-writes: a user who has just
// written reads from the primary until the standby has replayed that write.
//
// What goes to the standby: the statements of a GraphQL query operation
// (analytics, lists, drill-downs) outside a transaction, for a viewer whose
// last write the standby has replayed (httpapi marks the context with
// ReadFromReplica). Everything else stays on the primary: mutations, every
// transaction, sign-in and session lookups, documents, the data version
// watcher. The write is known by the primary's WAL position after the
// mutation's commit (pg_current_wal_lsn); the standby has it when
// pg_last_wal_replay_lsn has passed it. Positions are kept in this process:
// with several API servers, a user's next request should reach the same
// server (or the read falls back to whichever server it reaches; see README).
type Replica struct {
	primary *sql.DB
	standby *sql.DB

	mu      sync.Mutex
	pending map[int]string // user → WAL position of their last write not yet seen replayed
}

type replicaKey struct{}

// ReadFromReplica marks ctx: the reads made with it may go to the standby.
func ReadFromReplica(ctx context.Context) context.Context {
	return context.WithValue(ctx, replicaKey{}, true)
}

// OnReplica tells whether ctx's reads go to the standby.
func OnReplica(ctx context.Context) bool {
	on, _ := ctx.Value(replicaKey{}).(bool)
	return on
}

// Wrote records that user has just committed a write on the primary.
func (r *Replica) Wrote(ctx context.Context, user int) error {
	if r == nil {
		return nil
	}
	var lsn string
	if err := r.primary.QueryRowContext(ctx, "SELECT pg_current_wal_lsn()::text").Scan(&lsn); err != nil {
		return fmt.Errorf("replica: primary position: %w", err)
	}
	r.mu.Lock()
	r.pending[user] = lsn
	r.mu.Unlock()
	return nil
}

// Fresh tells whether the standby has replayed user's last write (true when
// there is none to wait for): then user may read from it. Asking costs one
// statement on the standby, and only while a write is pending.
func (r *Replica) Fresh(ctx context.Context, user int) bool {
	if r == nil {
		return false
	}
	r.mu.Lock()
	lsn, waiting := r.pending[user]
	r.mu.Unlock()
	if !waiting {
		return true
	}
	var replayed bool
	err := r.standby.QueryRowContext(ctx,
		"SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false)", lsn).Scan(&replayed)
	if err != nil || !replayed {
		return false
	}
	r.mu.Lock()
	if r.pending[user] == lsn { // not overtaken by a newer write meanwhile
		delete(r.pending, user)
	}
	r.mu.Unlock()
	return true
}

// Close closes the standby's pool.
func (r *Replica) Close() error {
	if r == nil {
		return nil
	}
	return r.standby.Close()
}

// openReplica connects to the standby and returns the driver that routes
// between it and the primary.
func openReplica(ctx context.Context, url string, opt Options, primary *sql.DB, primaryDrv dialect.Driver) (*Replica, dialect.Driver, error) {
	standby, err := sql.Open("postgres", withStatementTimeout(url, opt.StatementTimeout))
	if err != nil {
		return nil, nil, fmt.Errorf("open replica: %w", err)
	}
	standby.SetMaxOpenConns(opt.MaxOpenConns)
	standby.SetMaxIdleConns(opt.MaxOpenConns)
	if err := standby.PingContext(ctx); err != nil {
		standby.Close()
		return nil, nil, fmt.Errorf("connect to replica: %w", err)
	}
	r := &Replica{primary: primary, standby: standby, pending: map[int]string{}}
	return r, &routing{Driver: primaryDrv, standby: entsql.OpenDB(dialect.Postgres, standby)}, nil
}

// routing sends the reads of a context marked ReadFromReplica to the
// standby; writes and transactions (Tx, BeginTx) always go to the primary.
type routing struct {
	dialect.Driver // the primary
	standby        *entsql.Driver
}

func (d *routing) Query(ctx context.Context, query string, args, v any) error {
	if OnReplica(ctx) {
		return d.standby.Query(ctx, query, args, v)
	}
	return d.Driver.Query(ctx, query, args, v)
}

func (d *routing) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if OnReplica(ctx) {
		return d.standby.QueryContext(ctx, query, args...)
	}
	return d.Driver.(*entsql.Driver).QueryContext(ctx, query, args...)
}

func (d *routing) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return d.Driver.(*entsql.Driver).ExecContext(ctx, query, args...)
}

func (d *routing) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	return d.Driver.(*entsql.Driver).BeginTx(ctx, opts)
}
