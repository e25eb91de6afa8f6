package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"testing"
	"time"

	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

func init() {
	// The other tests of the package meet refusals too (limits, wrong
	// logins): their clients must not wait. The tarpit's own tests below
	// give theirs a fake waiter.
	defaultWait = func(context.Context, time.Duration) error { return nil }
}

// fakeClock is a clock the test moves.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// fakeWaiter records the waits asked of it and returns at once.
type fakeWaiter struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (f *fakeWaiter) wait(_ context.Context, d time.Duration) error {
	f.mu.Lock()
	f.waits = append(f.waits, d)
	f.mu.Unlock()
	return nil
}

func (f *fakeWaiter) taken() []time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Duration(nil), f.waits...)
}

// post sends a GraphQL request as token ("" = anonymous) and returns the
// answer with its Retry-After header.
func (a *api) post(token, query string, vars map[string]any) (gqlResponse, string) {
	a.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, a.srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		a.t.Fatal(err)
	}
	defer res.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		a.t.Fatalf("decode response (status %d): %v", res.StatusCode, err)
	}
	return out, res.Header.Get("Retry-After")
}

func answerCode(out gqlResponse) string {
	if len(out.Errors) == 0 {
		return ""
	}
	c, _ := out.Errors[0].Extensions["code"].(string)
	return c
}

// refusedByCost is the request in small: the cost model refuses it before any SQL.
const refusedByCost = `{ stats(groupBy: [FISCAL_YEAR, REGION, SECTOR, DEPARTMENT, PROJECT_CATEGORY, FUND_SOURCE, MONTH], measures: [BUDGET], first: 10000) { totalRows } }`

const wrongLogin = `mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }`

func newPenaltyAPI(t *testing.T, url string) (*api, *fakeClock, *fakeWaiter, *tarpit) {
	clock := &fakeClock{now: time.Date(2026, 12, 3, 8, 0, 0, 0, time.UTC)}
	waiter := &fakeWaiter{}
	pit := newTarpit(DefaultPenalty, clock.Now, waiter.wait)
	return newAPIWith(t, url, Options{tarpit: pit}), clock, waiter, pit
}

// TestPenaltyDelaysTheFourthRefusal: three refusals are free; the fourth
// request of that client waits 250 ms, the fifth 500 ms; its answer is the
// same typed refusal with Retry-After. Another client is not delayed, nor
// the accepted requests of a client never refused, and a quiet minute
// forgets the client.
func TestPenaltyDelaysTheFourthRefusal(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a, clock, waiter, _ := newPenaltyAPI(t, url)
		admin := a.token
		a.loginAs("other", enums.RoleFinanceAdmin, nil)
		other := a.token

		// Accepted requests, however many, never wait.
		for range 2 * DefaultPenalty.Free {
			if out, _ := a.post(admin, `{ viewer { id } }`, nil); len(out.Errors) > 0 {
				t.Fatalf("accepted request: %+v", out.Errors)
			}
		}
		for i := 1; i <= 3; i++ {
			out, retry := a.post(admin, refusedByCost, nil)
			if answerCode(out) != CodeQueryTooComplex {
				t.Fatalf("refusal %d: %+v", i, out.Errors)
			}
			if want := map[int]string{1: "", 2: "", 3: "1"}[i]; retry != want {
				t.Fatalf("refusal %d: Retry-After %q, want %q", i, retry, want)
			}
		}
		if w := waiter.taken(); len(w) != 0 {
			t.Fatalf("free refusals waited: %v", w)
		}
		out, retry := a.post(admin, refusedByCost, nil)
		if answerCode(out) != CodeQueryTooComplex || retry != "1" {
			t.Fatalf("4th refusal: %+v, Retry-After %q", out.Errors, retry)
		}
		if w := waiter.taken(); len(w) != 1 || w[0] != 250*time.Millisecond {
			t.Fatalf("4th refusal waited %v, want [250ms]", w)
		}
		a.post(admin, refusedByCost, nil)
		if w := waiter.taken(); len(w) != 2 || w[1] != 500*time.Millisecond {
			t.Fatalf("5th refusal waited %v, want 500ms", w)
		}

		// Another viewer, and an anonymous client at the same address, do not wait.
		if out, _ := a.post(other, `{ viewer { id } }`, nil); len(out.Errors) > 0 {
			t.Fatalf("other viewer: %+v", out.Errors)
		}
		a.post("", `{ __typename }`, nil)
		if w := waiter.taken(); len(w) != 2 {
			t.Fatalf("other clients waited: %v", w)
		}

		// A penalised client's every request waits (1 s after 5 refusals),
		// until a minute passes without a refusal.
		a.post(admin, `{ viewer { id } }`, nil)
		if w := waiter.taken(); len(w) != 3 || w[2] != time.Second {
			t.Fatalf("penalised client's next request waited %v, want 1s", w)
		}
		clock.advance(59 * time.Second)
		a.post(admin, `{ viewer { id } }`, nil)
		if w := waiter.taken(); len(w) != 4 {
			t.Fatalf("59 s later: waits %v, want a fourth", w)
		}
		clock.advance(time.Second)
		if out, retry := a.post(admin, refusedByCost, nil); answerCode(out) != CodeQueryTooComplex || retry != "" {
			t.Fatalf("after a quiet minute: %+v, Retry-After %q (want a free refusal)", out.Errors, retry)
		}
		if w := waiter.taken(); len(w) != 4 {
			t.Fatalf("after a quiet minute the client still waited: %v", w)
		}
	})
}

