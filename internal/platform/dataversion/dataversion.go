// Package dataversion keeps the data version: numbers in the database that go
// up with every committed change of the data, in the change's own
// transaction — row 1 with every change, and one row per table written (see
// tables.go). A reader that takes the versions before it reads the data knows
// that what it read is at least as new as them, so answers kept under them
// (the API's query cache, the viewers of sessions) are never served after a
// write they do not reflect.
//
// A Watcher holds the versions in memory: a commit in this process updates
// them right after it commits; on PostgreSQL every bump also notifies
// (pg_notify, delivered at commit) the other servers sharing the database,
// whose watchers LISTEN. Reading the version then costs no statement.
package dataversion

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"entgo.io/ent"

	gen "jixiao/ent"
	"jixiao/ent/apitoken"
	"jixiao/ent/session"
)

// Channel is the PostgreSQL notification channel of version changes; the
// payload lists "id:version" pairs separated by commas.
const Channel = "jixiao_data_version"

const currentSQL = `SELECT version FROM data_versions WHERE id = 1`

// Execer runs a statement: an ent client (in a transaction or not) or a *sql.DB.
type Execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// Querier runs a query: an ent client or a *sql.DB.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// bumpSQL raises rows ids (ascending, so that two writers take the row locks
// in one order and cannot deadlock) and returns their new versions; on
// PostgreSQL it also notifies the other servers, at commit.
func bumpSQL(ids []int, postgres bool) string {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	var b strings.Builder
	b.WriteString("INSERT INTO data_versions (id, version) VALUES ")
	for i, id := range ids {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "(%d, 1)", id)
	}
	b.WriteString(" ON CONFLICT (id) DO UPDATE SET version = data_versions.version + 1 RETURNING id, version")
	if !postgres {
		return b.String()
	}
	return "WITH b AS (" + b.String() + "), p AS (SELECT string_agg(id || ':' || version, ',') AS v FROM b) " +
		"SELECT p.v, pg_notify('" + Channel + "', p.v) FROM p"
}

// bump raises rows ids through db and returns their new versions.
func bump(ctx context.Context, db Querier, ids []int, postgres bool) (map[int]int64, error) {
	rows, err := db.QueryContext(ctx, bumpSQL(ids, postgres))
	if err != nil {
		return nil, fmt.Errorf("dataversion: bump: %w", err)
	}
	defer rows.Close()
	out := map[int]int64{}
	for rows.Next() {
		if postgres {
			var payload string
			var ignored any
			if err := rows.Scan(&payload, &ignored); err != nil {
				return nil, fmt.Errorf("dataversion: bump: %w", err)
			}
			out = parsePayload(payload)
			continue
		}
		var id int
		var v int64
		if err := rows.Scan(&id, &v); err != nil {
			return nil, fmt.Errorf("dataversion: bump: %w", err)
		}
		out[id] = v
	}
	return out, rows.Err()
}

func parsePayload(p string) map[int]int64 {
	out := map[int]int64{}
	for _, pair := range strings.Split(p, ",") {
		id, v, ok := strings.Cut(pair, ":")
		if !ok {
			continue
		}
		i, err1 := strconv.Atoi(id)
		n, err2 := strconv.ParseInt(v, 10, 64)
		if err1 == nil && err2 == nil {
			out[i] = n
		}
	}
	return out
}

// Bump raises the version of everything (rows 1 and AllID): writers that
// bypass ent (bulk loads, summary rebuilds) call it after their change,
// inside its transaction when they have one. PostgreSQL's servers are
// notified when it commits.
func Bump(ctx context.Context, db Execer) error {
	q, ok := db.(Querier)
	if !ok {
		return fmt.Errorf("dataversion: bump: %T cannot query", db)
	}
	_, err := bump(ctx, q, []int{GlobalID, AllID}, isPostgres(ctx, q))
	return err
}

// isPostgres asks the database what it is (one statement; Bump is for bulk work).
func isPostgres(ctx context.Context, db Querier) bool {
	rows, err := db.QueryContext(ctx, "SELECT version()")
	if err != nil {
		return false // SQLite has no version() function
	}
	rows.Close()
	return true
}

// Current is the version of everything now (0 before the first change).
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

// Hook raises the versions with every change made through ent: row 1 and the
// rows of the tables the change wrote (its own, the audit trail's, the
// summaries its hooks refreshed: the tracked driver notes them). In a
// transaction it does so right before the commit — once, however many
// changes it holds, and last, so that the version rows are the last locks the
// transaction takes — else right after the change. A rolled-back transaction
// leaves them as they were. After the commit, w (nil: none) learns the new
// versions at once. Register it first, so that it sees every statement of
// the hooks after it: client.Use(dataversion.Hook(w)).
func Hook(w *Watcher) ent.Hook {
	postgres := w != nil && w.postgres
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if onlyTouch(m) {
				return next.Mutate(ctx, m)
			}
			if tx, err := m.(interface{ Tx() (*gen.Tx, error) }).Tx(); err == nil {
				// Every change of the transaction registers the commit hook
				// (each sees its own *Tx); the first to run bumps for all.
				tx.OnCommit(bumpOnCommit(w, postgres))
				return next.Mutate(ctx, m)
			}
			if writesOf(ctx) != nil { // an outer change collects this one's writes and bumps for them
				return next.Mutate(ctx, m)
			}
			set := &Set{}
			v, err := next.Mutate(withWrites(ctx, set), m)
			if err != nil {
				return v, err
			}
			got, err := bump(ctx, m.(interface{ Client() *gen.Client }).Client(), idsToBump(set), postgres)
			if err == nil && w != nil {
				w.apply(got)
			}
			return v, err
		})
	}
}

// idsToBump: row 1 and the rows of the tables written; AllID when the
// driver noted no table (a client built without Track), so that nothing kept
// survives a write it did not see.
func idsToBump(set *Set) []int {
	ids := set.IDs()
	if len(ids) == 0 {
		ids = append(ids, AllID)
	}
	return append(ids, GlobalID)
}

// bumped marks the transactions whose commit has bumped the versions.
var bumped sync.Map // *gen.Tx → struct{}

// bumpOnCommit raises the versions of the tables the transaction wrote,
// which its tracked driver noted (driver.go: it rewrites the bump statement
// asked for here; without it, the bump is of everything).
func bumpOnCommit(w *Watcher, postgres bool) gen.CommitHook {
	return func(next gen.Committer) gen.Committer {
		return gen.CommitFunc(func(ctx context.Context, tx *gen.Tx) error {
			if _, done := bumped.LoadOrStore(tx, struct{}{}); done {
				return next.Commit(ctx, tx)
			}
			defer bumped.Delete(tx)
			got, err := bump(context.WithValue(ctx, bumpKey{}, postgres), tx, []int{GlobalID, AllID}, postgres)
			if err != nil {
				return err
			}
			if err := next.Commit(ctx, tx); err != nil {
				return err
			}
			if w != nil {
				w.apply(got) // only now: a reader must not see the versions before the data
			}
			return nil
		})
	}
}

// bumpKey marks the bump statement of a commit for the tracked transaction.
type bumpKey struct{}

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
