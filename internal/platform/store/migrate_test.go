package store_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"ariga.io/atlas/sql/sqltool"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"

	"jixiao/ent/migrate"
	"jixiao/ent/privacy"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// TestPostgresMigrationsMatchSchema fails when ent/schema changed without a new
// migration file (make migration name=…).
func TestPostgresMigrationsMatchSchema(t *testing.T) {
	dev := testdb.EmptyPostgresURL(t)
	dir := t.TempDir()
	copyDir(t, "migrations/postgres", dir)
	before := files(t, dir)

	mdir, err := sqltool.NewGolangMigrateDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	err = migrate.NamedDiff(context.Background(), dev, "pending",
		schema.WithDir(mdir), schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dialect.Postgres), schema.WithFormatter(sqltool.GolangMigrateFormatter),
		schema.WithDiffHook(store.AcceptPartitioning))
	if err != nil {
		t.Fatal(err)
	}
	if after := files(t, dir); after != before {
		t.Fatalf("the ent schema has changes without a migration: run `make migration name=…` (%d → %d files)", before, after)
	}
}

// TestMigrateIsIdempotent: start-up migrates every time; the second run must
// be a no-op on both databases.
func TestMigrateIsIdempotent(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		for i := 0; i < 2; i++ {
			db := testdb.Open(t, url, store.DefaultOptions)
			n, err := db.Client.Department.Query().Count(privacy.DecisionContext(context.Background(), privacy.Allow))
			if err != nil || n != 0 {
				t.Fatalf("run %d: count = %d, %v", i, n, err)
			}
			db.Close()
		}
	})
}

func copyDir(t *testing.T, from, to string) {
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func files(t *testing.T, dir string) int {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return len(entries)
}
