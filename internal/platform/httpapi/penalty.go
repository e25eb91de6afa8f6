package httpapi

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/vektah/gqlparser/v2/gqlerror"

	"jixiao/internal/domain/fail"
	"jixiao/internal/platform/identity"
)

// Penalty is the tarpit of clients that keep getting refused: a client that
// sends requests the cost model refuses, or wrong logins, costs the server
// its parsing and checking however fast the refusal is (burst benchmark,
// internal/bench/burst). After Free refusals each further request of that
// client waits First, doubling up to Max, one request of the client at a
// time; Quiet without a refusal forgets the client. The answer is unchanged.
type Penalty struct {
	Off   bool          // JIXIAO_PENALTY=off
	Free  int           // refusals that cost nothing
	First time.Duration // the wait after the first refusal beyond Free
	Max   time.Duration // the longest wait
	Quiet time.Duration // without a refusal for this long, the client is forgotten
}

// DefaultPenalty: three mistakes are free; a script that keeps going slows
// to one request per 5 s within six more.
var DefaultPenalty = Penalty{Free: 3, First: 250 * time.Millisecond, Max: 5 * time.Second, Quiet: time.Minute}

// Delay is the wait of a client's next request after n refusals.
func (p Penalty) Delay(n int) time.Duration {
	if p.Off || n < p.Free || p.First <= 0 {
		return 0
	}
	d := p.First
	for i := p.Free; i < n && d < p.Max; i++ {
		d *= 2
	}
	return min(d, p.Max)
}

// refusalCodes are the refusals that count: the cost model's (refused before
// any SQL, but only after the request is read, parsed and walked) and an
// answer too large (refused after all the work). A third concurrent
// analytics query (TOO_MANY_CONCURRENT_QUERIES) does not count: a dashboard
// may meet it in good faith, and it costs nothing.
var refusalCodes = map[string]bool{
	CodeQueryTooLarge: true, CodeQueryTooDeep: true, CodeTooManyAliases: true,
	CodeQueryTooComplex: true, CodePageSizeExceeded: true, CodeResponseTooLarge: true,
}

// waiter waits d or until ctx ends; tests replace it (no sleeps in tests).
type waiter func(ctx context.Context, d time.Duration) error

