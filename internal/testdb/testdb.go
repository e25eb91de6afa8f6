// Package testdb gives tests real databases: a fresh PostgreSQL database on the
// local server (created and dropped per test) and a fresh SQLite file.
package testdb

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// PostgresURL creates an empty database and returns its URL; it is dropped when
// the test ends. Without a reachable server the test fails under CI and is
// skipped elsewhere.
func PostgresURL(t testing.TB) string {
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
	name := fmt.Sprintf("jixiao_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, seq.Add(1))
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	return strings.Replace(AdminURL(), "/postgres?", "/"+name+"?", 1)
}

// SQLiteURL is a fresh SQLite file in the test's temporary directory.
func SQLiteURL(t testing.TB) string {
	return "sqlite:" + filepath.Join(t.TempDir(), "jixiao.db")
}

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
