// Package app assembles Jixiao's parts: it opens the database through the
// store (which knows no feature) and registers each feature's ent hooks, in
// one place, for the server, the data generator and the tests alike.
package app

import (
	"context"
	"path/filepath"
	"strings"

	"entgo.io/ent/dialect"

	"jixiao/ent"
	"jixiao/internal/analytics"
	"jixiao/internal/platform/audit"
	"jixiao/internal/platform/dataversion"
	"jixiao/internal/platform/inputguard"
	"jixiao/internal/platform/store"
)

// Open opens url (see store.Open) with every feature's hooks registered.
// The data versions are kept in memory by a watcher (on PostgreSQL it
// listens to the other servers' commits), and every statement notes the
// tables it reads and writes for them (dataversion.Track).
func Open(ctx context.Context, url string, opt store.Options) (*store.DB, error) {
	wrap := opt.Wrap
	opt.Wrap = func(d dialect.Driver) dialect.Driver {
		if wrap != nil {
			d = wrap(d)
		}
		return dataversion.Track(d)
	}
	db, err := store.Open(ctx, url, opt)
	if err != nil {
		return nil, err
	}
	// Before the migrations the version table may not exist: the watcher
	// then reads the versions when first asked.
	var w *dataversion.Watcher
	if db.Dialect == dialect.Postgres {
		w, err = dataversion.Watch(ctx, db.SQL, url)
	} else {
		file, _ := filepath.Abs(strings.TrimPrefix(url, "sqlite:"))
		w, err = dataversion.WatchSQLite(ctx, db.SQL, file)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	db.Versions = w
	Register(db.Client, w)
	return db, nil
}

// Register adds the features' hooks to a client. Order matters: the data
// version's hook comes first, so that it collects the tables written by the
// hooks inside it (it raises the versions last, right before the commit);
// input is checked before anything is written; the audit entry and the
// summaries are written inside the change's transaction. w (nil: none)
// learns the versions of this process's commits at once.
func Register(client *ent.Client, w *dataversion.Watcher) {
	client.Use(dataversion.Hook(w))
	client.Use(inputguard.Hook(inputguard.DefaultLimits))
	client.Use(audit.Hook())
	client.Use(analytics.Hook())
}
