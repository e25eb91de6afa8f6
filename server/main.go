// Command server runs Jixiao: the GraphQL API, GraphiQL and the single-page
// application on one port. Without DATABASE_URL it uses the embedded SQLite
// file jixiao.db and loads the demo data into it when it is empty.
package main

import (
	"context"
	"errors"
	"flag"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
	_ "time/tzdata" // Asia/Shanghai even on machines without zoneinfo

	"jixiao/frontend"
	"jixiao/httpapi"
	"jixiao/store"
)

func main() {
	addr := flag.String("addr", envOr("JIXIAO_ADDR", ":8080"), "listen address (JIXIAO_ADDR)")
	dbURL := flag.String("database-url", os.Getenv("DATABASE_URL"), "postgres:// URL; empty = embedded SQLite file jixiao.db (DATABASE_URL)")
	env := flag.String("env", envOr("JIXIAO_ENV", "development"), "development or production (JIXIAO_ENV)")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, *addr, *dbURL, *env == "development"); err != nil {
		slog.Error("server stopped", "error", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, addr, dbURL string, development bool) error {
	db, err := store.Open(ctx, dbURL, store.DefaultOptions)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		return err
	}
	if err := loadDemoIfEmpty(ctx, db); err != nil {
		return err
	}
	dist, _ := fs.Sub(frontend.Dist, "dist")
	srv := &http.Server{
		Addr:              addr,
		Handler:           httpapi.New(db.Client, db.SQL, httpapi.Options{Development: development, SPA: dist}),
		ReadHeaderTimeout: 10 * time.Second,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	slog.Info("Jixiao is running", "url", "http://"+displayAddr(addr)+"/", "database", db.Dialect, "development", development)

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	// SIGTERM: stop accepting, let in-flight requests finish.
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	slog.Info("Jixiao stopped")
	return nil
}

func displayAddr(addr string) string {
	if len(addr) > 0 && addr[0] == ':' {
		return "localhost" + addr
	}
	return addr
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
