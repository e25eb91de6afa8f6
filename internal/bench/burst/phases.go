package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// cheapQuery is the other user's request: the first page of its projects,
// computed (no-cache) — what a department user's list page asks.
const cheapQuery = `{ projects(first: 10) { totalCount edges { node { id name status } } } }`

const allDims = `[FISCAL_YEAR, REGION, SECTOR, DEPARTMENT, PROJECT_CATEGORY, FUND_SOURCE, MONTH]`

// statsAliases is 30 aliases of stats by seven dimensions with first rows.
func statsAliases(first int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range 30 {
		fmt.Fprintf(&b, ` s%d: stats(groupBy: %s, measures: [BUDGET, PAID], first: %d) { totalRows rows { key { departmentID region sector fiscalYear fundSource projectCategory month } values { budget paid } } }`,
			i, allDims, first)
	}
	b.WriteString(" }")
	return b.String()
}

// phaseResult is what one phase measured.
type phaseResult struct {
	db, phase              string
	n                      int           // the other user's requests
	p50, p99               time.Duration // the other user's latencies
	rssStart, rssPeak, rss int64         // KiB: at the start, the highest, at the end
	burst                  map[string]int
	load                   string
}

// runPhases runs baseline, the bursts, the settle time and the after phase.
func runPhases(ctx context.Context, cfg config, srv *server, db string) ([]phaseResult, error) {
	other := newClient(srv.base)
	if err := other.login(cfg.otherUser, cfg.password); err != nil {
		return nil, err
	}
	var analysts []*client
	for _, u := range cfg.burstUsers {
		c := newClient(srv.base)
		if err := c.login(u, cfg.password); err != nil {
			return nil, err
		}
		analysts = append(analysts, c)
	}
	// Warm-up (not measured): connections, prepared plans, the first GC cycles.
	for range 20 {
		if err := cheap(other); err != nil {
			return nil, err
		}
	}
	heaviest, err := heaviestAccepted(analysts[0])
	if err != nil {
		return nil, err
	}
	fmt.Printf("   heaviest accepted analytics request: 30 aliases of stats by 7 dimensions, first: %d\n", heaviest)

	issue := statsAliases(10000)
	heavy := statsAliases(heaviest)
	analytics := func(q string) []worker {
		var ws []worker
		for _, c := range analysts {
			ws = append(ws, func() (string, error) { return c.do(q, nil, nil) })
		}
		return ws
	}
	var logins []worker
	for i := range cfg.loginBurst {
		c := newClient(srv.base)
		user := cfg.burstUsers[i%len(cfg.burstUsers)]
		logins = append(logins, func() (string, error) {
			return c.do(loginMutation, map[string]any{"u": user, "p": "wrong-" + strconv.Itoa(i)}, nil)
		})
	}

	var flood []worker // the same clients sending a cheap query back to back
	for _, c := range analysts {
		flood = append(flood, func() (string, error) { return c.do(`{ viewer { id username } }`, nil, nil) })
	}

	var out []phaseResult
	phase := func(name string, ws []worker) error {
		r, err := measure(ctx, srv.pid(), other, ws, cfg.phase)
		r.db, r.phase = db, name
		out = append(out, r)
		fmt.Println(r.line())
		return err
	}
	if err := phase("baseline", nil); err != nil {
		return out, err
	}
	if err := phase("flood", flood); err != nil {
		return out, err
	}
	// heaviest before issue: the issue's refusals put its clients in the
	// tarpit for a minute (JIXIAO_PENALTY), which would slow their accepted
	// requests too and flatter the heaviest phase.
	if err := phase("heaviest", analytics(heavy)); err != nil {
		return out, err
	}
	if err := phase("issue", analytics(issue)); err != nil {
		return out, err
	}
	if err := phase("login", logins); err != nil {
		return out, err
	}
	fmt.Printf("   idle for %s\n", cfg.settle)
	select {
	case <-time.After(cfg.settle):
	case <-ctx.Done():
		return out, ctx.Err()
	}
	err = phase("after", nil)
	return out, err
}

