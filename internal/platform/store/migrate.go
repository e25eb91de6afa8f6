package store

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"time"

	"entgo.io/ent/dialect"
	"github.com/golang-migrate/migrate/v4"
	"github.com/golang-migrate/migrate/v4/database/postgres"
	"github.com/golang-migrate/migrate/v4/source/iofs"

	"jixiao/internal/domain/beijing"
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
	// One connection of the pool, given back afterwards (WithInstance would
	// keep one checked out for good, and closing it would close the pool).
	conn, err := d.SQL.Conn(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	target, err := postgres.WithConnection(ctx, conn, &postgres.Config{})
	if err != nil {
		conn.Close()
		return fmt.Errorf("migrate: %w", err)
	}
	m, err := migrate.NewWithInstance("iofs", src, "postgres", target)
	if err != nil {
		target.Close()
		return fmt.Errorf("migrate: %w", err)
	}
	defer m.Close()
	if err := m.Up(); err != nil && !errors.Is(err, migrate.ErrNoChange) {
		return fmt.Errorf("migrate: %w", err)
	}
	return d.AddFiscalYearPartitions(ctx, thisYear())
}

// AddFiscalYearPartitions makes sure the partitioned tables (Partitioned)
// have their partitions for the year and the next one, so that a new year's
// rows do not pile up in the DEFAULT partitions; start-up calls it for the
// current year. A no-op once they exist, and on SQLite.
func (d *DB) AddFiscalYearPartitions(ctx context.Context, year int) error {
	if d.Dialect != dialect.Postgres {
		return nil
	}
	if _, err := d.SQL.ExecContext(ctx, "SELECT add_fiscal_year_partitions($1), add_fiscal_year_partitions($1 + 1)", year); err != nil {
		return fmt.Errorf("migrate: partitions of %d: %w", year, err)
	}
	return nil
}

// thisYear is the current year in Beijing (a year's partitions hold its
// Beijing calendar year).
func thisYear() int { return time.Now().In(beijing.Location).Year() }
