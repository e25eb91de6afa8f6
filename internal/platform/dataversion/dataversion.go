// Package dataversion keeps the data version: a number in the database that
// goes up with every committed change of the data, in the change's own
// transaction. A reader that reads the version before it reads the data knows
// that what it read is at least as new as that version, so answers kept under
// a version (the API's query cache) are never served after a write they do
// not reflect — on any number of servers sharing one database.
package dataversion

import (
	"context"
	"database/sql"
	"fmt"
	"sync"

	"entgo.io/ent"

	gen "jixiao/ent"
	"jixiao/ent/apitoken"
	"jixiao/ent/session"
)

// The version lives in data_versions row 1, created by the first bump.
const (
	bumpSQL = `INSERT INTO data_versions (id, version) VALUES (1, 1)
ON CONFLICT (id) DO UPDATE SET version = data_versions.version + 1`
	currentSQL = `SELECT version FROM data_versions WHERE id = 1`
)

// Execer runs a statement: an ent client (in a transaction or not) or a *sql.DB.
type Execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// Querier runs a query: an ent client or a *sql.DB.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Bump raises the version. Writers that bypass ent (bulk loads, summary
// rebuilds) call it after their change, inside its transaction when they have one.
func Bump(ctx context.Context, db Execer) error {
	if _, err := db.ExecContext(ctx, bumpSQL); err != nil {
		return fmt.Errorf("dataversion: bump: %w", err)
	}
	return nil
}

// Current is the version now (0 before the first change).
func Current(ctx context.Context, db Querier) (int64, error) {
	rows, err := db.QueryContext(ctx, currentSQL)
	if err != nil {
		return 0, fmt.Errorf("dataversion: read: %w", err)
	}
	defer rows.Close()
	var v int64
	if rows.Next() {
		if err := rows.Scan(&v); err != nil {
			return 0, fmt.Errorf("dataversion: read: %w", err)
		}
	}
	return v, rows.Err()
}

// Hook raises the version with every change made through ent: right before
// the commit of the change's transaction — once, however many changes it
// holds, and last, so that the version row is the last lock the transaction
// takes and two writers cannot deadlock on it — or right after a change made
// without a transaction. A rolled-back transaction leaves it as it was.
// Register it on the client: client.Use(dataversion.Hook()).
func Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			v, err := next.Mutate(ctx, m)
			if err != nil || onlyTouch(m) {
				return v, err
			}
			if tx, txErr := m.(interface{ Tx() (*gen.Tx, error) }).Tx(); txErr == nil {
				tx.OnCommit(bumpOnCommit)
				return v, nil
			}
			return v, Bump(ctx, m.(interface{ Client() *gen.Client }).Client())
		})
	}
}

// bumped marks the transactions whose commit has bumped the version: every
// change of a transaction registers the commit hook, the first to run bumps.
var bumped sync.Map // *gen.Tx → struct{}

func bumpOnCommit(next gen.Committer) gen.Committer {
	return gen.CommitFunc(func(ctx context.Context, tx *gen.Tx) error {
		if _, done := bumped.LoadOrStore(tx, struct{}{}); done {
			return next.Commit(ctx, tx)
		}
		defer bumped.Delete(tx)
		if err := Bump(ctx, tx); err != nil {
			return err
		}
		return next.Commit(ctx, tx)
	})
}

// onlyTouch: a session's or an API token's "last seen" stamp, written as
// requests come in, changes nothing any answer shows at the minute it is
// read; raising the version for it would empty the cache with every request.
func onlyTouch(m ent.Mutation) bool {
	if !m.Op().Is(ent.OpUpdate | ent.OpUpdateOne) {
		return false
	}
	var stamp string
	switch m.Type() {
	case gen.TypeSession:
		stamp = session.FieldLastSeenAt
	case gen.TypeAPIToken:
		stamp = apitoken.FieldLastUsedAt
	default:
		return false
	}
	fields := m.Fields()
	return len(fields) == 1 && fields[0] == stamp && len(m.ClearedFields()) == 0
}