// TestPenaltyCountsWrongLogins: wrong logins count per client address; the
// viewers logged in from that address do not wait.
func TestPenaltyCountsWrongLogins(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a, _, waiter, _ := newPenaltyAPI(t, url)
		for i := 1; i <= 4; i++ {
			out, _ := a.post("", wrongLogin, map[string]any{"u": "admin", "p": "wrong"})
			if answerCode(out) != "UNAUTHENTICATED" {
				t.Fatalf("wrong login %d: %+v", i, out.Errors)
			}
		}
		if w := waiter.taken(); len(w) != 1 || w[0] != 250*time.Millisecond {
			t.Fatalf("4th wrong login waited %v, want [250ms]", w)
		}
		if out, _ := a.post(a.token, `{ viewer { id } }`, nil); len(out.Errors) > 0 {
			t.Fatalf("viewer at the same address: %+v", out.Errors)
		}
		if w := waiter.taken(); len(w) != 1 {
			t.Fatalf("a logged-in viewer at the same address waited: %v", w)
		}
	})
}

// TestPenaltyOneRequestAtATime: a penalised client's requests wait one
// after another, not side by side.
func TestPenaltyOneRequestAtATime(t *testing.T) {
	clock := &fakeClock{now: time.Date(2026, 12, 3, 8, 0, 0, 0, time.UTC)}
	entered, release := make(chan time.Duration, 2), make(chan struct{})
	pit := newTarpit(DefaultPenalty, clock.Now, func(_ context.Context, d time.Duration) error {
		entered <- d
		<-release
		return nil
	})
	pit.queued = make(chan struct{}, 1)
	for range DefaultPenalty.Free {
		pit.refused("ip:192.0.2.1")
	}
	done := make(chan error, 2)
	go func() { done <- pit.admit(context.Background(), "ip:192.0.2.1") }()
	<-entered // the first waits its delay
	go func() { done <- pit.admit(context.Background(), "ip:192.0.2.1") }()
	<-pit.queued // the second waits for the first
	if len(entered) != 0 {
		t.Fatal("two requests of one client waited side by side")
	}
	release <- struct{}{}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	<-entered // now the second waits its delay
	release <- struct{}{}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	// A client gone while it waits for its turn is let go.
	go func() { done <- pit.admit(context.Background(), "ip:192.0.2.1") }()
	<-entered
	ctx, cancel := context.WithCancel(context.Background())
	go func() { done <- pit.admit(ctx, "ip:192.0.2.1") }()
	<-pit.queued
	cancel()
	if err := <-done; err == nil {
		t.Fatal("a client that left was still admitted")
	}
	release <- struct{}{}
	<-done
}

func TestPenaltyDelays(t *testing.T) {
	p := DefaultPenalty
	for n, want := range map[int]time.Duration{0: 0, 2: 0, 3: 250 * time.Millisecond, 4: 500 * time.Millisecond,
		5: time.Second, 7: 4 * time.Second, 8: 5 * time.Second, 1000: 5 * time.Second} {
		if got := p.Delay(n); got != want {
			t.Errorf("Delay(%d) = %v, want %v", n, got, want)
		}
	}
	if d := (Penalty{Off: true}).Delay(100); d != 0 {
		t.Errorf("off: %v", d)
	}
}

func TestParsePenalty(t *testing.T) {
	for in, want := range map[string]Penalty{
		"":              DefaultPenalty,
		"off":           {Off: true},
		"100ms,2s,30s":  {Free: 3, First: 100 * time.Millisecond, Max: 2 * time.Second, Quiet: 30 * time.Second},
		" 1s, 10s, 5m ": {Free: 3, First: time.Second, Max: 10 * time.Second, Quiet: 5 * time.Minute},
	} {
		if got, err := ParsePenalty(in); err != nil || got != want {
			t.Errorf("ParsePenalty(%q) = %+v, %v; want %+v", in, got, err, want)
		}
	}
	for _, in := range []string{"on", "1s", "1s,2s", "1s,2s,3s,4s", "x,2s,1m", "-1s,2s,1m", "5s,1s,1m", "1s,2s,0s"} {
		if _, err := ParsePenalty(in); err == nil {
			t.Errorf("ParsePenalty(%q) accepted", in)
		}
	}
}
