package httpapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// pgBin holds Debian's PostgreSQL 15 server programs.
const pgBin = "/usr/lib/postgresql/15/bin"

// pgCluster is a throwaway PostgreSQL cluster in a temporary directory, run
// by the postgres user (initdb and postgres refuse root).
type pgCluster struct {
	t    *testing.T
	dir  string
	port int
}

func newPGCluster(t *testing.T) *pgCluster {
	t.Helper()
	for _, prog := range []string{"initdb", "pg_ctl", "postgres"} {
		if _, err := os.Stat(filepath.Join(pgBin, prog)); err != nil {
			if os.Getenv("CI") == "" {
				t.Skipf("PostgreSQL 15 server programs missing (%v)", err)
			}
			t.Fatalf("PostgreSQL 15 server programs missing under CI: %v", err)
		}
	}
	dir, err := os.MkdirTemp("", "jixiao-pg-")
	if err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Fatal(err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			t.Fatal(err)
		}
	}
	c := &pgCluster{t: t, dir: dir, port: freePort(t)}
	t.Cleanup(func() {
		_ = c.cmd("pg_ctl", "-D", c.data(), "-m", "immediate", "-w", "stop").Run()
		os.RemoveAll(dir)
	})
	c.run("initdb", "-D", c.data(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync")
	conf := fmt.Sprintf("\nport = %d\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%s'\nfsync = off\nmax_connections = 50\n", c.port, dir)
	c.run("sh", "-c", "cat >> "+filepath.Join(c.data(), "postgresql.conf")+" <<'EOF'"+conf+"EOF")
	c.ctl("start")
	return c
}

func (c *pgCluster) data() string { return filepath.Join(c.dir, "data") }

func (c *pgCluster) url() string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", c.port)
}

// cmd runs a server program as the postgres user.
func (c *pgCluster) cmd(prog string, args ...string) *exec.Cmd {
	if prog != "sh" {
		prog = filepath.Join(pgBin, prog)
	}
	if os.Geteuid() == 0 {
		return exec.Command("runuser", append([]string{"-u", "postgres", "--", prog}, args...)...)
	}
	return exec.Command(prog, args...)
}

func (c *pgCluster) run(prog string, args ...string) {
	c.t.Helper()
	if out, err := c.cmd(prog, args...).CombinedOutput(); err != nil {
		c.t.Fatalf("%s %s: %v\n%s", prog, strings.Join(args, " "), err, out)
	}
}

