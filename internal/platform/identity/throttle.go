package identity

import (
	"sync"
	"time"
)

// Throttle is a growing delay after repeated failures: the first Free
// failures cost nothing, then each one makes the next attempt wait Base,
// 2×Base, 4×Base … up to Max. Unlike a fixed lock, a stranger who guesses
// wrongly only slows the account down for minutes, and an administrator can
// lift it (Service.Unlock).
type Throttle struct {
	Free int
	Base time.Duration
	Max  time.Duration
}

// Delay is the wait imposed after the n-th failure in a row (0 while n ≤ Free−1).
func (t Throttle) Delay(n int) time.Duration {
	if n < t.Free || t.Base <= 0 {
		return 0
	}
	d := t.Base
	for i := t.Free; i < n && d < t.Max; i++ {
		d *= 2
	}
	return min(d, t.Max)
}

// addressThrottle counts failed logins per client address in memory. An
// attempt is claimed (counted as a failure) before the password is checked,
// so parallel guesses from one address cannot get past the limit; a success
// forgets the address.
type addressThrottle struct {
	policy Throttle
	mu     sync.Mutex
	byIP   map[string]*addressState
}

type addressState struct {
	failures  int
	notBefore time.Time
}

// maxAddresses bounds the memory an attacker with many addresses can take:
// when full, addresses whose wait is over are forgotten first.
const maxAddresses = 100_000

func newAddressThrottle(p Throttle) *addressThrottle {
	return &addressThrottle{policy: p, byIP: map[string]*addressState{}}
}

// claim reports whether ip may try now, and counts the attempt as a failure.
func (a *addressThrottle) claim(ip string, now time.Time) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	st := a.byIP[ip]
	if st == nil {
		if len(a.byIP) >= maxAddresses {
			a.prune(now)
		}
		st = &addressState{}
		a.byIP[ip] = st
	}
	if now.Before(st.notBefore) {
		return false
	}
	st.failures++
	st.notBefore = now.Add(a.policy.Delay(st.failures))
	return true
}

// succeeded forgets ip's failures.
func (a *addressThrottle) succeeded(ip string) {
	a.mu.Lock()
	delete(a.byIP, ip)
	a.mu.Unlock()
}

func (a *addressThrottle) prune(now time.Time) {
	for ip, st := range a.byIP {
		if !now.Before(st.notBefore) {
			delete(a.byIP, ip)
		}
	}
	for ip := range a.byIP { // still full: forget some at random
		if len(a.byIP) < maxAddresses {
			break
		}
		delete(a.byIP, ip)
	}
}
