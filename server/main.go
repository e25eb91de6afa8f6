// Command server runs Jixiao: the GraphQL API, GraphiQL and the single-page
// application on one port. Without DATABASE_URL it uses the embedded SQLite
// file jixiao.db and loads the demo data into it when it is empty.
package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
	_ "time/tzdata" // Asia/Shanghai even on machines without zoneinfo

	"entgo.io/ent/dialect"

	"jixiao/docs"
	"jixiao/frontend"
	"jixiao/internal/analytics"
	"jixiao/internal/app"
	"jixiao/internal/platform/httpapi"
	"jixiao/internal/platform/live"
	"jixiao/internal/platform/store"
	"jixiao/internal/platform/tracing"
)

func main() {
	var cfg config
	flag.StringVar(&cfg.addr, "addr", envOr("JIXIAO_ADDR", ":8080"), "listen address (JIXIAO_ADDR)")
	flag.StringVar(&cfg.dbURL, "database-url", os.Getenv("DATABASE_URL"), "postgres:// URL; empty = embedded SQLite file jixiao.db (DATABASE_URL)")
	env := flag.String("env", envOr("JIXIAO_ENV", "development"), "development or production (JIXIAO_ENV)")
	cache := flag.String("query-cache", envOr("JIXIAO_QUERY_CACHE", "on"), "on or off: keep query answers per data version (JIXIAO_QUERY_CACHE)")
	secure := flag.String("cookie-secure", os.Getenv("JIXIAO_COOKIE_SECURE"), "on or off: mark the session cookie Secure; default on in production (JIXIAO_COOKIE_SECURE)")
	flag.StringVar(&cfg.proxyHeader, "trusted-proxy-header", os.Getenv("JIXIAO_TRUSTED_PROXY_HEADER"), "header a trusted reverse proxy writes the client address in, e.g. X-Forwarded-For; empty = the connection's address (JIXIAO_TRUSTED_PROXY_HEADER)")
	penalty := flag.String("penalty", os.Getenv("JIXIAO_PENALTY"), "off, or FIRST,MAX,QUIET: how long the requests of a client refused more than 3 times wait, e.g. 250ms,5s,1m (JIXIAO_PENALTY)")
	cors := flag.String("cors-origins", os.Getenv("JIXIAO_CORS_ORIGINS"), "comma-separated origins whose pages may call the API with credentials, e.g. https://dash.example.gov.cn; * = any origin, without credentials (JIXIAO_CORS_ORIGINS)")
	perViewer := flag.String("subscriptions-per-viewer", os.Getenv("JIXIAO_SUBSCRIPTIONS_PER_VIEWER"), "most open subscriptions (live dashboards) per user; empty = 8 (JIXIAO_SUBSCRIPTIONS_PER_VIEWER)")
	subscriptions := flag.String("subscriptions", os.Getenv("JIXIAO_SUBSCRIPTIONS"), "most open subscriptions on the server; empty = 500 (JIXIAO_SUBSCRIPTIONS)")
	flag.Parse()
	slog.SetDefault(slog.New(httpapi.LogHandler(logFormat(os.Getenv("JIXIAO_LOG_FORMAT")))))
	cfg.development = *env == "development"
	cfg.secureCookie = cookieSecure(*secure, cfg.development)
	cfg.noQueryCache = *cache == "off"
	origins, err := httpapi.ParseCORSOrigins(*cors)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	cfg.corsOrigins = origins
	if cfg.subscriptions, err = subscriptionLimits(*perViewer, *subscriptions); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if cfg.penalty, err = httpapi.ParsePenalty(*penalty); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	tuneGC()

	ctx, stop := signalContext()
	defer stop()
	if err := run(ctx, cfg); err != nil {
		slog.Error("server stopped", "error", err)
		os.Exit(1)
	}
}

// signalContext is cancelled by SIGINT or SIGTERM.
func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
}

