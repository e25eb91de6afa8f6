// Command gen-migration writes the next PostgreSQL migration file: the
// difference between the ent schema and what internal/platform/store/migrations/postgres already
// creates, computed on a throw-away database.
//
//	go run ./store/gen-migration NAME   (make migration name=NAME)
//	go run ./store/gen-migration -hash  (atlas.sum after a hand-written migration)
//
// The partitioned tables differ from the ent schema on purpose
// (store.Partitioned): the diff accepts those differences.
package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"os"

	atlasmigrate "ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/sqltool"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"
	_ "github.com/lib/pq"

	"jixiao/ent/migrate"
	"jixiao/internal/platform/store"
)

const migrationsDir = "internal/platform/store/migrations/postgres"

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: gen-migration NAME | -hash")
	}
	dir, err := sqltool.NewGolangMigrateDir(migrationsDir)
	if err != nil {
		log.Fatal(err)
	}
	if os.Args[1] == "-hash" {
		sum, err := dir.Checksum()
		if err == nil {
			err = atlasmigrate.WriteSumFile(dir, sum)
		}
		if err != nil {
			log.Fatal(err)
		}
		return
	}
	admin := env("PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable")
	dev := fmt.Sprintf("jixiao_migration_dev_%d", os.Getpid())
	db, err := sql.Open("postgres", admin)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE DATABASE " + dev); err != nil {
		log.Fatal(err)
	}
	defer db.Exec("DROP DATABASE " + dev + " WITH (FORCE)")

	err = migrate.NamedDiff(context.Background(),
		fmt.Sprintf("postgres://postgres@127.0.0.1:5432/%s?sslmode=disable", dev), os.Args[1],
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dialect.Postgres),
		schema.WithFormatter(sqltool.GolangMigrateFormatter),
		schema.WithDiffHook(store.AcceptPartitioning),
	)
	if err != nil {
		log.Fatal(err)
	}
}

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
