// Command load is Jixiao's bounded load generator: it sends one GraphQL query
// to a server on the loopback interface from N concurrent clients, for at
// most -duration and at most -requests requests, and prints requests/s and
// the p50 and p99 latencies.
//
//	go run ./internal/bench/load -url http://127.0.0.1:18080/graphql -scenario drilldown -clients 1,16
//
// Scenarios:
//
//	drilldown   a department → its projects (first: 50) → their targets → indicators
//	            (the cockpit's drill-down), rotating over the departments with
//	            the most projects
//	comparison      departmentStats of the year: every department ranked, the
//	                first page (first: 100) returned — what the analysts' table shows
//	comparison-all  departmentStats of the year with every department's row:
//	                one request of -page rows, or as many pages of 100 as the
//	                server's page-size cap needs
//	overview        the cockpit's overview of the whole scope
//	cockpit-*, ranking, ranking-all, drill-*
//	                the product's pages with the SPA's own operations (spa.go)
//
// With -no-cache every request carries "Cache-Control: no-cache": the server
// computes each answer instead of serving it from its query cache, and the
// scenario is reported as <scenario>-uncached.
//
// With -write-every D another user (-writer) changes the data every D while
// the clients read — a department's headcount, set back and forth — so that
// the query cache is emptied as often as a busy bureau's writes would; the
// scenario is reported as <scenario>-writes.
//
// Every response is checked: an HTTP error or a GraphQL error aborts the run.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type config struct {
	url, user, password, scenario string
	users                         []string
	spa                           string
	year, departments, page       int
	clients                       []int
	duration, warmup              time.Duration
	requests                      int
	noCache                       bool
	writer                        string
	writeEvery                    time.Duration
}

func main() {
	var cfg config
	var clients string
	flag.StringVar(&cfg.url, "url", "http://127.0.0.1:18080/graphql", "GraphQL endpoint (loopback only)")
	flag.StringVar(&cfg.user, "user", "leader,leader2,reviewer,reviewer2,reviewer3,reviewer4,reviewer5,reviewer6,reviewer7,admin",
		"users to log in as, comma-separated: client i acts as user i mod n (a user runs at most 2 analytics queries at once)")
	flag.StringVar(&cfg.password, "password", envOr("JIXIAO_DEMO_PASSWORD", "Jixiao@2026"), "password")
	flag.StringVar(&cfg.scenario, "scenario", "drilldown", "drilldown, comparison, comparison-all, overview, or a page of the SPA (see spa.go)")
	flag.StringVar(&cfg.spa, "spa", "frontend/src", "the SPA's sources, where the pages' operations are read from")
	flag.IntVar(&cfg.year, "year", 2025, "fiscal year")
	flag.IntVar(&cfg.departments, "departments", 100, "drilldown: how many departments to rotate over")
	flag.IntVar(&cfg.page, "page", 10000, "comparison-all: page size asked for (lowered to 100 when the server refuses)")
	flag.StringVar(&clients, "clients", "1,16", "concurrent clients, comma-separated: one run each")
	flag.DurationVar(&cfg.duration, "duration", 20*time.Second, "longest measured time per run")
	flag.DurationVar(&cfg.warmup, "warmup", 3*time.Second, "unmeasured warm-up per run")
	flag.IntVar(&cfg.requests, "requests", 20000, "most requests per run")
	flag.BoolVar(&cfg.noCache, "no-cache", false, "ask the server not to answer from its query cache")
	flag.StringVar(&cfg.writer, "writer", "admin", "user that makes the writes of -write-every")
	flag.DurationVar(&cfg.writeEvery, "write-every", 0, "change the data this often while reading (0: never)")
	flag.Parse()
	for _, s := range strings.Split(clients, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 || n > 256 {
			fail("bad -clients %q", clients)
		}
		cfg.clients = append(cfg.clients, n)
	}
	if err := loopbackOnly(cfg.url); err != nil {
		fail("%v", err)
	}
	if cfg.requests < 1 || cfg.duration <= 0 {
		fail("-requests and -duration must be positive")
	}

	c := newClient(cfg.url, slices.Max(cfg.clients))
	c.noCache = cfg.noCache
	name := cfg.scenario
	if cfg.noCache {
		name += "-uncached"
	}
	if cfg.writeEvery > 0 {
		name += "-writes"
	}
	for _, u := range strings.Split(cfg.user, ",") {
		if err := c.login(strings.TrimSpace(u), cfg.password); err != nil {
			fail("login as %s: %v", u, err)
		}
	}
	work, err := scenario(c, cfg)
	if err != nil {
		fail("%s: %v", cfg.scenario, err)
	}
	var writes *writer
	if cfg.writeEvery > 0 {
		if writes, err = startWriter(cfg); err != nil {
			fail("writer: %v", err)
		}
	}
	for _, n := range cfg.clients {
		before := writes.count()
		r := run(c, work, n, cfg)
		// One line per run, for bench/run.sh and for people.
		fmt.Printf("RESULT scenario=%s clients=%d requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f writes=%d\n",
			name, n, r.n, r.elapsed.Seconds(), float64(r.n)/r.elapsed.Seconds(), ms(r.p50), ms(r.p99), writes.count()-before)
	}
	if err := writes.stop(); err != nil {
		fail("writer: %v", err)
	}
}

