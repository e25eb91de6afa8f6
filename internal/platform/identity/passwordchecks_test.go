package identity_test

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"jixiao/internal/platform/identity"
	"jixiao/internal/testdb"
)

// TestPasswordChecksTakeTurns: parallel logins check passwords one at a time
// (PasswordChecksAtOnce: 1), so a login burst cannot take every core; and a
// throttled address's attempts check nothing at all.
func TestPasswordChecksTakeTurns(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		f := setup(t, url)
		p := identity.DefaultPolicy
		p.PasswordChecksAtOnce = 1
		s := identity.NewWithPolicy(f.Client, p)
		var running, most atomic.Int64
		entered, proceed := make(chan struct{}), make(chan struct{})
		s.CheckPassword = func(h, pw string) bool {
			n := running.Add(1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			entered <- struct{}{}
			<-proceed
			running.Add(-1)
			return false
		}
		const logins = 4
		var wg sync.WaitGroup
		for i := range logins {
			wg.Go(func() { s.Login(from(fmt.Sprintf("10.1.0.%d", i)), fmt.Sprintf("nobody%d", i), "x") })
		}
		for range logins {
			<-entered
			if n := running.Load(); n != 1 {
				t.Errorf("%d password checks at once; the limit is 1", n)
			}
			proceed <- struct{}{}
		}
		wg.Wait()
		if most.Load() != 1 {
			t.Fatalf("at most %d checks ran at once; want 1", most.Load())
		}

		// A throttled address: refused without a check.
		var calls atomic.Int64
		s.CheckPassword = func(h, pw string) bool { calls.Add(1); return false }
		attacker := from("203.0.113.9")
		for i := range p.Address.Free {
			s.Login(attacker, fmt.Sprintf("guess%d", i), "x")
		}
		calls.Store(0)
		if _, _, err := s.Login(attacker, "dept", "x"); err == nil {
			t.Fatal("a throttled address logged in")
		}
		if calls.Load() != 0 {
			t.Fatalf("a throttled address's attempt checked a password %d times; want 0", calls.Load())
		}
	})
}