func realWait(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// defaultWait is the waiter of a handler whose Options name none (tests of
// other concerns replace it, so that their refusals cost no time).
var defaultWait waiter = realWait

// maxOffenders bounds the clients remembered; when full, the quiet ones go first.
const maxOffenders = 100_000

// tarpit counts refusals per client and makes the clients beyond their free
// refusals wait.
type tarpit struct {
	policy Penalty
	now    func() time.Time
	wait   waiter
	// queued, if set, is told each time a request waits for its client's turn (tests).
	queued chan struct{}

	mu      sync.Mutex
	clients map[string]*offender
}

type offender struct {
	refusals int
	last     time.Time     // of the last refusal
	turn     chan struct{} // one waiting request of the client at a time
}

func newTarpit(p Penalty, now func() time.Time, wait waiter) *tarpit {
	if now == nil {
		now = time.Now
	}
	if wait == nil {
		wait = defaultWait
	}
	return &tarpit{policy: p, now: now, wait: wait, clients: map[string]*offender{}}
}

// penaltyKey names the client: its viewer when known, else its address.
func penaltyKey(ctx context.Context) string { return viewerKey(ctx) }

// delayOf is the wait of key's next request, forgetting a client quiet for long enough.
func (t *tarpit) delayOf(key string) (*offender, time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	o := t.clients[key]
	if o == nil {
		return nil, 0
	}
	if t.now().Sub(o.last) >= t.policy.Quiet {
		delete(t.clients, key)
		return nil, 0
	}
	return o, t.policy.Delay(o.refusals)
}

// admit makes a penalised client's request wait its turn and its delay. It
// returns the context's error when the client leaves first.
func (t *tarpit) admit(ctx context.Context, key string) error {
	o, d := t.delayOf(key)
	if d == 0 {
		return nil
	}
	select {
	case o.turn <- struct{}{}:
	default:
		if t.queued != nil {
			t.queued <- struct{}{}
		}
		select {
		case o.turn <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	defer func() { <-o.turn }()
	if _, d = t.delayOf(key); d == 0 { // forgotten while it waited for its turn
		return nil
	}
	return t.wait(ctx, d)
}

// refused counts a refusal of key and returns the wait of its next request.
func (t *tarpit) refused(key string) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	o := t.clients[key]
	if o != nil && now.Sub(o.last) >= t.policy.Quiet {
		o.refusals = 0
	}
	if o == nil {
		if len(t.clients) >= maxOffenders {
			t.prune(now)
		}
		o = &offender{turn: make(chan struct{}, 1)}
		t.clients[key] = o
	}
	o.refusals++
	o.last = now
	return t.policy.Delay(o.refusals)
}

// prune forgets the quiet clients, or any half when none is quiet.
func (t *tarpit) prune(now time.Time) {
	for k, o := range t.clients {
		if now.Sub(o.last) >= t.policy.Quiet {
			delete(t.clients, k)
		}
	}
	for k := range t.clients {
		if len(t.clients) < maxOffenders/2 {
			break
		}
		delete(t.clients, k)
	}
}

// refusalNote is what a request learns about itself on the way: the key of
// its text in the refused cache, and whether it was refused.
type refusalNote struct {
	mu       sync.Mutex
	cacheKey string
	refused  bool
	counted  bool
}

type refusalNoteKey struct{}

func refusalNoteFrom(ctx context.Context) *refusalNote {
	n, _ := ctx.Value(refusalNoteKey{}).(*refusalNote)
	return n
}

// noteRefusal marks the request refused when err is a refusal that counts.
func noteRefusal(ctx context.Context, err error) {
	n := refusalNoteFrom(ctx)
	if n == nil || err == nil || !countsAsRefusal(err) {
		return
	}
	n.mu.Lock()
	n.refused = true
	n.mu.Unlock()
}

func countsAsRefusal(err error) bool {
	if identity.IsLoginRefusal(err) {
		return true
	}
	var typed *fail.Error
	if errors.As(err, &typed) {
		return refusalCodes[typed.Code]
	}
	var gqlErr *gqlerror.Error
	if errors.As(err, &gqlErr) {
		code, _ := gqlErr.Extensions["code"].(string)
		return refusalCodes[code]
	}
	return false
}

// middleware makes the requests of penalised clients wait, and counts the
// refusals of every request once it has its answer.
func (t *tarpit) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		key := penaltyKey(ctx)
		if !t.policy.Off {
			if err := t.admit(ctx, key); err != nil {
				return // the client left while it waited
			}
		}
		note := &refusalNote{}
		pw := &penaltyWriter{ResponseWriter: w, settle: func() time.Duration { return t.settle(note, key) }}
		next.ServeHTTP(pw, r.WithContext(context.WithValue(ctx, refusalNoteKey{}, note)))
		pw.settleOnce()
	})
}

// settle counts the request's refusal once and returns the next wait.
func (t *tarpit) settle(n *refusalNote, key string) time.Duration {
	n.mu.Lock()
	defer n.mu.Unlock()
	if !n.refused || n.counted || t.policy.Off {
		return 0
	}
	n.counted = true
	return t.refused(key)
}

// penaltyWriter counts the refusal as the answer starts, so that the answer
// can carry Retry-After: the client's next request will wait that long.
type penaltyWriter struct {
	http.ResponseWriter
	settle  func() time.Duration
	settled bool
}

func (w *penaltyWriter) settleOnce() time.Duration {
	if w.settled {
		return 0
	}
	w.settled = true
	return w.settle()
}

func (w *penaltyWriter) WriteHeader(code int) {
	if d := w.settleOnce(); d > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(int((d+time.Second-1)/time.Second)))
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *penaltyWriter) Write(b []byte) (int, error) {
	if !w.settled {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

func (w *penaltyWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// Flush passes a subscription's events on at once.
func (w *penaltyWriter) Flush() {
	if !w.settled {
		w.WriteHeader(http.StatusOK)
	}
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}
