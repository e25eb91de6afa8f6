package store_test

import (
	"context"
	"database/sql"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/lib/pq"

	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

func open(t *testing.T, url string, opt store.Options) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), url, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func show(t *testing.T, db *sql.DB, setting string) string {
	t.Helper()
	var v string
	if err := db.QueryRow("SHOW " + setting).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

// TestPostgresStatementTimeout: a statement that runs past the timeout is
// cancelled by the server (SQLSTATE 57014), inside a transaction too; with the
// timeout off the same statement completes (so the timeout is what cancels it).
func TestPostgresStatementTimeout(t *testing.T) {
	url := testdb.PostgresURL(t)
	if got := show(t, open(t, url, store.Options{}).SQL, "statement_timeout"); got != "30s" {
		t.Errorf("default statement_timeout = %s, want 30s", got)
	}

	db := open(t, url, store.Options{StatementTimeout: 200 * time.Millisecond})
	if got := show(t, db.SQL, "statement_timeout"); got != "200ms" {
		t.Fatalf("statement_timeout = %s, want 200ms", got)
	}
	start := time.Now()
	_, err := db.SQL.Exec("SELECT pg_sleep(3)")
	elapsed := time.Since(start)
	var pqErr *pq.Error
	if !errors.As(err, &pqErr) || pqErr.Code != "57014" {
		t.Fatalf("pg_sleep(3) under a 200ms timeout: %v, want query_canceled (57014)", err)
	}
	t.Logf("pg_sleep(3) cancelled after %s: %v", elapsed.Round(time.Millisecond), err)

	tx, err := db.SQL.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec("SELECT pg_sleep(3)"); !errors.As(err, &pqErr) || pqErr.Code != "57014" {
		t.Fatalf("in a transaction: %v, want query_canceled", err)
	}
	tx.Rollback()

	off := open(t, url, store.Options{StatementTimeout: -1})
	if got := show(t, off.SQL, "statement_timeout"); got != "0" {
		t.Fatalf("statement_timeout off = %s", got)
	}
	if _, err := off.SQL.Exec("SELECT pg_sleep(0.3)"); err != nil {
		t.Fatalf("without a timeout: %v", err)
	}
}

// TestPostgresPoolIsBounded: the pool never opens more connections than
// MaxOpenConns (counted by the server); the others queue. 0 takes the default.
func TestPostgresPoolIsBounded(t *testing.T) {
	url := testdb.PostgresURL(t)
	if got := open(t, url, store.Options{}).SQL.Stats().MaxOpenConnections; got != store.DefaultOptions.MaxOpenConns {
		t.Errorf("MaxOpenConns 0 gives a pool of %d, want %d", got, store.DefaultOptions.MaxOpenConns)
	}
	if got := store.DefaultOptions.MaxOpenConns; got < 4 || got > 50 {
		t.Errorf("default pool of %d connections", got)
	}

	// The queries wait for an advisory lock the test holds, so all of them are
	// in flight at once for as long as the test needs, whatever the machine's
	// load: the server must see exactly `bound` of them, the others queue in
	// the pool.
	const bound, queries = 3, 9
	db := open(t, url, store.Options{MaxOpenConns: bound})
	watcher := open(t, url, store.Options{MaxOpenConns: 1})
	holder, err := watcher.SQL.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	if _, err := holder.ExecContext(context.Background(), "SELECT pg_advisory_lock(4242)"); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range queries {
		wg.Go(func() {
			if _, err := db.SQL.Exec("SELECT pg_advisory_lock_shared(4242), pg_advisory_unlock_shared(4242)"); err != nil {
				t.Error(err)
			}
		})
	}
	// Wait (a condition, not a duration) until the pool is full and the rest queue.
	waiting := func() (n int64) {
		if err := holder.QueryRowContext(context.Background(), `SELECT count(*) FROM pg_stat_activity
			WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'SELECT pg_advisory_lock_shared%'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	poll, deadline := time.NewTicker(10*time.Millisecond), time.Now().Add(time.Minute)
	defer poll.Stop()
	for waiting() < bound || db.SQL.Stats().WaitCount < queries-bound {
		if time.Now().After(deadline) {
			t.Fatalf("after a minute: %d queries at the server, %d waiting in the pool", waiting(), db.SQL.Stats().WaitCount)
		}
		<-poll.C
	}
	atServer, stats := waiting(), db.SQL.Stats()
	if _, err := holder.ExecContext(context.Background(), "SELECT pg_advisory_unlock(4242)"); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	t.Logf("%d queries on a pool of %d: the server saw %d at once, %d waited in the pool", queries, bound, atServer, stats.WaitCount)
	if stats.MaxOpenConnections != bound || atServer != bound || stats.InUse != bound {
		t.Fatalf("pool bound %d: the server saw %d at once, %d in use", stats.MaxOpenConnections, atServer, stats.InUse)
	}
}

func TestSQLitePoolIsBounded(t *testing.T) {
	if got := open(t, testdb.SQLiteURL(t), store.Options{}).SQL.Stats().MaxOpenConnections; got != 4 {
		t.Fatalf("SQLite pool of %d connections, want 4", got)
	}
}
