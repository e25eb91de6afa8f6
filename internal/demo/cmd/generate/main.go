// Command generate loads Jixiao's deterministic demo or benchmark data into an
// empty database:
//
//	go run ./demo/cmd/generate --size city --database-url postgres://postgres@127.0.0.1:5432/DB?sslmode=disable
//
// It migrates the schema, refuses a database that already has data, loads
// the data in one transaction and prints the rows written per table and the
// time it took. Sizes: demo (one city, ~300 projects), city (~600
// departments, 30,000 projects), province (ten cities).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"time"

	"jixiao/internal/app"
	"jixiao/internal/demo"
	"jixiao/internal/platform/store"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "generate:", err)
		os.Exit(1)
	}
}

func run() error {
	size := demo.Demo
	flag.Var(&size, "size", "data size: demo, city or province (default demo)")
	url := flag.String("database-url", os.Getenv("DATABASE_URL"),
		"postgres:// URL, or a SQLite file path (default: $DATABASE_URL)")
	flag.Parse()
	if *url == "" {
		return errors.New("no database: give --database-url (or set DATABASE_URL)")
	}
	// A load allocates many short-lived rows: collect garbage less often
	// (memory stays bounded by the chunks: a few hundred MB at any size).
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(300)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	opts := store.DefaultOptions
	opts.StatementTimeout = 0 // one long load
	db, err := app.Open(ctx, *url, opts)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	empty, err := demo.IsEmpty(ctx, db)
	if err != nil {
		return err
	}
	if !empty {
		return errors.New("数据库中已有数据，拒绝加载（请使用一个新建的空数据库）/ the database already has data: load into a new, empty database")
	}
	fmt.Printf("loading %s data into %s …\n", size, db.Dialect)
	start := time.Now()
	st, err := demo.Load(ctx, db, size)
	if err != nil {
		return err
	}
	fmt.Print(st.String())
	fmt.Printf("done in %s\n", time.Since(start).Round(time.Millisecond))
	return nil
}
