package testdb

import "time"

// FrozenClock is a clock that stays at the moment it was made: with it no
// request of a test depends on how long the test's earlier steps took (a
// session's last-seen stamp is written at most once a minute of real time,
// which on a busy machine made statement counts vary).
func FrozenClock() func() time.Time {
	now := time.Now().UTC()
	return func() time.Time { return now }
}
