package store_test

import (
	"context"
	"fmt"
	"jixiao/internal/domain/auth"
	"testing"
	"time"

	"jixiao/ent/migrate"
	"jixiao/ent/privacy"
	"jixiao/ent/rectification"
	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/enums"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// The instant every time field is set to, in three spellings: with +08:00,
// in UTC (Z), and zoneless at the driver's door (a named location: Beijing).
var (
	instant = time.Date(2026, 11, 30, 15, 59, 59, 0, time.UTC)
	zones   = map[string]time.Time{
		"+08:00": instant.In(time.FixedZone("", 8*3600)),
		"Z":      instant,
		"named":  instant.In(beijing.Location),
	}
)

// TestEveryTimeIsStoredInUTC writes every time field of every entity with each
// spelling, reads it back as the same instant, and on SQLite checks that every
// time column of every table holds text the driver parses back.
func TestEveryTimeIsStoredInUTC(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db := testdb.Open(t, url, store.DefaultOptions)
		ctx := auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow)) // fixtures as the workflow writes them
		c := db.Client
		n := 0
		for zone, at := range zones {
			n++
			sfx := fmt.Sprint(n)
			dep := c.Department.Create().SetCode("D" + sfx).SetName("部门" + sfx).SetRegion("市本级").
				SetSector(enums.Sector("EDUCATION")).SetCreatedAt(at).SetUpdatedAt(at).SaveX(ctx)
			fund := c.Fund.Create().SetFiscalYear(2026).SetName("资金").SetSource("GENERAL_BUDGET").SetLevel("CITY").
				SetAmount(1_000_000_00).SaveX(ctx)
			proj := c.Project.Create().SetCode("P" + sfx).SetName("项目").SetFiscalYear(2026).
				SetCategory("SPECIAL_BUSINESS").SetSector(enums.Sector("EDUCATION")).SetDepartmentID(dep.ID).SaveX(ctx)
			alloc := c.Allocation.Create().SetFiscalYear(2026).SetInitialAmount(100_000_00).
				SetFundID(fund.ID).SetProjectID(proj.ID).SaveX(ctx)
			pay := c.Disbursement.Create().SetPaidOn(at).SetAmount(100).SetAllocationID(alloc.ID).SaveX(ctx)
			ass := c.Assessment.Create().SetConclusion("SUPPORT").SetAssessedAt(at).SetProjectID(proj.ID).SaveX(ctx)
			ev := c.Evaluation.Create().SetFiscalYear(2026).SetKind("DEPARTMENT").SetScheme("SELF").
				SetPublishedAt(at).SetProjectID(proj.ID).SetDepartmentID(dep.ID).SaveX(ctx)
			rect := c.Rectification.Create().SetProblem("问题").SetRequiredAction("整改").SetDeadline(at).
				SetCompletedAt(at).SetDepartmentID(dep.ID).SetEvaluationID(ev.ID).SaveX(ctx)
			user := c.User.Create().SetUsername("u" + sfx).SetDisplayName("u").SetRole(enums.RoleLeader).
				SetLockedUntil(at).SaveX(ctx)
			sess := c.Session.Create().SetTokenHash("s" + sfx).SetCreatedAt(at).SetLastSeenAt(at).SetRevokedAt(at).
				SetUserID(user.ID).SaveX(ctx)
			tok := c.APIToken.Create().SetName("t").SetTokenHash("t" + sfx).SetPrefix("t").SetRole(enums.RoleLeader).
				SetCreatedAt(at).SetLastUsedAt(at).SetRevokedAt(at).SetUserID(user.ID).SaveX(ctx)
			audit := c.AuditEntry.Create().SetAction("test").SetCreatedAt(at).SaveX(ctx)

			// Updates take the same path.
			rect = rect.Update().SetDeadline(at).SaveX(ctx)

			check := func(what string, got time.Time) {
				t.Helper()
				if !got.Equal(instant) {
					t.Errorf("%s written with %s reads back %v, want %v", what, zone, got, instant)
				}
			}
			dep = c.Department.GetX(ctx, dep.ID)
			check("department.created_at", dep.CreatedAt)
			check("department.updated_at", dep.UpdatedAt)
			check("disbursement.paid_on", c.Disbursement.GetX(ctx, pay.ID).PaidOn)
			check("assessment.assessed_at", c.Assessment.GetX(ctx, ass.ID).AssessedAt)
			check("evaluation.published_at", *c.Evaluation.GetX(ctx, ev.ID).PublishedAt)
			r := c.Rectification.GetX(ctx, rect.ID)
			check("rectification.deadline", r.Deadline)
			check("rectification.completed_at", *r.CompletedAt)
			check("user.locked_until", *c.User.GetX(ctx, user.ID).LockedUntil)
			s := c.Session.GetX(ctx, sess.ID)
			check("session.created_at", s.CreatedAt)
			check("session.last_seen_at", s.LastSeenAt)
			check("session.revoked_at", *s.RevokedAt)
			k := c.APIToken.GetX(ctx, tok.ID)
			check("api_token.created_at", k.CreatedAt)
			check("api_token.last_used_at", *k.LastUsedAt)
			check("api_token.revoked_at", *k.RevokedAt)
			check("audit_entry.created_at", c.AuditEntry.GetX(ctx, audit.ID).CreatedAt)
			// A predicate in another zone finds the row (stored text compares as instants).
			if got := c.Rectification.Query().Where(rectification.Deadline(at)).CountX(ctx); got != n {
				t.Errorf("deadline = %s (%s) finds %d rows, want %d", at, zone, got, n)
			}
		}
		// Every time column of every table reads back through the driver.
		for _, table := range migrate.Tables {
			for _, col := range table.Columns {
				if col.Type.String() != "time.Time" {
					continue
				}
				rows, err := db.SQL.QueryContext(ctx, fmt.Sprintf(`SELECT %q FROM %q`, col.Name, table.Name))
				if err != nil {
					t.Fatal(err)
				}
				for rows.Next() {
					var v *time.Time
					if err := rows.Scan(&v); err != nil {
						t.Errorf("%s.%s does not read back: %v", table.Name, col.Name, err)
					}
				}
				rows.Close()
			}
		}
	})
}
