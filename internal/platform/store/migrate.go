package store

import (
	"context"
	"embed"
	"errors"
	"fmt"

	"entgo.io/ent/dialect"
	"github.com/golang-migrate/migrate/v4"
	"github.com/golang-migrate/migrate/v4/database/postgres"
	"github.com/golang-migrate/migrate/v4/source/iofs"
)

// PostgresMigrations are the versioned migration files, written by
// `make migration name=…` (ent's diff) and applied at start-up (golang-migrate).
//
//go:embed migrations/postgres/*.sql
var PostgresMigrations embed.FS

// Migrate brings the schema up to date: the versioned migrations on
// PostgreSQL, ent's automatic migration on the embedded SQLite file.
func (d *DB) Migrate(ctx context.Context) error {
	if d.Dialect == dialect.SQLite {
		return d.Client.Schema.Create(ctx)
	}
	src, err := iofs.New(PostgresMigrations, "migrations/postgres")
	if err != nil {
		return err
	}
	target, err := postgres.WithInstance(d.SQL, &postgres.Config{})
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	m, err := migrate.NewWithInstance("iofs", src, "postgres", target)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if err := m.Up(); err != nil && !errors.Is(err, migrate.ErrNoChange) {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}
