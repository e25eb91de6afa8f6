// Command rebuild recomputes the analytics summaries of a database in one
// transaction — after a bulk load that wrote the base tables directly (the
// demo generator's COPY), or to repair summaries after hand-written SQL.
//
//	go run ./internal/bench/rebuild -database-url postgres://…
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"jixiao/internal/analytics"
	"jixiao/internal/app"
	"jixiao/internal/platform/store"
)

func main() {
	url := flag.String("database-url", os.Getenv("DATABASE_URL"), "postgres:// URL, or a SQLite file")
	migrate := flag.Bool("migrate", true, "bring the schema up to date first")
	flag.Parse()
	ctx := context.Background()
	db, err := app.Open(ctx, *url, store.Options{MaxOpenConns: 2})
	if err != nil {
		fail(err)
	}
	defer db.Close()
	if *migrate {
		if err := db.Migrate(ctx); err != nil {
			fail(err)
		}
	}
	start := time.Now()
	tx, err := db.SQL.BeginTx(ctx, nil)
	if err != nil {
		fail(err)
	}
	if err := analytics.Rebuild(ctx, tx); err != nil {
		tx.Rollback()
		fail(err)
	}
	if err := tx.Commit(); err != nil {
		fail(err)
	}
	fmt.Printf("summaries rebuilt in %.1f s\n", time.Since(start).Seconds())
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "rebuild:", err)
	os.Exit(1)
}
