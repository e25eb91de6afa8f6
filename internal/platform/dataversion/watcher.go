package dataversion

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/lib/pq"
)

// Snapshot is the versions at one moment; never changed once made.
type Snapshot struct{ v map[int]int64 }

// Of is row id's version (0 before its first bump).
func (s *Snapshot) Of(id int) int64 {
	if s == nil {
		return 0
	}
	return s.v[id]
}

// Watcher keeps the versions in memory, so that reading them costs nothing.
// On SQLite (one process writes the file) it learns every change from this
// process's commits; on PostgreSQL also from the notifications of the other
// servers' commits, and while it is not listening (before the first
// connection, after a lost one) Live is false and readers go to the database.
type Watcher struct {
	postgres bool
	db       *sql.DB

	cur  atomic.Pointer[Snapshot]
	live atomic.Bool
	// epoch counts lost connections; listening is false between losing one
	// and listening again. A read may make the watcher live only when neither
	// moved while it ran (else a notification may have fallen between).
	epoch     atomic.Int64
	listening atomic.Bool

	mu      sync.Mutex
	changed chan struct{} // closed and replaced at every change

	listener *pq.Listener
	done     chan struct{}
	closed   atomic.Bool
}

// Watch starts a watcher over db; url is the PostgreSQL connection string
// to listen on ("" for SQLite). Close stops it.
//
// SQLite has no notifications: the versions are learnt from the commits of
// this process only, so one process serves a SQLite file (a bulk load from
// another process is followed by a restart). Watchers of the same file in
// one process share one memory (sqliteKey names it).
func Watch(ctx context.Context, db *sql.DB, url string) (*Watcher, error) {
	return watch(ctx, db, url, "")
}

// WatchSQLite is Watch for a SQLite database at file: opened twice in one
// process (two instances of the app), both share the versions.
func WatchSQLite(ctx context.Context, db *sql.DB, file string) (*Watcher, error) {
	sqliteMu.Lock()
	defer sqliteMu.Unlock()
	info, statErr := os.Stat(file)
	if k, ok := sqliteWatchers[file]; ok && statErr == nil && os.SameFile(k.info, info) {
		return k.w, nil
	}
	w, err := watch(ctx, db, "", file)
	if err == nil && statErr == nil { // a file replaced since is another database
		sqliteWatchers[file] = sqliteWatcher{w, info}
	}
	return w, err
}

type sqliteWatcher struct {
	w    *Watcher
	info os.FileInfo
}

var (
	sqliteMu       sync.Mutex
	sqliteWatchers = map[string]sqliteWatcher{}
)

func watch(ctx context.Context, db *sql.DB, url, file string) (*Watcher, error) {
	w := &Watcher{postgres: url != "", db: db, changed: make(chan struct{}), done: make(chan struct{})}
	w.cur.Store(&Snapshot{v: map[int]int64{}})
	if w.postgres {
		w.listener = pq.NewListener(url, 10*time.Millisecond, 2*time.Second, func(ev pq.ListenerEventType, err error) {
			if ev == pq.ListenerEventDisconnected || ev == pq.ListenerEventConnectionAttemptFailed {
				// Notifications may be lost until the reload after reconnecting.
				w.listening.Store(false)
				w.epoch.Add(1)
				w.live.Store(false)
			}
		})
		if err := w.listener.Listen(Channel); err != nil {
			w.listener.Close()
			return nil, fmt.Errorf("dataversion: listen: %w", err)
		}
		w.listening.Store(true)
		go w.loop()
	} else {
		close(w.done)
	}
	// Listening first, then reading: no change falls between the two. Before
	// the migrations there is no table to read: the first Snapshot reads again.
	w.tryLive(ctx, w.db)
	return w, nil
}

// tryLive reads the versions and, when nothing can have been missed while
// it read, serves them from memory from now on.
func (w *Watcher) tryLive(ctx context.Context, db Querier) (*Snapshot, error) {
	epoch := w.epoch.Load()
	s, err := Read(ctx, db)
	if err != nil {
		return nil, err
	}
	w.apply(s.v)
	if !w.postgres || w.listening.Load() && w.epoch.Load() == epoch {
		w.live.Store(true)
	}
	return s, nil
}

func (w *Watcher) loop() {
	defer close(w.done)
	for n := range w.listener.Notify {
		if n == nil { // reconnected: what was missed is read again
			w.listening.Store(true)
			if _, err := w.tryLive(context.Background(), w.db); err != nil {
				slog.Warn("dataversion: reload after reconnect", "err", err)
			}
			continue
		}
		w.apply(parsePayload(n.Extra))
	}
}

// Close stops listening.
func (w *Watcher) Close() error {
	if w == nil || w.listener == nil {
		return nil
	}
	if w.closed.Swap(true) {
		return nil
	}
	err := w.listener.Close()
	<-w.done
	return err
}

// Live tells whether Snapshot is current without asking the database.
func (w *Watcher) Live() bool { return w != nil && w.live.Load() }

// Current is the versions in memory; only meaningful while Live.
func (w *Watcher) Current() *Snapshot { return w.cur.Load() }

// Snapshot is the versions now: from memory while live, else read (one
// statement), which may make the watcher live again. A nil watcher reads through db.
func (w *Watcher) Snapshot(ctx context.Context, db Querier) (*Snapshot, error) {
	if w == nil {
		return Read(ctx, db)
	}
	if w.live.Load() {
		return w.cur.Load(), nil
	}
	return w.tryLive(ctx, db)
}

// Read reads every version row (one statement).
func Read(ctx context.Context, db Querier) (*Snapshot, error) {
	rows, err := db.QueryContext(ctx, "SELECT id, version FROM data_versions")
	if err != nil {
		return nil, fmt.Errorf("dataversion: read: %w", err)
	}
	defer rows.Close()
	s := &Snapshot{v: map[int]int64{}}
	for rows.Next() {
		var id int
		var v int64
		if err := rows.Scan(&id, &v); err != nil {
			return nil, fmt.Errorf("dataversion: read: %w", err)
		}
		s.v[id] = v
	}
	return s, rows.Err()
}

// apply merges versions in; a version never goes back (a notification may
// arrive after this process learnt a newer one from its own commit).
func (w *Watcher) apply(got map[int]int64) {
	if len(got) == 0 {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	old := w.cur.Load()
	next := &Snapshot{v: maps.Clone(old.v)}
	changed := false
	for id, v := range got {
		if v > next.v[id] {
			next.v[id] = v
			changed = true
		}
	}
	if !changed {
		return
	}
	w.cur.Store(next)
	close(w.changed)
	w.changed = make(chan struct{})
}

// Changed is closed at the next change of any version this watcher learns
// (then a new channel is made): live dashboards wait on it.
func (w *Watcher) Changed() <-chan struct{} {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.changed
}

// WaitFor returns once row id has reached version v (tests of several
// servers wait on it instead of sleeping), or when ctx ends.
func (w *Watcher) WaitFor(ctx context.Context, id int, v int64) error {
	for {
		w.mu.Lock()
		ch := w.changed
		reached := w.cur.Load().Of(id) >= v
		w.mu.Unlock()
		if reached {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