// config is what main reads from the flags and the environment, plus two
// hooks for tests.
type config struct {
	addr         string
	noQueryCache bool
	dbURL        string
	development  bool
	secureCookie bool
	proxyHeader  string
	corsOrigins  []string
	// subscriptions bound the open live-dashboard streams.
	subscriptions live.Limits
	// penalty slows down clients that keep getting refused.
	penalty httpapi.Penalty
	// shutdownGrace bounds the wait for in-flight requests; 0 means 30 s.
	shutdownGrace time.Duration
	// listening, if set, is told the bound address (tests listen on :0).
	listening func(net.Addr)
	// wrap, if set, wraps the handler (tests hold a request in flight).
	wrap func(http.Handler) http.Handler
}

// run serves until ctx is cancelled (SIGTERM), then stops accepting
// connections and lets the requests in flight finish before it returns.
func run(ctx context.Context, cfg config) error {
	traced, stopTracing, err := tracing.Setup(ctx, os.Getenv("JIXIAO_OTEL_EXPORTER"), os.Stdout)
	if err != nil {
		return err
	}
	defer stopTracing(context.Background())
	opt := store.DefaultOptions
	// A PostgreSQL streaming-replication standby for query reads (README, "Read replica").
	opt.ReplicaURL = os.Getenv("JIXIAO_REPLICA_URL")
	if traced {
		opt.Wrap = tracing.Driver // a span per SQL statement
	}
	db, err := app.Open(ctx, cfg.dbURL, opt)
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
	// SQLite's automatic migration has no data step: summaries an older
	// version wrote are rebuilt (PostgreSQL's migrations refill them).
	if db.Dialect == dialect.SQLite {
		if err := analytics.RebuildIfStale(ctx, db.Client); err != nil {
			return err
		}
	}
	if addr := os.Getenv("JIXIAO_PPROF_ADDR"); addr != "" {
		if err := servePprof(addr); err != nil {
			return err
		}
	}
	dist, _ := fs.Sub(frontend.Dist, "dist")
	handler := httpapi.New(db.Client, db.SQL, httpapi.Options{Versions: db.Versions, Replica: db.Replica, Development: cfg.development, SPA: dist, NoQueryCache: cfg.noQueryCache,
		SecureCookie: cfg.secureCookie, TrustedProxyHeader: cfg.proxyHeader, NoMetrics: os.Getenv("JIXIAO_METRICS") == "off",
		CORS: httpapi.CORS{Origins: cfg.corsOrigins}, Docs: docs.Files, Subscriptions: cfg.subscriptions, Penalty: cfg.penalty})
	if cfg.wrap != nil {
		handler = cfg.wrap(handler)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second, // bodies are at most 1 MiB
		WriteTimeout:      2 * time.Minute,  // statements time out after 30 s
		IdleTimeout:       2 * time.Minute,
	}
	// Open subscriptions (live dashboards) end at shutdown: their clients
	// subscribe again to the next server; the other requests finish.
	srv.RegisterOnShutdown(live.StopAll)
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return err
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	shown := cfg.addr
	if strings.HasSuffix(shown, ":0") {
		shown = ln.Addr().String()
	}
	slog.Info("Jixiao is running", "url", "http://"+displayAddr(shown)+"/", "database", db.Dialect, "development", cfg.development)
	if cfg.listening != nil {
		cfg.listening(ln.Addr())
	}

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	// SIGTERM: stop accepting, let in-flight requests finish.
	slog.Info("Jixiao is stopping: finishing the requests in flight")
	grace := cfg.shutdownGrace
	if grace <= 0 {
		grace = 30 * time.Second
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		srv.Close()
		return fmt.Errorf("shutdown: requests still running after %s: %w", grace, err)
	}
	slog.Info("Jixiao stopped")
	return nil
}

// cookieSecure tells whether the session cookie is marked Secure: as set
// ("on"/"off"), else in production only.
func cookieSecure(setting string, development bool) bool {
	return setting == "on" || (setting == "" && !development)
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

// logFormat is JSON lines (one object per record, for a log collector), or
// Go's text format with JIXIAO_LOG_FORMAT=text.
func logFormat(format string) slog.Handler {
	if format == "text" {
		return slog.NewTextHandler(os.Stderr, nil)
	}
	return slog.NewJSONHandler(os.Stderr, nil)
}
