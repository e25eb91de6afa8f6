package identity

import (
	"sync"
	"time"

	"jixiao/internal/domain/auth"
	"jixiao/internal/platform/dataversion"
)

// The viewer of a token is kept in memory for as long as nothing it was made
// from can have changed: the versions of the users, sessions, API tokens and
// departments tables (dataversion; on PostgreSQL pushed by every server's
// commits) are those it was read under, and its last-seen stamp is younger
// than touchEvery (an older one is written again, from the database path).
// So a logout, a revocation, a change of role, department or password, a
// disabled account — on this server or another — ends the kept viewer with
// the commit that made it, and a request of a known session costs no statement.

// viewerTables are the tables a viewer is read from.
var viewerTables = []string{"users", "sessions", "api_tokens", "departments"}

// maxKeptViewers bounds the cache; past it, it starts again empty.
const maxKeptViewers = 10000

type keptViewer struct {
	viewer   *auth.Viewer
	versions []int64 // of viewerTables, then AllID
	// seen is the last-seen stamp the database holds; until is when the
	// session or token ends by lifetime or expiry.
	seen, until time.Time
}

type viewerCache struct {
	mu   sync.Mutex
	kept map[string]*keptViewer // by token hash
}

func versionsOf(s *dataversion.Snapshot) []int64 {
	out := make([]int64, 0, len(viewerTables)+1)
	for _, t := range viewerTables {
		out = append(out, s.Of(dataversion.TableID(t)))
	}
	return append(out, s.Of(dataversion.AllID))
}

func sameVersions(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// snapshot is the versions in memory, or nil when they are not pushed (no
// watcher, or it lost its connection): then nothing is kept or served.
func (s *Service) snapshot() *dataversion.Snapshot {
	if !s.Versions.Live() {
		return nil
	}
	return s.Versions.Current()
}

// keptViewerOf returns a copy of the viewer kept for hash, if still good at now.
func (s *Service) keptViewerOf(hash string, now time.Time) *auth.Viewer {
	snap := s.snapshot()
	if snap == nil {
		return nil
	}
	s.viewers.mu.Lock()
	k := s.viewers.kept[hash]
	s.viewers.mu.Unlock()
	if k == nil || !sameVersions(k.versions, versionsOf(snap)) || now.Sub(k.seen) > touchEvery ||
		now.Sub(k.seen) > s.Policy.IdleTimeout || !now.Before(k.until) {
		return nil
	}
	v := *k.viewer // the request may change its copy (a changed password)
	v.Departments = append([]int(nil), k.viewer.Departments...)
	return &v
}

// keep remembers the viewer of hash, read under snap.
func (s *Service) keep(hash string, snap *dataversion.Snapshot, v *auth.Viewer, seen, until time.Time) {
	if snap == nil || v == nil {
		return
	}
	c := *v
	c.Departments = append([]int(nil), v.Departments...)
	s.viewers.mu.Lock()
	defer s.viewers.mu.Unlock()
	if s.viewers.kept == nil || len(s.viewers.kept) >= maxKeptViewers {
		s.viewers.kept = map[string]*keptViewer{}
	}
	s.viewers.kept[hash] = &keptViewer{viewer: &c, versions: versionsOf(snap), seen: seen, until: until}
}

// drop forgets the viewer of hash (a logout on this server: at once, even
// before the version's commit is learnt).
func (s *Service) drop(hash string) {
	s.viewers.mu.Lock()
	delete(s.viewers.kept, hash)
	s.viewers.mu.Unlock()
}
