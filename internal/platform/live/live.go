// Package live tells an open dashboard that the figures it shows have
// changed (GraphQL subscription dataChanged over Server-Sent Events). It
// waits on the data-version watcher, so an idle server does no work: only a
// commit that writes a table the figures are read from makes it recompute
// the viewer's figures (one scoped analytics query), and it speaks only when
// they differ from what it last told that viewer.
package live

import (
	"context"
	"sync"
	"time"

	"jixiao/internal/platform/dataversion"
)

// Event says that the viewer's figures are now those of Fingerprint.
// Initial is the first event, sent as soon as the subscription is set up.
type Event struct {
	Fingerprint string
	Initial     bool
	At          time.Time
}

var (
	stopOnce sync.Once
	stopping = make(chan struct{})
)

// StopAll ends every stream (the server is shutting down: http.Server's
// Shutdown waits for open requests, and a stream never ends by itself).
func StopAll() { stopOnce.Do(func() { close(stopping) }) }

// Source is what a stream needs.
type Source struct {
	Versions *dataversion.Watcher
	// Tables are those whose change may move the figures.
	Tables []string
	// Fingerprint reads the figures in the viewer's scope (the request's
	// context carries the viewer, so it is scoped like every query).
	Fingerprint func(ctx context.Context) (string, error)
	// Credential are the tables whose change may end the viewer's right to
	// read (sessions, users, tokens); Allowed checks it again then. A stream
	// whose viewer lost it ends: the client's next subscription is refused.
	Credential []string
	Allowed    func(ctx context.Context) bool
	// Poll is how often to look while the watcher is not live (PostgreSQL
	// listener lost); 0 takes 30 s.
	Poll time.Duration
	Now  func() time.Time
	// Slots, when set, bound the open streams (per Viewer, a user id, and in
	// all): the stream holds one from its start until it ends.
	Slots  *Slots
	Viewer int
}

// Stream starts the events; the channel closes when ctx ends, the viewer
// loses the right to read, or the figures cannot be read.
func (s Source) Stream(ctx context.Context) (<-chan *Event, error) {
	now := s.Now
	if now == nil {
		now = time.Now
	}
	poll := s.Poll
	if poll <= 0 {
		poll = 30 * time.Second
	}
	release := func() {}
	if s.Slots != nil {
		r, err := s.Slots.Acquire(s.Viewer)
		if err != nil {
			return nil, err
		}
		release = r
	}
	// Take the change channel and the versions before reading the figures:
	// a change committed while they are read wakes the loop.
	changed := s.Versions.Changed()
	seen := s.Versions.Current()
	fp, err := s.Fingerprint(ctx)
	if err != nil {
		release()
		return nil, err
	}
	out := make(chan *Event, 1)
	out <- &Event{Fingerprint: fp, Initial: true, At: now()}
	go func() {
		defer close(out)
		defer release() // before the close: a reader that sees the end finds the slot free
		ticker := time.NewTicker(poll)
		defer ticker.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-stopping:
				return
			case <-changed:
			case <-ticker.C:
				if s.Versions.Live() {
					continue
				}
			}
			changed = s.Versions.Changed()
			cur := s.Versions.Current()
			polled := !s.Versions.Live()
			if polled || moved(seen, cur, s.Credential) {
				if !s.Allowed(ctx) {
					return
				}
			}
			if !polled && !moved(seen, cur, s.Tables) {
				seen = cur
				continue
			}
			seen = cur
			next, err := s.Fingerprint(ctx)
			if err != nil {
				return
			}
			if next == fp {
				continue
			}
			fp = next
			select {
			case out <- &Event{Fingerprint: fp, At: now()}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

// moved tells whether any of the tables' versions differ between a and b.
func moved(a, b *dataversion.Snapshot, tables []string) bool {
	for _, t := range tables {
		id := dataversion.TableID(t)
		if a.Of(id) != b.Of(id) {
			return true
		}
	}
	return a.Of(dataversion.AllID) != b.Of(dataversion.AllID)
}