// loopbackOnly refuses any target but this machine.
func loopbackOnly(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return err
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("refusing %s: the load generator only talks to the loopback interface", raw)
}

// request is one unit of work: a query and its variables, sent as is.
type request func(i int) (query string, vars map[string]any)

const drilldownQuery = `query($id: ID!, $year: Int!) {
  node(id: $id) { ... on Department { id code name
    projects(first: 50, where: {fiscalYear: $year}) { totalCount edges { node { id code name status category keyProject
      targets(first: 5, where: {statusNEQ: SUPERSEDED}) { edges { node { id status version
        indicators(first: 20) { edges { node { id name category subcategory comparator targetValue actualValue unit weight } } } } } } } } } } } }`

const comparisonQuery = `query($year: Int!, $first: Int!, $after: Cursor) {
  departmentStats(fiscalYear: $year, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { rank previousRank projectCount budget paid executionRate timeProgress averageScore
      gradeCounts { excellent good fair poor } redWarnings yellowWarnings indicatorCompletionRate
      targetsDeclared targetsApproved evaluationCount openRectifications overdueRectifications
      change { budget executionRate averageScore rank }
      department { id code name region } } } } }`

const overviewQuery = `query($year: Int!) { overview(fiscalYear: $year) {
  departmentCount projectCount budget paid executionRate timeProgress averageScore
  gradeCounts { excellent good fair poor } redWarnings yellowWarnings overdueRectifications
  months { month paid paidToDate executionRate timeProgress warning } } }`

// scenario prepares the work of a scenario (finding departments to drill into,
// the page size the server accepts).
func scenario(c *client, cfg config) (func(w int) error, error) {
	switch cfg.scenario {
	case "drilldown":
		ids, err := busiestDepartments(c, cfg.year, cfg.departments)
		if err != nil {
			return nil, err
		}
		var next atomic.Int64
		return func(w int) error {
			id := ids[int(next.Add(1))%len(ids)]
			return c.as(w).query(drilldownQuery, map[string]any{"id": id, "year": cfg.year}, nil)
		}, nil
	case "comparison":
		total, _, err := comparison(c, cfg.year, 100, false)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(os.Stderr, "comparison: %d departments ranked, the first 100 returned\n", total)
		return func(w int) error { _, _, err := comparison(c.as(w), cfg.year, 100, false); return err }, nil
	case "comparison-all":
		page := cfg.page
		total, pages, err := comparison(c, cfg.year, page, true)
		var gqlErr *graphQLError
		if errors.As(err, &gqlErr) && gqlErr.code == "PAGE_SIZE_EXCEEDED" {
			page = 100
			fmt.Fprintf(os.Stderr, "comparison-all: the server caps pages; walking pages of %d\n", page)
			total, pages, err = comparison(c, cfg.year, page, true)
		}
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(os.Stderr, "comparison-all: %d departments in %d request(s) per comparison\n", total, pages)
		return func(w int) error { _, _, err := comparison(c.as(w), cfg.year, page, true); return err }, nil
	case "overview":
		return func(w int) error { return c.as(w).query(overviewQuery, map[string]any{"year": cfg.year}, nil) }, nil
	}
	return spaScenario(c, cfg)
}

// comparison fetches the ranking's first page, or every page; total is the
// number of departments ranked.
func comparison(c *client, year, page int, all bool) (total, pages int, err error) {
	var after any
	for {
		var data struct {
			DepartmentStats struct {
				TotalCount int
				PageInfo   struct {
					HasNextPage bool
					EndCursor   *string
				}
				Edges []json.RawMessage
			}
		}
		if err := c.query(comparisonQuery, map[string]any{"year": year, "first": page, "after": after}, &data); err != nil {
			return 0, pages, err
		}
		pages++
		total = data.DepartmentStats.TotalCount
		if !all || !data.DepartmentStats.PageInfo.HasNextPage || data.DepartmentStats.PageInfo.EndCursor == nil {
			return total, pages, nil
		}
		after = *data.DepartmentStats.PageInfo.EndCursor
	}
}

