package main

import (
	"context"
	"log/slog"
	"time"

	"jixiao/internal/demo"
	"jixiao/internal/platform/store"
)

// loadDemoIfEmpty loads the demo data into an empty database, so that
// `make run` shows a working city at once.
func loadDemoIfEmpty(ctx context.Context, db *store.DB) error {
	empty, err := demo.IsEmpty(ctx, db)
	if err != nil || !empty {
		return err
	}
	start := time.Now()
	stats, err := demo.Load(ctx, db, demo.Demo)
	if err != nil {
		return err
	}
	slog.Info("demo data loaded", "rows", stats, "took", time.Since(start).Round(time.Millisecond))
	return nil
}
