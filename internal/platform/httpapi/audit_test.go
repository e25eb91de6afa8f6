package httpapi

import (
	"context"
	"strings"
	"testing"

	"jixiao/ent/auditentry"
	"jixiao/ent/privacy"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// TestAuditTrail: one entry per change in the change's transaction, none for a
// change that rolled back, logins and denials recorded, the trail immutable.
func TestAuditTrail(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		system := privacy.DecisionContext(context.Background(), privacy.Allow)
		c := a.db.Client
		entries := func(action, entity string) int {
			return c.AuditEntry.Query().Where(auditentry.Action(action), auditentry.EntityType(entity)).CountX(system)
		}

		id := a.id("createAgency", `mutation { createAgency(input: {code: "A-1", name: "榆林正信会计师事务所"}) { id } }`, nil)
		a.ok(`mutation($id: ID!, $l: Int!) { updateAgency(id: $id, lockVersion: $l, input: {name: "榆林正信"}) { id } }`, map[string]any{"id": id, "l": a.lockOf(id)}, nil)
		if n := entries("create", "Agency"); n != 1 {
			t.Fatalf("%d create entries, want 1", n)
		}
		upd := c.AuditEntry.Query().Where(auditentry.Action("update"), auditentry.EntityType("Agency")).OnlyX(system)
		if upd.ActorName != "admin" || upd.Before["name"] != "榆林正信会计师事务所" || upd.After["name"] != "榆林正信" ||
			upd.EntityID == nil || *upd.EntityID != atoi(id) || upd.IP == "" {
			t.Fatalf("update entry: %+v", upd)
		}

		out := a.do(`mutation { ok: createAgency(input: {code: "A-2", name: "x"}) { id }
			bad: createFund(input: {fiscalYear: 2025, name: "x", source: OTHER, level: CITY, amount: "-1"}) { id } }`, nil)
		if len(out.Errors) == 0 {
			t.Fatal("half-valid request accepted")
		}
		if n := entries("create", "Agency"); n != 1 {
			t.Fatalf("a rolled-back create left an audit entry (%d entries)", n)
		}

		a.createUser("leader", enums.RoleLeader, nil, nil)
		a.login("leader")
		if out := a.do(`mutation($id: ID!, $l: Int!) { updateAgency(id: $id, lockVersion: $l, input: {name: "y"}) { id } }`, map[string]any{"id": id, "l": a.lockOf(id)}); len(out.Errors) == 0 {
			t.Fatal("a leader changed data")
		}
		if n := c.AuditEntry.Query().Where(auditentry.Action("denied"), auditentry.ActorName("leader")).CountX(system); n != 1 {
			t.Fatalf("%d denial entries, want 1", n)
		}
		if n := c.AuditEntry.Query().Where(auditentry.Action("login"), auditentry.ActorName("leader")).CountX(system); n != 1 {
			t.Fatalf("%d login entries, want 1", n)
		}

		// Nobody changes the trail, not even an administrator: every field is
		// immutable (no setters exist), and deletes are denied by the policy.
		admin := auth.NewContext(context.Background(), &auth.Viewer{UserID: 1, Username: "admin", Role: enums.RoleFinanceAdmin})
		if err := c.AuditEntry.DeleteOneID(upd.ID).Exec(admin); err == nil {
			t.Fatal("an administrator deleted an audit entry")
		}
		if _, err := c.AuditEntry.Query().Count(admin); err != nil {
			t.Fatalf("an administrator cannot read the trail: %v", err)
		}
		for _, f := range a.schemaMutations() {
			if strings.Contains(strings.ToLower(f), "audit") {
				t.Fatalf("the API has a mutation on the audit trail: %s", f)
			}
		}
	})
}

// schemaMutations lists the Mutation fields through introspection.
func (a *api) schemaMutations() []string {
	var data struct {
		Schema struct {
			MutationType struct{ Fields []struct{ Name string } }
		} `json:"__schema"`
	}
	a.ok(`{ __schema { mutationType { fields { name } } } }`, nil, &data)
	var names []string
	for _, f := range data.Schema.MutationType.Fields {
		names = append(names, f.Name)
	}
	return names
}