type result struct {
	n             int
	elapsed       time.Duration
	p50, p99, max time.Duration
}

// run measures one concurrency level: a warm-up, then up to cfg.requests
// requests or cfg.duration, whichever comes first.
func run(c *client, work func(w int) error, clients int, cfg config) result {
	drive := func(d time.Duration, budget int, record bool) ([]time.Duration, time.Duration) {
		ctx, cancel := context.WithTimeout(context.Background(), d)
		defer cancel()
		var (
			left = int64(budget)
			mu   sync.Mutex
			all  []time.Duration
			wg   sync.WaitGroup
			once sync.Once
			bad  error
		)
		start := time.Now()
		for w := range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var mine []time.Duration
				for ctx.Err() == nil && atomic.AddInt64(&left, -1) >= 0 {
					t0 := time.Now()
					if err := work(w); err != nil {
						once.Do(func() { bad = err })
						cancel()
						return
					}
					if record {
						mine = append(mine, time.Since(t0))
					}
				}
				mu.Lock()
				all = append(all, mine...)
				mu.Unlock()
			}()
		}
		wg.Wait()
		if bad != nil {
			fail("%s with %d clients: %v", cfg.scenario, clients, bad)
		}
		return all, time.Since(start)
	}
	if cfg.warmup > 0 {
		drive(cfg.warmup, cfg.requests, false)
	}
	lat, elapsed := drive(cfg.duration, cfg.requests, true)
	slices.Sort(lat)
	r := result{n: len(lat), elapsed: elapsed}
	if len(lat) > 0 {
		r.p50, r.p99, r.max = pct(lat, 0.50), pct(lat, 0.99), lat[len(lat)-1]
	}
	return r
}

func pct(sorted []time.Duration, p float64) time.Duration {
	i := int(float64(len(sorted))*p+0.5) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// client is a keep-alive HTTP client acting as one logged-in user.
type client struct {
	url     string
	http    *http.Client
	token   string
	tokens  []string // every user logged in, in order
	noCache bool
}

// as is the client acting as the w-th client's user.
func (c *client) as(w int) *client {
	if len(c.tokens) == 0 {
		return c
	}
	d := *c
	d.token = c.tokens[w%len(c.tokens)]
	return &d
}

func newClient(endpoint string, conns int) *client {
	tr := &http.Transport{MaxIdleConns: conns * 2, MaxIdleConnsPerHost: conns * 2, IdleConnTimeout: time.Minute}
	return &client{url: endpoint, http: &http.Client{Transport: tr, Timeout: 60 * time.Second}}
}

func (c *client) login(user, password string) error {
	var data struct{ Login struct{ Token string } }
	err := c.query(`mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }`,
		map[string]any{"u": user, "p": password}, &data)
	if err != nil {
		return err
	}
	if c.token == "" {
		c.token = data.Login.Token
	}
	c.tokens = append(c.tokens, data.Login.Token)
	return nil
}

type graphQLError struct{ message, code string }

func (e *graphQLError) Error() string { return e.message + " (" + e.code + ")" }

// query posts one operation; a GraphQL error is an error.
func (c *client) query(q string, vars map[string]any, into any) error {
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, c.url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	if c.noCache {
		req.Header.Set("Cache-Control", "no-cache")
	}
	res, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	// A measured request's answer is only checked, not decoded: the
	// generator shares the machine's cores with the server and the database.
	if into == nil && res.StatusCode == http.StatusOK && bytes.HasPrefix(raw, []byte(`{"data":`)) && !bytes.Contains(raw, []byte(`"errors":`)) {
		return nil
	}
	var out struct {
		Data   json.RawMessage
		Errors []struct {
			Message    string
			Extensions struct{ Code string }
		}
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return fmt.Errorf("HTTP %d: %.200s", res.StatusCode, raw)
	}
	if len(out.Errors) > 0 {
		return &graphQLError{out.Errors[0].Message, out.Errors[0].Extensions.Code}
	}
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", res.StatusCode)
	}
	if into != nil {
		return json.Unmarshal(out.Data, into)
	}
	return nil
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "load: "+format+"\n", args...)
	os.Exit(1)
}
