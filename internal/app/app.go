// Package app assembles Jixiao's parts: it opens the database through the
// store (which knows no feature) and registers each feature's ent hooks, in
// one place, for the server, the data generator and the tests alike.
package app

import (
	"context"

	"jixiao/ent"
	"jixiao/internal/analytics"
	"jixiao/internal/platform/audit"
	"jixiao/internal/platform/dataversion"
	"jixiao/internal/platform/inputguard"
	"jixiao/internal/platform/store"
)

// Open opens url (see store.Open) with every feature's hooks registered.
func Open(ctx context.Context, url string, opt store.Options) (*store.DB, error) {
	db, err := store.Open(ctx, url, opt)
	if err != nil {
		return nil, err
	}
	Register(db.Client)
	return db, nil
}

// Register adds the features' hooks to a client. Order matters: input is
// checked before anything is written; the audit
// entry and the summaries are written inside the change's transaction, and the
// data version is raised last, right before the commit.
func Register(client *ent.Client) {
	client.Use(inputguard.Hook(inputguard.DefaultLimits))
	client.Use(audit.Hook())
	client.Use(analytics.Hook())
	client.Use(dataversion.Hook())
}
