package identity

import (
	"testing"
	"time"
)

func TestThrottleDelay(t *testing.T) {
	p := Throttle{Free: 5, Base: time.Minute, Max: 15 * time.Minute}
	for n, want := range map[int]time.Duration{
		0: 0, 4: 0, 5: time.Minute, 6: 2 * time.Minute, 7: 4 * time.Minute, 8: 8 * time.Minute, 9: 15 * time.Minute, 1000: 15 * time.Minute,
	} {
		if got := p.Delay(n); got != want {
			t.Errorf("Delay(%d) = %s; want %s", n, got, want)
		}
	}
}

func TestAddressThrottleClaimsBeforeChecking(t *testing.T) {
	a := newAddressThrottle(Throttle{Free: 2, Base: time.Minute, Max: time.Hour})
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	if !a.claim("x", now) || !a.claim("x", now) {
		t.Fatal("free attempts refused")
	}
	if a.claim("x", now) || !a.claim("y", now) {
		t.Fatal("the third attempt passed, or another address was refused")
	}
	if !a.claim("x", now.Add(time.Minute)) || a.claim("x", now.Add(2*time.Minute)) {
		t.Fatal("the delay does not grow")
	}
	a.succeeded("x")
	if !a.claim("x", now.Add(2*time.Minute)) {
		t.Fatal("a success did not reset the address")
	}
}
