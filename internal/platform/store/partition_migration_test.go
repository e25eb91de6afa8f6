package store_test

import (
	"context"
	"database/sql"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	atlasmigrate "ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/sqltool"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"
	"github.com/golang-migrate/migrate/v4"
	"github.com/golang-migrate/migrate/v4/database/postgres"
	"github.com/golang-migrate/migrate/v4/source/iofs"

	entmigrate "jixiao/ent/migrate"
	"jixiao/internal/demo"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// pendingMigration runs the migration generator's diff over dir (plus the
// extra migration, if any) and returns what it would write ("" when the
// migrations match the ent schema) or the diff's error.
func pendingMigration(t *testing.T, extra string, hooks ...schema.DiffHook) (string, error) {
	t.Helper()
	dir := t.TempDir()
	copyDir(t, "migrations/postgres", dir)
	if extra != "" {
		if err := os.WriteFile(filepath.Join(dir, "99990101000000_extra.up.sql"), []byte(extra), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mdir, err := sqltool.NewGolangMigrateDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := mdir.Checksum()
	if err != nil {
		t.Fatal(err)
	}
	if err := atlasmigrate.WriteSumFile(mdir, sum); err != nil {
		t.Fatal(err)
	}
	before := files(t, dir)
	opts := []schema.MigrateOption{schema.WithDir(mdir), schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dialect.Postgres), schema.WithFormatter(sqltool.GolangMigrateFormatter)}
	for _, h := range hooks {
		opts = append(opts, schema.WithDiffHook(h))
	}
	if err := entmigrate.NamedDiff(context.Background(), testdb.EmptyPostgresURL(t), "pending", opts...); err != nil {
		return "", err
	}
	if files(t, dir) == before {
		return "", nil
	}
	matches, _ := filepath.Glob(filepath.Join(dir, "*_pending.up.sql"))
	if len(matches) != 1 {
		t.Fatalf("pending migration files: %v", matches)
	}
	b, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b), nil
}

// TestAcceptPartitioningHidesOnlyPartitioning: without the hook the diff
// sees the partitioning (so the hook is what hides it); with it, any other
// change to a partitioned table still shows, and the partitioning does not.
func TestAcceptPartitioningHidesOnlyPartitioning(t *testing.T) {
	// Atlas refuses to plan the removal of a partition key.
	if got, err := pendingMigration(t, ""); err == nil || !strings.Contains(err.Error(), "partition key") {
		t.Fatalf("without AcceptPartitioning the diff does not see the partitioning: %v\n%s", err, got)
	}
	// (ent's diff adds what is missing and drops nothing by default.)
	got, err := pendingMigration(t, `DROP INDEX "disbursement_allocation_id";
ALTER TABLE "audit_entries" DROP COLUMN "ip";
ALTER TABLE "indicator_progresses" DROP CONSTRAINT "indicator_progresses_monitorings_progresses";
`, store.AcceptPartitioning)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`CREATE INDEX "disbursement_allocation_id"`, `ADD COLUMN "ip"`, `ADD CONSTRAINT "indicator_progresses_monitorings_progresses"`} {
		if !strings.Contains(got, want) {
			t.Errorf("the diff misses %s:\n%s", want, got)
		}
	}
	for _, hidden := range []string{"PRIMARY KEY", "disbursements_disbursements_reversals", "evidences_indicator_progresses_indicator_progress", "indicatorprogress_monitoring_id_indicator_id"} {
		if strings.Contains(got, hidden) {
			t.Errorf("the diff shows the partitioning (%s):\n%s", hidden, got)
		}
	}
}

// TestPartitionMigrationDownUp: with data, the partitioning migration goes
// down (plain tables with their constraints again) and up again, keeping
// every row.
func TestPartitionMigrationDownUp(t *testing.T) {
	url := testdb.EmptyPostgresURL(t)
	db := testdb.Open(t, url, store.DefaultOptions) // up
	if _, err := demo.Load(context.Background(), db, demo.Demo); err != nil {
		t.Fatal(err)
	}
	counts := func() [3]int {
		var c [3]int
		if err := db.SQL.QueryRow(`SELECT (SELECT count(*) FROM disbursements), (SELECT count(*) FROM indicator_progresses), (SELECT count(*) FROM audit_entries)`).Scan(&c[0], &c[1], &c[2]); err != nil {
			t.Fatal(err)
		}
		return c
	}
	kind := func() string {
		var k string
		if err := db.SQL.QueryRow(`SELECT string_agg(relkind::text, '' ORDER BY relname) FROM pg_class WHERE relname IN ('disbursements', 'indicator_progresses', 'audit_entries')`).Scan(&k); err != nil {
			t.Fatal(err)
		}
		return k
	}
	loaded := counts()
	if kind() != "ppp" {
		t.Fatalf("relkinds %q after up, want partitioned (ppp)", kind())
	}
	m := migrator(t, url)
	// down to the version before the partitioning (later migrations first)
	if err := m.Migrate(versionBefore(t, "_partition_by_fiscal_year.up.sql")); err != nil {
		t.Fatal(err)
	}
	if kind() != "rrr" || counts() != loaded {
		t.Fatalf("after down: relkinds %q, rows %v; want plain tables (rrr) with %v", kind(), counts(), loaded)
	}
	var fks int
	if err := db.SQL.QueryRow(`SELECT count(*) FROM pg_constraint WHERE conname IN ('disbursements_disbursements_reversals', 'evidences_indicator_progresses_indicator_progress')`).Scan(&fks); err != nil || fks != 2 {
		t.Fatalf("after down: %d of the 2 foreign keys, %v", fks, err)
	}
	if err := m.Up(); err != nil {
		t.Fatal(err)
	}
	if kind() != "ppp" || counts() != loaded {
		t.Fatalf("up again: relkinds %q, rows %v; want ppp with %v", kind(), counts(), loaded)
	}
}

func migrator(t *testing.T, url string) *migrate.Migrate {
	t.Helper()
	conn, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	target, err := postgres.WithInstance(conn, &postgres.Config{})
	if err != nil {
		t.Fatal(err)
	}
	src, err := iofs.New(store.PostgresMigrations, "migrations/postgres")
	if err != nil {
		t.Fatal(err)
	}
	m, err := migrate.NewWithInstance("iofs", src, "postgres", target)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

// versionBefore is the version of the migration just before the one whose
// up file ends in suffix.
func versionBefore(t *testing.T, suffix string) uint {
	t.Helper()
	names, err := fs.Glob(store.PostgresMigrations, "migrations/postgres/*.up.sql")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	for i, name := range names {
		if strings.HasSuffix(name, suffix) && i > 0 {
			v, err := strconv.ParseUint(strings.SplitN(path.Base(names[i-1]), "_", 2)[0], 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return uint(v)
		}
	}
	t.Fatalf("no migration before one ending in %s", suffix)
	return 0
}