// heaviestAccepted is the largest first (≤ 20) for which statsAliases passes the cost model.
func heaviestAccepted(c *client) (int, error) {
	for first := 20; first > 0; first-- {
		code, err := c.do(statsAliases(first), nil, nil)
		if err != nil {
			return 0, err
		}
		switch code {
		case "":
			return first, nil
		case "QUERY_TOO_COMPLEX":
			continue
		default:
			return 0, fmt.Errorf("stats aliases, first: %d: %s", first, code)
		}
	}
	return 0, errors.New("no stats alias burst is accepted")
}

func cheap(c *client) error {
	code, err := c.do(cheapQuery, nil, nil)
	if err == nil && code != "" {
		err = errors.New(code)
	}
	return err
}

// worker sends one request of a burst and returns its answer's error code.
type worker func() (string, error)

// measure runs the other user's cheap query back to back for d while the
// workers loop, and samples the server's RSS every 100 ms.
func measure(ctx context.Context, pid int, other *client, ws []worker, d time.Duration) (phaseResult, error) {
	r := phaseResult{burst: map[string]int{}, rssStart: rssKiB(pid)}
	r.rssPeak = r.rssStart
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var workerErr atomic.Value
	for _, w := range ws {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				code, err := w()
				if err != nil {
					workerErr.CompareAndSwap(nil, err)
					return
				}
				if code == "" {
					code = "ok"
				}
				mu.Lock()
				r.burst[code]++
				mu.Unlock()
			}
		})
	}
	wg.Go(func() {
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				if v := rssKiB(pid); v > 0 {
					mu.Lock()
					r.rssPeak = max(r.rssPeak, v)
					mu.Unlock()
				}
			}
		}
	})
	var lat []time.Duration
	var err error
	end := time.Now().Add(d)
	for time.Now().Before(end) && ctx.Err() == nil {
		start := time.Now()
		if err = cheap(other); err != nil {
			break
		}
		lat = append(lat, time.Since(start))
	}
	close(stop)
	wg.Wait()
	r.rss = rssKiB(pid)
	r.rssPeak = max(r.rssPeak, r.rss)
	r.load = loadAverage()
	slices.Sort(lat)
	r.n = len(lat)
	if r.n > 0 {
		r.p50, r.p99 = lat[r.n/2], lat[min(r.n-1, r.n*99/100)]
	}
	if e, ok := workerErr.Load().(error); ok && err == nil {
		err = e
	}
	return r, err
}

// rssKiB is VmRSS of the process in KiB (0 when it cannot be read).
func rssKiB(pid int) int64 {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			n, _ := strconv.ParseInt(f[1], 10, 64)
			return n
		}
	}
	return 0
}

func loadAverage() string {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Fields(string(raw))[0]
}

func (r phaseResult) line() string {
	var codes []string
	for c, n := range r.burst {
		codes = append(codes, fmt.Sprintf("%s:%d", c, n))
	}
	slices.Sort(codes)
	return fmt.Sprintf("RESULT db=%s phase=%s requests=%d p50_ms=%.1f p99_ms=%.1f rss_start_mib=%.0f rss_peak_mib=%.0f rss_end_mib=%.0f load=%s burst=%s",
		r.db, r.phase, r.n, ms(r.p50), ms(r.p99), mib(r.rssStart), mib(r.rssPeak), mib(r.rss), r.load, strings.Join(codes, ","))
}

// printTable prints the results with the p50 relative to the baseline.
func printTable(rs []phaseResult) {
	fmt.Println()
	fmt.Println("| database | phase | other user's p50 ms (× baseline) | p99 ms | RSS MiB start → peak → end | burst answers | load |")
	fmt.Println("|---|---|---|---|---|---|---|")
	base := map[string]time.Duration{}
	for _, r := range rs {
		if r.phase == "baseline" {
			base[r.db] = r.p50
		}
		ratio := "–"
		if b := base[r.db]; b > 0 {
			ratio = fmt.Sprintf("%.2f", float64(r.p50)/float64(b))
		}
		var codes []string
		for c, n := range r.burst {
			codes = append(codes, fmt.Sprintf("%s %d", c, n))
		}
		slices.Sort(codes)
		fmt.Printf("| %s | %s | %.1f (%s) | %.1f | %.0f → %.0f → %.0f | %s | %s |\n", r.db, r.phase, ms(r.p50), ratio, ms(r.p99),
			mib(r.rssStart), mib(r.rssPeak), mib(r.rss), strings.Join(codes, ", "), r.load)
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
func mib(kib int64) float64      { return float64(kib) / 1024 }
