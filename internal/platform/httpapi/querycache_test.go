package httpapi

import (
	"context"
	"strings"
	"testing"

	"jixiao/ent/privacy"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

const projectNameQuery = `query($id: ID!) { node(id: $id) { ... on Project { name
  targets { edges { node { indicators { edges { node { name targetValue } } } } } } } } }`

// TestQueryCacheServesRepeatsAndNeverStaleAnswers: a repeated query is
// answered from the cache (it costs no more SQL than a query that reads no
// data), and every kind of write — through the API, through ent outside the
// API, a bulk rebuild — is seen by the very next query.
func TestQueryCacheServesRepeatsAndNeverStaleAnswers(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a)
		ask := func(r request) (string, int64) {
			t.Helper()
			out, n := a.send(r.bearer(a.token))
			if len(out.Errors) > 0 {
				t.Fatalf("errors: %+v", out.Errors)
			}
			var data struct{ Node struct{ Name string } }
			a.decode(out.gqlResponse, &data)
			return data.Node.Name, n
		}
		q := post(projectNameQuery, map[string]any{"id": ids["project"]})
		_, floor := a.send(post(`{ __typename }`, nil).bearer(a.token)) // the viewer and the version
		name, computed := ask(q)
		if name != "义务教育薄弱环节改善与能力提升" {
			t.Fatalf("name = %q", name)
		}
		if again, served := ask(q); again != name || served != floor {
			t.Fatalf("repeat: %q for %d statements, want %q for %d (computed: %d)", again, served, name, floor, computed)
		}
		if _, n := ask(q.with("Cache-Control", "no-cache")); n != computed {
			t.Fatalf("no-cache cost %d statements, want %d (computed again)", n, computed)
		}

		// A write through the API.
		a.ok(`mutation($id: ID!, $l: Int!) { updateProject(id: $id, lockVersion: $l, input: {name: "义务教育薄弱环节改善"}) { id } }`,
			map[string]any{"id": ids["project"], "l": a.lockOf(ids["project"])}, nil)
		if got, n := ask(q); got != "义务教育薄弱环节改善" || n != computed {
			t.Fatalf("after an API write: %q for %d statements, want the new name computed again", got, n)
		}
		// A write through ent, outside the API, in a transaction with two changes
		// (as internal work with the workflow's marker: workflow data needs it).
		ctx := auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow))
		tx, err := a.db.Client.Tx(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := tx.Project.UpdateOneID(atoi(ids["project"])).SetName("薄弱环节改善（调整）").Exec(ctx); err != nil {
			t.Fatal(err)
		}
		if err := tx.Indicator.UpdateOneID(atoi(ids["indicator"])).SetName("改造学校数（所）").Exec(ctx); err != nil {
			t.Fatal(err)
		}
		if got, _ := ask(q); got != "义务教育薄弱环节改善" {
			t.Fatalf("before the commit: %q, want the committed name", got)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		if got, _ := ask(q); got != "薄弱环节改善（调整）" {
			t.Fatalf("after an ent write: %q", got)
		}
		// A write without a transaction.
		if err := a.db.Client.Project.UpdateOneID(atoi(ids["project"])).SetName("薄弱环节改善（二调）").Exec(ctx); err != nil {
			t.Fatal(err)
		}
		if got, _ := ask(q); got != "薄弱环节改善（二调）" {
			t.Fatalf("after a write without a transaction: %q", got)
		}
	})
}

// TestQueryCacheKeepsViewersApart: the same query text asked by two
// department users gets each one's own answer, and an error is not kept.
func TestQueryCacheKeepsViewersApart(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		one, two := chainWith(a, "A"), chainWith(a, "B")
		const mine = `{ projects(first: 10) { edges { node { code } } } }`
		codes := func() []string {
			t.Helper()
			var data struct {
				Projects struct {
					Edges []struct{ Node struct{ Code string } }
				}
			}
			a.ok(mine, nil, &data)
			var out []string
			for _, e := range data.Projects.Edges {
				out = append(out, e.Node.Code)
			}
			return out
		}
		dA, dB := atoi(one["department"]), atoi(two["department"])
		a.createUser("userA", enums.RoleDepartmentUser, &dA, nil)
		a.createUser("userB", enums.RoleDepartmentUser, &dB, nil)
		// Both log in first: a login is a write, which would empty the cache.
		tokens := map[string]string{}
		for _, u := range []string{"userA", "userB"} {
			a.login(u)
			tokens[u] = a.token
		}
		for _, u := range []struct{ name, code string }{{"userA", "2025-JY-001A"}, {"userB", "2025-JY-001B"}, {"userA", "2025-JY-001A"}} {
			a.token = tokens[u.name]
			if got := codes(); len(got) != 1 || got[0] != u.code {
				t.Fatalf("%s sees %v, want only %s", u.name, got, u.code)
			}
		}

		// An answer with an error is computed every time.
		bad := post(`{ node(id: "abc") { id } projects(first: 1) { edges { node { code } } } }`, nil).bearer(a.token)
		first, n1 := a.send(bad)
		second, n2 := a.send(bad)
		if len(first.Errors) == 0 || len(second.Errors) == 0 {
			t.Fatalf("want an error for another department's node: %s / %s", first.raw, second.raw)
		}
		if n2 != n1 {
			t.Fatalf("an answer with errors was served from the cache: %d then %d statements", n1, n2)
		}
	})
}

// TestCachedAnswerOutlivesPooledAnswers: answers that nobody keeps (no-store)
// are written into reused buffers (answerbuf); an answer the cache keeps is
// never one of them, so it is served intact after any number of them.
func TestCachedAnswerOutlivesPooledAnswers(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a)
		q := post(projectNameQuery, map[string]any{"id": ids["project"]}).bearer(a.token)
		first, _ := a.send(q)
		if len(first.Errors) > 0 || !strings.Contains(first.raw, "义务教育薄弱环节改善与能力提升") {
			t.Fatalf("first answer: %s", first.raw)
		}
		other := post(`query($id: ID!) { node(id: $id) { ... on Project { code name category fiscalYear } } }`,
			map[string]any{"id": ids["project"]}).bearer(a.token).with("Cache-Control", "no-store")
		for range 20 {
			if out, _ := a.send(other); len(out.Errors) > 0 {
				t.Fatalf("no-store answer: %s", out.raw)
			}
			if again, n := a.send(q); again.raw != first.raw {
				t.Fatalf("the cached answer changed after no-store answers (%d statements):\n%s\nwant\n%s", n, again.raw, first.raw)
			}
		}
	})
}
