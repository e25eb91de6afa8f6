package audit_test

import (
	"context"
	"errors"
	"maps"
	"slices"
	"testing"

	"jixiao/ent"
	"jixiao/ent/auditentry"
	"jixiao/ent/department"
	"jixiao/ent/privacy"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/platform/audit"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// want is one audit entry a case must leave (compared field by field; the
// keys of before/after, not their values, except where a case checks them).
type want struct {
	action, entityType string
	entity             bool // an entity id is recorded
	actor              bool // the admin is recorded as the actor
	before, after      []string
}

// TestHookRecordsEachChange: every create, update and delete writes one
// entry per row changed — who (the viewer), from where (the request's IP),
// what (entity type and id), the changed fields before and after — through
// the change's own transaction, so a rolled-back or failed change leaves
// none; secrets and session bookkeeping are not recorded.
func TestHookRecordsEachChange(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db := testdb.Open(t, url, store.DefaultOptions)
		c := db.Client
		admin := &auth.Viewer{UserID: 7, Username: "admin", Role: enums.RoleFinanceAdmin}
		base := privacy.DecisionContext(context.Background(), privacy.Allow)
		as := auth.WithRequest(auth.NewContext(base, admin), &auth.Request{IP: "10.0.0.1"})
		newDept := func(ctx context.Context, client *ent.Client, code string) (*ent.Department, error) {
			return client.Department.Create().SetCode(code).SetName("部门" + code).SetRegion("市本级").
				SetSector(enums.SectorEducation).Save(ctx)
		}
		d1, err := newDept(as, c, "A1")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := newDept(as, c, "A2"); err != nil {
			t.Fatal(err)
		}

		cases := []struct {
			name   string
			change func(t *testing.T) error
			want   []want
		}{
			{"create", func(*testing.T) error { _, err := newDept(as, c, "B1"); return err },
				[]want{{action: "create", entityType: "Department", entity: true, actor: true, after: []string{"code", "created_at", "headcount", "kind", "lock_version", "name", "region", "sector", "updated_at"}}}},
			{"update one: old and new values", func(*testing.T) error {
				return c.Department.UpdateOneID(d1.ID).SetName("新名称").Exec(as)
			}, []want{{action: "update", entityType: "Department", entity: true, actor: true, before: []string{"name", "updated_at"}, after: []string{"name", "updated_at"}}}},
			{"update many: one entry per row", func(*testing.T) error {
				return c.Department.Update().Where(department.CodeIn("A1", "A2")).SetHeadcount(3).Exec(as)
			}, []want{
				{action: "update", entityType: "Department", entity: true, actor: true, after: []string{"headcount", "updated_at"}},
				{action: "update", entityType: "Department", entity: true, actor: true, after: []string{"headcount", "updated_at"}},
			}},
			{"delete one", func(*testing.T) error {
				d, err := newDept(base, c, "C1") // anonymous: its own entry has no actor
				if err != nil {
					return err
				}
				return c.Department.DeleteOneID(d.ID).Exec(as)
			}, []want{
				{action: "create", entityType: "Department", entity: true, after: []string{"code", "created_at", "headcount", "kind", "lock_version", "name", "region", "sector", "updated_at"}},
				{action: "delete", entityType: "Department", entity: true, actor: true},
			}},
			{"secrets are not recorded", func(*testing.T) error {
				return c.User.Create().SetUsername("u1").SetDisplayName("用户").SetRole(enums.RoleLeader).
					SetPasswordHash("$2a$secret").Exec(as)
			}, []want{{action: "create", entityType: "User", entity: true, actor: true, after: []string{"active", "created_at", "display_name", "failed_logins", "must_change_password", "role", "updated_at", "username"}}}},
			{"rolled back with its change", func(t *testing.T) error {
				tx, err := c.Tx(as)
				if err != nil {
					return err
				}
				if _, err := newDept(as, tx.Client(), "R1"); err != nil {
					return err
				}
				return tx.Rollback()
			}, nil},
			{"committed with its change", func(t *testing.T) error {
				tx, err := c.Tx(as)
				if err != nil {
					return err
				}
				if _, err := newDept(as, tx.Client(), "T1"); err != nil {
					return err
				}
				return tx.Commit()
			}, []want{{action: "create", entityType: "Department", entity: true, actor: true, after: []string{"code", "created_at", "headcount", "kind", "lock_version", "name", "region", "sector", "updated_at"}}}},
			{"a failed change leaves none", func(t *testing.T) error {
				if _, err := newDept(as, c, "A1"); err == nil { // the code is taken
					return errors.New("a duplicate code was accepted")
				}
				return nil
			}, nil},
			{"a denial, recorded explicitly", func(*testing.T) error {
				audit.Record(as, c, audit.Entry{Action: "denied", ActorID: &admin.UserID, ActorName: admin.Username, IP: "10.0.0.1",
					After: map[string]any{"reason": "forbidden"}})
				return nil
			}, []want{{action: "denied", actor: true, after: []string{"reason"}}}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				last, err := c.AuditEntry.Query().Aggregate(ent.Max(auditentry.FieldID)).Int(base)
				if err != nil {
					last = 0 // an empty trail: no max
				}
				if err := tc.change(t); err != nil {
					t.Fatal(err)
				}
				got, err := c.AuditEntry.Query().Where(auditentry.IDGT(last)).Order(ent.Asc(auditentry.FieldID)).All(base)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != len(tc.want) {
					t.Fatalf("%d entries, want %d: %+v", len(got), len(tc.want), got)
				}
				for i, w := range tc.want {
					e := got[i]
					if e.Action != w.action || e.EntityType != w.entityType || (e.EntityID != nil) != w.entity {
						t.Errorf("entry %d: %s %s %v, want %s %s (id: %v)", i, e.Action, e.EntityType, e.EntityID, w.action, w.entityType, w.entity)
					}
					if w.actor && (e.ActorID == nil || *e.ActorID != admin.UserID || e.ActorName != "admin" || e.IP != "10.0.0.1") {
						t.Errorf("entry %d: actor %v %q from %q, want admin (7) from 10.0.0.1", i, e.ActorID, e.ActorName, e.IP)
					}
					if !w.actor && (e.ActorID != nil || e.ActorName != "") {
						t.Errorf("entry %d: actor %v %q, want none", i, e.ActorID, e.ActorName)
					}
					if k := slices.Sorted(maps.Keys(e.Before)); !slices.Equal(k, w.before) {
						t.Errorf("entry %d: before has %v, want %v", i, k, w.before)
					}
					if k := slices.Sorted(maps.Keys(e.After)); !slices.Equal(k, w.after) {
						t.Errorf("entry %d: after has %v, want %v", i, k, w.after)
					}
				}
				if tc.name == "update one: old and new values" && (got[0].Before["name"] != "部门A1" || got[0].After["name"] != "新名称") {
					t.Errorf("name %v → %v, want 部门A1 → 新名称", got[0].Before["name"], got[0].After["name"])
				}
			})
		}
	})
}
