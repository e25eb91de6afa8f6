// Package store opens Jixiao's database — the embedded SQLite file by default,
// PostgreSQL in production — and brings its schema up to date.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq"  // PostgreSQL driver
	_ "modernc.org/sqlite" // pure-Go SQLite driver

	"jixiao/ent"
	_ "jixiao/ent/runtime" // registers the schema's hooks and policies
	"jixiao/internal/platform/dataversion"
)

// DefaultSQLiteFile is used when no DATABASE_URL is given.
const DefaultSQLiteFile = "jixiao.db"

// DB is an open database: the ent client and the pool under it.
type DB struct {
	Client  *ent.Client
	SQL     *sql.DB
	Dialect string // dialect.Postgres or dialect.SQLite
	Driver  dialect.Driver
	// Versions keeps the data versions in memory (package app starts it);
	// nil reads them from the database when asked.
	Versions *dataversion.Watcher
	// Replica, when a standby is configured (Options.ReplicaURL), routes the
	// reads of contexts marked ReadFromReplica to it (replica.go).
	Replica *Replica
}

// Options bound the connection pool and each statement.
type Options struct {
	// MaxOpenConns bounds the PostgreSQL pool; 0 takes the default (never
	// unbounded: a burst of requests must queue, not exhaust the server's
	// max_connections). SQLite always uses 4.
	MaxOpenConns int
	// StatementTimeout makes PostgreSQL cancel a statement that runs longer
	// (SQLSTATE 57014); 0 takes the default, a negative value turns it off.
	StatementTimeout time.Duration
	// Wrap, if set, wraps the driver (tests use it to count statements).
	Wrap func(dialect.Driver) dialect.Driver
	// ReplicaURL is a PostgreSQL streaming-replication standby of url
	// (JIXIAO_REPLICA_URL); empty: every read goes to url. PostgreSQL only.
	ReplicaURL string
}

// DefaultOptions suit a 2-core API server.
var DefaultOptions = Options{MaxOpenConns: 20, StatementTimeout: 30 * time.Second}

// Open connects to url: a postgres:// URL, or a SQLite file path (sqlite:FILE or
// a bare path; empty means DefaultSQLiteFile).
func Open(ctx context.Context, url string, opt Options) (*DB, error) {
	var (
		db   *sql.DB
		name string
		err  error
	)
	switch {
	case strings.HasPrefix(url, "postgres://"), strings.HasPrefix(url, "postgresql://"):
		name = dialect.Postgres
		if opt.MaxOpenConns <= 0 {
			opt.MaxOpenConns = DefaultOptions.MaxOpenConns
		}
		if opt.StatementTimeout == 0 {
			opt.StatementTimeout = DefaultOptions.StatementTimeout
		}
		db, err = sql.Open("postgres", withStatementTimeout(url, opt.StatementTimeout))
		if err == nil {
			db.SetMaxOpenConns(opt.MaxOpenConns)
			db.SetMaxIdleConns(opt.MaxOpenConns)
			db.SetConnMaxIdleTime(5 * time.Minute)
			// Renew connections now and then (a fail-over, a changed setting).
			db.SetConnMaxLifetime(time.Hour)
		}
	default:
		name = dialect.SQLite
		db, err = sql.Open("sqlite", SQLiteDSN(strings.TrimPrefix(url, "sqlite:")))
		if err == nil {
			// One writer at a time is SQLite's nature; a small pool lets readers
			// proceed while immediate transactions queue on the busy timeout.
			db.SetMaxOpenConns(4)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to %s: %w", name, err)
	}
	var drv dialect.Driver = entsql.OpenDB(name, db)
	var replica *Replica
	if opt.ReplicaURL != "" {
		if name != dialect.Postgres {
			db.Close()
			return nil, fmt.Errorf("a replica (JIXIAO_REPLICA_URL) needs PostgreSQL as the database")
		}
		if replica, drv, err = openReplica(ctx, opt.ReplicaURL, opt, db, drv); err != nil {
			db.Close()
			return nil, err
		}
	}
	if opt.Wrap != nil {
		drv = opt.Wrap(drv)
	}
	// Features register their hooks on the client (internal/app): opening a
	// database knows none of them.
	client := ent.NewClient(ent.Driver(drv))
	client.Use(UTC()) // first, so every feature's hook sees UTC times
	return &DB{Client: client, SQL: db, Dialect: name, Driver: drv, Replica: replica}, nil
}

// SQLiteDSN turns a file path into a modernc DSN with foreign keys on, WAL, a
// busy timeout, immediate transactions (so writers queue instead of failing)
// and every time written in UTC (_timezone: stored text compares as instants).
func SQLiteDSN(path string) string {
	if path == "" {
		path = DefaultSQLiteFile
	}
	return "file:" + path + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_txlock=immediate&_timezone=UTC"
}

func withStatementTimeout(url string, d time.Duration) string {
	if d <= 0 || strings.Contains(url, "statement_timeout") {
		return url
	}
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	// lib/pq passes unknown URL parameters to the server as run-time settings.
	return fmt.Sprintf("%s%sstatement_timeout=%d", url, sep, d.Milliseconds())
}

// Close closes the client and the pool.
func (d *DB) Close() error {
	if d.Versions != nil {
		d.Versions.Close()
	}
	d.Replica.Close()
	return d.Client.Close()
}
