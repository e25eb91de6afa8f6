// Command burst measures what a burst of abusive requests does to everyone
// else (issue 12, "a cost model for analytics"): it starts the real server
// binary over a fresh database with the demo data — PostgreSQL and SQLite —
// and measures another user's p50 of a cheap query and the server's resident
// memory (VmRSS of its process):
//
//	baseline    the other user alone;
//	flood       for comparison, the burst's 4 clients sending a cheap query
//	            ({ viewer { id username } }) back to back: what any flood costs;
//	heaviest    4 clients sending the heaviest analytics request the limits
//	            accept: 30 aliases of stats by seven dimensions, first: 20
//	            (each alias one full cube statement);
//	issue       4 clients (4 users) each sending, back to back, the request of
//	            the issue: 30 aliases of stats grouped by all seven dimensions
//	            with first: 10000 (the cost model refuses it before any SQL;
//	            after 3 refusals each client is in the tarpit, JIXIAO_PENALTY);
//	login       8 clients sending wrong passwords in parallel (for known
//	            users, so every attempt costs a password check);
//	after       the other user again, -settle after the last burst.
//
//	go run ./internal/bench/burst                 # both databases (make bench-burst)
//	go run ./internal/bench/burst -databases sqlite -phase 10s -settle 30s
//
// It prints one RESULT line per database and phase and a table at the end.
// Goals: the other user's p50 during a burst within 2× of the baseline, and
// RSS after the settle time back near the baseline.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"time"
)

type config struct {
	databases   []string
	pgURL       string
	phase       time.Duration
	settle      time.Duration
	burstUsers  []string
	loginBurst  int
	otherUser   string
	password    string
	serverEnv   []string
	keepWorkDir bool
	bin         string
}

func main() {
	var cfg config
	var dbs, users, env string
	flag.StringVar(&dbs, "databases", "postgres,sqlite", "databases to run on, comma-separated")
	flag.StringVar(&cfg.pgURL, "pg", envOr("JIXIAO_BENCH_PG", "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"),
		"PostgreSQL server to create the benchmark's database on (its maintenance database)")
	flag.DurationVar(&cfg.phase, "phase", 20*time.Second, "length of the baseline and of each burst")
	flag.DurationVar(&cfg.settle, "settle", 60*time.Second, "idle time after the last burst before the after-measurement")
	flag.StringVar(&users, "burst-users", "leader,leader2,reviewer,reviewer2", "users of the analytics burst, one client each")
	flag.IntVar(&cfg.loginBurst, "login-clients", 8, "parallel clients of the login burst")
	flag.StringVar(&cfg.otherUser, "other", "dept", "the other user, whose cheap query is measured")
	flag.StringVar(&cfg.password, "password", envOr("JIXIAO_DEMO_PASSWORD", "Jixiao@2026"), "the demo users' password")
	flag.StringVar(&env, "server-env", "", "extra environment of the server, e.g. GOMEMLIMIT=off,GOGC=100 (comma-separated)")
	flag.BoolVar(&cfg.keepWorkDir, "keep", false, "keep the work directory (server log, SQLite file)")
	flag.StringVar(&cfg.bin, "bin", "", "a server binary to measure instead of building ./server (e.g. an older commit's)")
	flag.Parse()
	cfg.databases = splitList(dbs)
	cfg.burstUsers = splitList(users)
	cfg.serverEnv = splitList(env)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	work, err := os.MkdirTemp("", "jixiao-burst-")
	if err != nil {
		fail("%v", err)
	}
	if !cfg.keepWorkDir {
		defer os.RemoveAll(work)
	} else {
		fmt.Println("work directory:", work)
	}
	bin := cfg.bin
	if bin == "" {
		if bin, err = buildServer(ctx, work); err != nil {
			fail("building the server: %v", err)
		}
	}
	var all []phaseResult
	for _, db := range cfg.databases {
		res, err := runOn(ctx, cfg, bin, work, db)
		all = append(all, res...)
		if err != nil {
			printTable(all)
			fail("%s: %v", db, err)
		}
	}
	printTable(all)
}

// runOn starts a server over a fresh database and runs the phases.
func runOn(ctx context.Context, cfg config, bin, work, db string) ([]phaseResult, error) {
	srv, err := startServer(ctx, bin, work, db, cfg)
	if err != nil {
		return nil, err
	}
	defer srv.stop()
	fmt.Printf("== %s: server pid %d at %s (demo data loaded in %s)\n", db, srv.pid(), srv.base, srv.ready.Round(time.Millisecond))
	return runPhases(ctx, cfg, srv, db)
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "burst: "+format+"\n", args...)
	os.Exit(1)
}
