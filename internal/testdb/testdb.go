// Package testdb gives tests real databases: a fresh PostgreSQL database on the
// local server (created and dropped per test) and a fresh SQLite file, both
// copied from a template that was migrated once.
package testdb

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/lib/pq"

	"jixiao/internal/app"
	"jixiao/internal/platform/store"
)

// AdminURL is the PostgreSQL server the tests use (override with JIXIAO_TEST_PG).
func AdminURL() string {
	if v := os.Getenv("JIXIAO_TEST_PG"); v != "" {
		return v
	}
	return "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
}

var seq atomic.Int64

// PostgresURL creates a database with the current schema and returns its URL;
// it is dropped when the test ends. It is a copy (CREATE DATABASE … TEMPLATE)
// of a template migrated once for this set of migrations, which costs a
// fraction of migrating each test's database. Without a reachable server the
// test fails under CI and is skipped elsewhere.
func PostgresURL(t testing.TB) string {
	t.Helper()
	admin := adminDB(t)
	tpl, err := postgresTemplate(admin)
	if err != nil {
		t.Fatalf("template database: %v", err)
	}
	return postgresDB(t, admin, tpl)
}

// EmptyPostgresURL creates an empty database (no tables), dropped when the
// test ends: for tests of the migrations themselves.
func EmptyPostgresURL(t testing.TB) string {
	t.Helper()
	return postgresDB(t, adminDB(t), "")
}

func adminDB(t testing.TB) *sql.DB {
	t.Helper()
	admin, err := sql.Open("postgres", AdminURL())
	if err == nil {
		err = admin.Ping()
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("PostgreSQL unreachable at %s: %v", AdminURL(), err)
		}
		t.Skipf("PostgreSQL unreachable at %s: %v", AdminURL(), err)
	}
	t.Cleanup(func() { admin.Close() })
	return admin
}

// postgresDB creates a database (a copy of template unless it is empty) that
// is dropped when the test ends, and returns its URL.
func postgresDB(t testing.TB, admin *sql.DB, template string) string {
	t.Helper()
	name := fmt.Sprintf("jixiao_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, seq.Add(1))
	create := "CREATE DATABASE " + name
	if template != "" {
		create += " TEMPLATE " + template
	}
	if _, err := admin.Exec(create); err != nil {
		t.Fatalf("create database: %v", err)
	}
	// A test's database is thrown away: its commits need not wait for the
	// disk (an fsync each, ~5 ms on the CI disk), which was most of the time
	// of the write-heavy tests. Crash safety is not what they test.
	if _, err := admin.Exec("ALTER DATABASE " + name + " SET synchronous_commit TO off"); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	return urlOf(name)
}

func urlOf(database string) string {
	return strings.Replace(AdminURL(), "/postgres?", "/"+database+"?", 1)
}

// schemaHash names the current schema: a digest of the migration files.
var schemaHash = sync.OnceValue(func() string {
	h := sha256.New()
	_ = fs.WalkDir(store.PostgresMigrations, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(store.PostgresMigrations, path)
		fmt.Fprintf(h, "%s %d\n", path, len(b))
		h.Write(b)
		return err
	})
	return hex.EncodeToString(h.Sum(nil))[:16]
})

// templateDone marks a complete template database.
const templateDone = "jixiao test template, complete"

var (
	templateMu sync.Mutex
	templateOK string
)

