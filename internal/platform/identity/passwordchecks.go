package identity

import (
	"context"
	"runtime"
)

// A password check (bcrypt) takes a core for tens of milliseconds, and every
// refused login costs one, by design (login.go). Parallel wrong passwords
// would take every core and everyone else's requests would wait (burst
// benchmark, internal/bench/burst): checks take turns on at most
// Policy.PasswordChecksAtOnce cores, the login queue waits, other requests
// do not.

// defaultPasswordChecksAtOnce leaves at least half the cores to everyone else.
func defaultPasswordChecksAtOnce() int { return max(1, runtime.GOMAXPROCS(0)/2) }

// checkPassword is CheckPassword on one of the check slots. A caller that
// gives up while waiting is answered as a failed check.
func (s *Service) checkPassword(ctx context.Context, hash, password string) bool {
	if s.checks != nil {
		select {
		case s.checks <- struct{}{}:
			defer func() { <-s.checks }()
		case <-ctx.Done():
			return false
		}
	}
	return s.CheckPassword(hash, password)
}
