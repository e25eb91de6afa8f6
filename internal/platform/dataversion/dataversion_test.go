package dataversion_test

import (
	"context"
	"testing"
	"time"

	"jixiao/ent"
	"jixiao/ent/privacy"
	"jixiao/internal/analytics"
	"jixiao/internal/domain/enums"
	"jixiao/internal/platform/dataversion"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// TestVersionFollowsCommits: the version goes up once per committed change
// (once per transaction, however many changes it holds), stays when a
// transaction rolls back or a session is only touched, and goes up after a
// rebuild that bypasses ent.
func TestVersionFollowsCommits(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db := testdb.Open(t, url, store.DefaultOptions)
		ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
		c := db.Client
		current := func() int64 {
			t.Helper()
			v, err := dataversion.Current(ctx, c)
			if err != nil {
				t.Fatal(err)
			}
			return v
		}
		createDepartment := func(c *ent.Client, code string) *ent.Department {
			t.Helper()
			d, err := c.Department.Create().SetCode(code).SetName("市教育局" + code).SetRegion("市本级").
				SetSector(enums.SectorEducation).Save(ctx)
			if err != nil {
				t.Fatal(err)
			}
			return d
		}

		steps := []struct {
			name  string
			write func()
			delta int64 // -1: at least one
		}{
			// Each change commits on its own (the department and its audit entry).
			{"a change without a transaction", func() { createDepartment(c, "101") }, -1},
			{"a transaction of three changes", func() {
				tx, err := c.Tx(ctx)
				if err != nil {
					t.Fatal(err)
				}
				before := current()
				for _, code := range []string{"102", "103", "104"} {
					createDepartment(tx.Client(), code)
				}
				if got := current(); got != before {
					t.Fatalf("the version moved to %d before the commit (was %d)", got, before)
				}
				if err := tx.Commit(); err != nil {
					t.Fatal(err)
				}
			}, 1},
			{"a rolled-back transaction", func() {
				tx, err := c.Tx(ctx)
				if err != nil {
					t.Fatal(err)
				}
				createDepartment(tx.Client(), "105")
				if err := tx.Rollback(); err != nil {
					t.Fatal(err)
				}
			}, 0},
			{"a session touched", func() {
				u, err := c.User.Create().SetUsername("finance").SetDisplayName("财政局").SetRole(enums.RoleFinanceAdmin).
					SetPasswordHash("x").Save(ctx)
				if err != nil {
					t.Fatal(err)
				}
				s, err := c.Session.Create().SetTokenHash("h").SetUserID(u.ID).Save(ctx)
				if err != nil {
					t.Fatal(err)
				}
				before := current()
				if err := c.Session.UpdateOne(s).SetLastSeenAt(time.Now().UTC()).Exec(ctx); err != nil {
					t.Fatal(err)
				}
				if got := current(); got != before {
					t.Fatalf("a touch moved the version from %d to %d", before, got)
				}
				if err := c.Session.UpdateOne(s).SetRevokedAt(time.Now().UTC()).Exec(ctx); err != nil {
					t.Fatal(err)
				}
			}, -1},
			{"a summary rebuild with SQL", func() {
				if err := analytics.Rebuild(ctx, c); err != nil {
					t.Fatal(err)
				}
			}, 1},
		}
		for _, s := range steps {
			before := current()
			s.write()
			delta := current() - before
			if (s.delta >= 0 && delta != s.delta) || (s.delta < 0 && delta < 1) {
				t.Errorf("%s: version went up by %d, want %d (-1: at least one)", s.name, delta, s.delta)
			}
		}
	})
}