// postgresTemplate is the name of a database migrated to the current
// schema, made once per set of migrations and kept for later runs. Test
// processes running side by side take an advisory lock to make it; it is
// marked complete only at the end, and no one connects to it afterwards (a
// connection would stop CREATE DATABASE … TEMPLATE).
func postgresTemplate(admin *sql.DB) (string, error) {
	templateMu.Lock()
	defer templateMu.Unlock()
	if templateOK != "" {
		return templateOK, nil
	}
	name := "jixiao_template_" + schemaHash()
	ctx := context.Background()
	conn, err := admin.Conn(ctx)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock(hashtext('jixiao test template'))"); err != nil {
		return "", err
	}
	defer conn.ExecContext(ctx, "SELECT pg_advisory_unlock(hashtext('jixiao test template'))")
	// A template is complete once its comment says so (a process that died
	// while making one leaves it without).
	var comment sql.NullString
	err = conn.QueryRowContext(ctx, "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $1", name).Scan(&comment)
	switch {
	case err == nil && comment.String == templateDone:
	case err == nil || errors.Is(err, sql.ErrNoRows):
		if _, err := conn.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			return "", err
		}
		if _, err := conn.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
			return "", err
		}
		db, err := store.Open(ctx, urlOf(name), store.DefaultOptions)
		if err != nil {
			return "", err
		}
		err = db.Migrate(ctx)
		db.Close()
		if err != nil {
			return "", err
		}
		// No connection after this (CREATE DATABASE … TEMPLATE waits for the
		// migration's to end).
		for _, stmt := range []string{"ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS false",
			"COMMENT ON DATABASE " + name + " IS '" + templateDone + "'"} {
			if _, err := conn.ExecContext(ctx, stmt); err != nil {
				return "", err
			}
		}
	default:
		return "", err
	}
	templateOK = name
	return name, nil
}

// SQLiteURL is a SQLite file with the current schema in the test's temporary
// directory: a copy of a template file migrated once per schema.
func SQLiteURL(t testing.TB) string {
	t.Helper()
	tpl, err := sqliteTemplate()
	if err != nil {
		t.Fatalf("SQLite template: %v", err)
	}
	file := filepath.Join(scratchDir(t), "jixiao.db")
	b, err := os.ReadFile(tpl)
	if err == nil {
		err = os.WriteFile(file, b, 0o600)
	}
	if err != nil {
		t.Fatal(err)
	}
	return "sqlite:" + file
}

// scratchDir is a directory removed when the test ends, in memory (/dev/shm)
// where the machine has it: a SQLite commit then costs no fsync, as the
// PostgreSQL tests' commits do not wait for the disk either.
func scratchDir(t testing.TB) string {
	t.Helper()
	if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() {
		if dir, err := os.MkdirTemp("/dev/shm", "jixiao-test-"); err == nil {
			t.Cleanup(func() { os.RemoveAll(dir) })
			return dir
		}
	}
	return t.TempDir()
}

// sqliteTemplate is a migrated SQLite file, made once per schema (written
// under another name and renamed into place, so parallel test processes never
// read half of one). testdb.Open migrates again, so a template made from an
// ent schema that changed since is brought up to date in the copy.
var sqliteTemplate = sync.OnceValues(func() (string, error) {
	file := filepath.Join(os.TempDir(), "jixiao-test-template-"+schemaHash()+".db")
	if _, err := os.Stat(file); err == nil {
		return file, nil
	}
	dir, err := os.MkdirTemp("", "jixiao-template-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	building := filepath.Join(dir, "jixiao.db")
	ctx := context.Background()
	db, err := store.Open(ctx, "sqlite:"+building, store.DefaultOptions)
	if err != nil {
		return "", err
	}
	err = db.Migrate(ctx)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", err
	}
	return file, os.Rename(building, file)
})

// Dialects runs f once on PostgreSQL and once on SQLite, each with a fresh,
// migrated database.
func Dialects(t *testing.T, f func(t *testing.T, url string)) {
	for _, d := range []struct {
		name string
		url  func(testing.TB) string
	}{{"postgres", PostgresURL}, {"sqlite", SQLiteURL}} {
		t.Run(d.name, func(t *testing.T) { f(t, d.url(t)) })
	}
}

// Open opens and migrates url, closing it when the test ends.
func Open(t testing.TB, url string, opt store.Options) *store.DB {
	t.Helper()
	ctx := context.Background()
	db, err := app.Open(ctx, url, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return db
}