// ctl runs pg_ctl and waits for it (-w: start and restart return once the
// server accepts connections).
func (c *pgCluster) ctl(action string, args ...string) {
	c.t.Helper()
	c.run("pg_ctl", append([]string{"-D", c.data(), "-l", filepath.Join(c.dir, "log"), "-w", "-t", "60", action}, args...)...)
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// probe is one request to the server under test and what came back.
type probe struct {
	ok     bool
	status int
	body   string
	err    error // transport error: the server did not answer at all
}

// TestPostgresRestart: the real handler over a throwaway cluster keeps
// answering while the database restarts (pg_ctl restart -m fast, -m
// immediate) or is stopped; while it is down /readyz is 503 and errors are
// masked; once it is back the server answers normally by itself (the time it
// takes is logged), and keeps doing so (no stale pooled connection fails later).
func TestPostgresRestart(t *testing.T) {
	pg := newPGCluster(t)
	a := newHardenedOn(t, pg.url(), Options{Development: true})
	a.ok(`mutation { createDepartment(input: {code: "R1", name: "重启测试", region: "市本级", sector: EDUCATION}) { id } }`, nil, nil)

	client := &http.Client{Timeout: 10 * time.Second}
	query, _ := json.Marshal(map[string]any{"query": `{ departments { totalCount edges { node { code } } } }`})
	graphql := func() probe {
		req, _ := http.NewRequest(http.MethodPost, a.srv.URL+"/graphql", bytes.NewReader(query))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+a.token)
		res, err := client.Do(req)
		if err != nil {
			return probe{err: err}
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		return probe{ok: res.StatusCode == 200 && bytes.Contains(body, []byte(`"totalCount":1`)) && !bytes.Contains(body, []byte(`"errors"`)),
			status: res.StatusCode, body: string(body)}
	}
	ready := func() probe {
		res, err := client.Get(a.srv.URL + "/readyz")
		if err != nil {
			return probe{err: err}
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		return probe{ok: res.StatusCode == 200, status: res.StatusCode, body: string(body)}
	}
	// Nothing about the database may reach a client while it is down.
	leaks := []string{"pq:", "dial tcp", "connection refused", "127.0.0.1:" + strconv.Itoa(pg.port), "terminating connection", "shutting down", "EOF", "sql:"}
	problem := func(p probe) string {
		if p.err != nil {
			return fmt.Sprintf("the server did not answer: %v", p.err)
		}
		for _, leak := range leaks {
			if strings.Contains(p.body, leak) {
				return fmt.Sprintf("an answer leaks %q: %d %s", leak, p.status, p.body)
			}
		}
		return ""
	}
	check := func(t *testing.T, p probe) {
		t.Helper()
		if msg := problem(p); msg != "" {
			t.Fatal(msg)
		}
	}

	// load keeps 4 clients busy until stop is closed and counts the outcomes.
	load := func(t *testing.T, stop chan struct{}) (started chan struct{}, wait func() (ok, failed int64)) {
		var okN, failedN atomic.Int64
		started = make(chan struct{})
		var once sync.Once
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				for {
					select {
					case <-stop:
						return
					default:
					}
					p := graphql()
					if msg := problem(p); msg != "" {
						t.Error(msg)
						return
					}
					if p.ok {
						okN.Add(1)
						once.Do(func() { close(started) })
					} else {
						failedN.Add(1)
					}
				}
			})
		}
		return started, func() (int64, int64) { wg.Wait(); return okN.Load(), failedN.Load() }
	}
	// recovery polls until a GraphQL request and /readyz both succeed. How
	// long that takes is reported, not asserted (it depends on the machine's
	// load); that it happens by itself, and then lasts, is asserted.
	recovery := func(t *testing.T, back time.Time) time.Duration {
		t.Helper()
		poll := time.NewTicker(5 * time.Millisecond)
		defer poll.Stop()
		for {
			g, r := graphql(), ready()
			check(t, g)
			check(t, r)
			if g.ok && r.ok {
				return time.Since(back)
			}
			if time.Since(back) > time.Minute {
				t.Fatalf("not recovered a minute after the database came back: %d %s / readyz %d", g.status, g.body, r.status)
			}
			<-poll.C
		}
	}
	// steady: after recovery every request succeeds (stale pooled connections
	// would fail one by one).
	steady := func(t *testing.T) {
		t.Helper()
		var wg sync.WaitGroup
		var failed atomic.Int64
		for range 8 {
			wg.Go(func() {
				for range 10 {
					if p := graphql(); !p.ok {
						failed.Add(1)
						t.Errorf("request failed after recovery: %d %s %v", p.status, p.body, p.err)
					}
				}
			})
		}
		wg.Wait()
		if failed.Load() > 0 {
			t.FailNow()
		}
	}

	steady(t) // fills the pool with open connections
	for _, mode := range []string{"fast", "immediate"} {
		t.Run("restart -m "+mode, func(t *testing.T) {
			stop := make(chan struct{})
			started, wait := load(t, stop)
			select { // the clients are answered before the restart
			case <-started:
			case <-time.After(time.Minute):
				t.Fatal("no answer under load within a minute")
			}
			start := time.Now()
			pg.ctl("restart", "-m", mode)
			back := time.Now()
			took := recovery(t, back)
			close(stop)
			okN, failedN := wait()
			t.Logf("pg_ctl restart -m %s took %s; answering normally %s after the database was back; under load: %d ok, %d failed",
				mode, back.Sub(start).Round(time.Millisecond), took.Round(time.Millisecond), okN, failedN)
			steady(t)
		})
		t.Run("stop -m "+mode+", then start", func(t *testing.T) {
			pg.ctl("stop", "-m", mode)
			r := ready()
			check(t, r)
			if r.status != http.StatusServiceUnavailable {
				t.Fatalf("/readyz with the database down: %d %s", r.status, r.body)
			}
			g := graphql()
			check(t, g)
			if g.ok {
				t.Fatalf("a query succeeded with the database down: %s", g.body)
			}
			// Anonymous: no session to look up, so the mutation's transaction is
			// the first thing to meet the missing database.
			anon := a.send2(`mutation { createDepartment(input: {code: "R2", name: "X", region: "市本级", sector: EDUCATION}) { id } }`)
			check(t, anon)
			t.Logf("database down: /readyz %d; bearer query %d %s; anonymous mutation %d %s",
				r.status, g.status, strings.TrimSpace(g.body), anon.status, strings.TrimSpace(anon.body))
			if !strings.Contains(anon.body, `"code":"INTERNAL"`) || !strings.Contains(anon.body, "requestId") {
				t.Fatalf("not a masked error with a request id: %s", anon.body)
			}
			pg.ctl("start")
			took := recovery(t, time.Now())
			t.Logf("answering normally %s after pg_ctl start returned", took.Round(time.Millisecond))
			steady(t)
		})
	}
}

// send2 posts an anonymous query and returns the raw answer.
func (a *api) send2(query string) probe {
	body, _ := json.Marshal(map[string]any{"query": query})
	res, err := http.Post(a.srv.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		return probe{err: err}
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return probe{status: res.StatusCode, body: string(b)}
}
