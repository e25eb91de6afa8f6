package main

import (
	"context"

	"jixiao/store"
)

// loadDemoIfEmpty loads the demo data into an empty database.
func loadDemoIfEmpty(ctx context.Context, db *store.DB) error {
	return nil // TODO(demo): wire demo.Load when the demo package lands.
}
