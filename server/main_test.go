package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// slowServer runs the real server (run) on a fresh SQLite file and a free
// port. A request with the header X-Test-Slow is held before the real handler
// until release is closed; entered is closed when it arrives.
type slowServer struct {
	addr             string
	entered, release chan struct{}
	done             chan error // run's result
}

func startSlowServer(t *testing.T, ctx context.Context, grace time.Duration) *slowServer {
	t.Helper()
	s := &slowServer{entered: make(chan struct{}), release: make(chan struct{}), done: make(chan error, 1)}
	addrc := make(chan string, 1)
	cfg := config{
		addr:          "127.0.0.1:0",
		dbURL:         "sqlite:" + filepath.Join(t.TempDir(), "jixiao.db"),
		shutdownGrace: grace,
		listening:     func(a net.Addr) { addrc <- a.String() },
		wrap: func(next http.Handler) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.Header.Get("X-Test-Slow") != "" {
					close(s.entered)
					<-s.release
				}
				next.ServeHTTP(w, r)
			})
		},
	}
	go func() { s.done <- run(ctx, cfg) }()
	select {
	case s.addr = <-addrc:
	case err := <-s.done:
		t.Fatalf("server did not start: %v", err)
	case <-time.After(60 * time.Second):
		t.Fatal("server did not start within 60 s")
	}
	return s
}

type answer struct {
	status int
	body   string
	err    error
}

// graphQL posts a query on a connection of its own.
func graphQL(addr string, slow bool) answer {
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/graphql", strings.NewReader(`{"query":"{ __typename }"}`))
	req.Header.Set("Content-Type", "application/json")
	if slow {
		req.Header.Set("X-Test-Slow", "1")
	}
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 30 * time.Second}
	res, err := client.Do(req)
	if err != nil {
		return answer{err: err}
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	return answer{status: res.StatusCode, body: string(body), err: err}
}

// refused waits until a new connection to addr is refused.
func refused(t *testing.T, addr string) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		// A dial racing with the listener's close may be accepted by the
		// kernel and then reset; only "refused" means the port is closed.
		conn, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil && strings.Contains(err.Error(), "refused") {
			return
		}
		if conn != nil {
			conn.Close()
		}
		if time.Now().After(deadline) {
			t.Fatalf("new connections still not refused a minute after SIGTERM (last dial: %v)", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestGracefulShutdown: on SIGTERM the server stops accepting connections at
// once, yet a request already in flight completes normally, and run returns
// only after it did.
func TestGracefulShutdown(t *testing.T) {
	ctx, stop := signalContext() // what main uses
	defer stop()
	s := startSlowServer(t, ctx, 0)
	if a := graphQL(s.addr, false); a.err != nil || a.status != 200 {
		t.Fatalf("before SIGTERM: %+v", a)
	}

	inflight := make(chan answer, 1)
	go func() { inflight <- graphQL(s.addr, true) }()
	select {
	case <-s.entered:
	case <-time.After(time.Minute):
		t.Fatal("the slow request did not arrive within a minute")
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	sent := time.Now()

	refused(t, s.addr)
	if a := graphQL(s.addr, false); a.err == nil {
		t.Fatalf("a new request was served after SIGTERM: %d %s", a.status, a.body)
	}
	// Not synchronisation: nothing can end the held request, so run must still
	// be waiting after any pause; the pause gives a run that returned too early
	// the time to show it.
	time.Sleep(300 * time.Millisecond)
	select {
	case err := <-s.done:
		t.Fatalf("run returned (%v) with a request in flight", err)
	case a := <-inflight:
		t.Fatalf("the in-flight request ended before it was released: %+v", a)
	default:
	}

	close(s.release)
	a := <-inflight
	if a.err != nil || a.status != 200 || !strings.Contains(a.body, `"__typename":"Query"`) {
		t.Fatalf("the in-flight request did not complete: %+v", a)
	}
	select {
	case err := <-s.done:
		if err != nil {
			t.Fatalf("run: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("run did not return after the last request finished")
	}
	t.Logf("in-flight request completed %s after SIGTERM; new connections refused meanwhile", time.Since(sent).Round(time.Millisecond))
}

// TestShutdownGraceIsBounded: a request that outlives the grace period does
// not keep the process alive; run reports it.
func TestShutdownGraceIsBounded(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	s := startSlowServer(t, ctx, 300*time.Millisecond)
	defer close(s.release)
	go graphQL(s.addr, true)
	<-s.entered
	cancel()
	select {
	case err := <-s.done:
		if err == nil || !strings.Contains(err.Error(), "shutdown") {
			t.Fatalf("run: %v, want a shutdown error", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("run waited past its grace period")
	}
}

// TestCookieSecureDefault: production marks the session cookie Secure unless
// told otherwise; development does not unless told to.
func TestCookieSecureDefault(t *testing.T) {
	for _, c := range []struct {
		setting     string
		development bool
		want        bool
	}{{"", false, true}, {"", true, false}, {"off", false, false}, {"on", true, true}, {"on", false, true}} {
		if got := cookieSecure(c.setting, c.development); got != c.want {
			t.Errorf("cookieSecure(%q, development %v) = %v; want %v", c.setting, c.development, got, c.want)
		}
	}
}
