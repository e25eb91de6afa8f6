package httpapi

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"jixiao/internal/domain/enums"
	"jixiao/internal/platform/dataversion"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// otherServer is a second instance of the application — its own pool, ent
// client, watcher of the data versions, caches — on the database of a.
func otherServer(t *testing.T, url string, a *api) *api {
	t.Helper()
	counter := &testdb.Counter{}
	opt := store.DefaultOptions
	opt.Wrap = counter.Wrap
	db := testdb.Open(t, url, opt)
	srv := httptest.NewServer(New(db.Client, db.SQL, Options{Development: true, Now: testdb.FrozenClock(), Versions: db.Versions}))
	t.Cleanup(srv.Close)
	return &api{t: t, srv: srv, db: db, counter: counter, token: a.token}
}

// caughtUp waits until b's watcher has learnt every version a's holds of the
// tables a viewer is read from (a's commits are behind it): on PostgreSQL the
// notifications, on SQLite at once. Not only table's: one request on a may
// commit more than once (a login writes the session, then the user's failed
// attempts), and a later commit's notification reaching b between two of its
// requests would drop the viewer b keeps — a second read, not an error.
func caughtUp(t *testing.T, a, b *api, table string) {
	t.Helper()
	if a.db.Versions.Current().Of(dataversion.TableID(table)) == 0 {
		t.Fatalf("server A knows no version of %s: its write was not noted", table)
	}
	ids := []int{dataversion.AllID}
	for _, name := range []string{"users", "sessions", "api_tokens", "departments"} {
		ids = append(ids, dataversion.TableID(name))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second) // a bound on a hang, not a timing
	defer cancel()
	for _, id := range ids {
		v := a.db.Versions.Current().Of(id)
		if err := b.db.Versions.WaitFor(ctx, id, v); err != nil {
			t.Fatalf("server B never learnt version %d of table %d (waiting for %s): %v", v, id, table, err)
		}
	}
}

// who asks for the viewer and returns its user name and role ("" when
// anonymous) and the statements the request cost.
func (a *api) who() (string, string, int64) {
	a.t.Helper()
	out, n := a.send(post(`{ viewer { username role } }`, nil).bearer(a.token))
	var data struct {
		Viewer *struct{ Username, Role string }
	}
	if len(out.Data) > 0 {
		a.decode(out.gqlResponse, &data)
	}
	if data.Viewer == nil {
		return "", "", n
	}
	return data.Viewer.Username, data.Viewer.Role, n
}

// TestCacheHitRunsNoStatement: with the data versions pushed and the viewer
// kept in memory, a repeated query costs no SQL statement at all — and still
// sees the next write at once.
func TestCacheHitRunsNoStatement(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a)
		q := post(projectNameQuery, map[string]any{"id": ids["project"]}).bearer(a.token)
		first, computed := a.send(q)
		again, served := a.send(q)
		if len(first.Errors) > 0 || string(again.Data) != string(first.Data) {
			t.Fatalf("answers differ: %s / %s", first.raw, again.raw)
		}
		if served != 0 {
			t.Fatalf("a cache hit cost %d statements (computed: %d), want 0", served, computed)
		}
		if _, n := a.send(post(`{ __typename }`, nil).bearer(a.token)); n != 0 {
			t.Fatalf("a request that reads nothing cost %d statements, want 0", n)
		}
		a.ok(`mutation($id: ID!, $l: Int!) { updateProject(id: $id, lockVersion: $l, input: {name: "改名"}) { id } }`,
			map[string]any{"id": ids["project"], "l": a.lockOf(ids["project"])}, nil)
		if out, n := a.send(q); !strings.Contains(string(out.Data), "改名") || n == 0 {
			t.Fatalf("after a write: %s for %d statements, want the new name computed", out.raw, n)
		}
	})
}

// TestWriteKeepsAnswersThatDoNotReadIt: answers are dropped per table: a
// write to agencies leaves a cached project and a cached ranking served (no
// statement), a payment drops the ranking (it reads the execution summaries)
// but not the project's targets and indicators.
func TestWriteKeepsAnswersThatDoNotReadIt(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a)
		project := post(projectNameQuery, map[string]any{"id": ids["project"]}).bearer(a.token)
		ranking := post(`{ departmentStats(fiscalYear: 2025) { edges { node { paid department { code } } } } }`, nil).bearer(a.token)
		cost := func(r request) int64 {
			t.Helper()
			out, n := a.send(r)
			if len(out.Errors) > 0 {
				t.Fatalf("errors: %s", out.raw)
			}
			return n
		}
		cost(project)
		cost(ranking)
		a.ok(`mutation { createAgency(input: { code: "91610800MA70ZZZZ", name: "另一家事务所" }) { id } }`, nil, nil)
		if p, r := cost(project), cost(ranking); p != 0 || r != 0 {
			t.Fatalf("after a write to agencies: project %d, ranking %d statements; want both served (0)", p, r)
		}
		a.ok(`mutation($a: ID!) { recordDisbursement(input: { paidOn: "2025-05-05T02:00:00Z", amount: "1.00", allocationID: $a }) { id } }`,
			map[string]any{"a": ids["allocation"]}, nil)
		if p, r := cost(project), cost(ranking); p != 0 || r == 0 {
			t.Fatalf("after a payment: project %d, ranking %d statements; want the project served and the ranking computed", p, r)
		}
	})
}

// TestTwoServersShareLogoutRevocationAndRoles: two servers on one database.
// Server B keeps the viewers it has seen in memory (a request costs it no
// statement); a logout, a token revoked and a role changed on server A take
// effect on B as soon as B has learnt A's commit — which the test waits for
// on B's watcher, not on a clock.
func TestTwoServersShareLogoutRevocationAndRoles(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		admin := a.token
		b := otherServer(t, url, a)
		known := func(who string) {
			t.Helper()
			b.who()
			if name, _, n := b.who(); name != who || n != 0 {
				t.Fatalf("server B: viewer %q for %d statements, want %q served from memory (0)", name, n, who)
			}
		}

		// A session, logged out on A.
		a.createUser("u1", enums.RoleLeader, nil, nil)
		a.login("u1")
		if !strings.HasPrefix(a.token, "jxs_") {
			t.Fatalf("session token %q has no jxs_ prefix", a.token)
		}
		b.token = a.token
		caughtUp(t, a, b, "sessions")
		known("u1")
		a.ok(`mutation { logout }`, nil, nil)
		caughtUp(t, a, b, "sessions")
		if name, _, _ := b.who(); name != "" {
			t.Fatalf("server B still accepts the session logged out on A (viewer %q)", name)
		}

		// An API token, revoked on A.
		a.token = admin
		var tok struct{ CreateApiToken struct{ Token, ID string } }
		a.ok(`mutation { createApiToken(name: "报表服务") { token id } }`, nil, &tok)
		if !strings.HasPrefix(tok.CreateApiToken.Token, "jxa_") {
			t.Fatalf("API token %q has no jxa_ prefix", tok.CreateApiToken.Token)
		}
		b.token = tok.CreateApiToken.Token
		caughtUp(t, a, b, "api_tokens")
		known("admin")
		a.ok(`mutation($id: ID!) { revokeApiToken(id: $id) }`, map[string]any{"id": tok.CreateApiToken.ID}, nil)
		caughtUp(t, a, b, "api_tokens")
		if name, _, _ := b.who(); name != "" {
			t.Fatalf("server B still accepts the token revoked on A (viewer %q)", name)
		}

		// A role, changed on A.
		a.createUser("u2", enums.RoleLeader, nil, nil)
		var login struct {
			Login struct {
				Token string
				User  struct{ ID string }
			}
		}
		a.token = ""
		a.ok(`mutation { login(input: {username: "u2", password: "`+testPassword+`"}) { token user { id } } }`, nil, &login)
		b.token = login.Login.Token
		caughtUp(t, a, b, "sessions")
		caughtUp(t, a, b, "users")
		known("u2")
		a.token = admin
		a.ok(`mutation($id: ID!) { assignUserRole(id: $id, role: PUBLIC) { id } }`, map[string]any{"id": login.Login.User.ID}, nil)
		caughtUp(t, a, b, "users")
		if name, role, _ := b.who(); name != "u2" || role != "PUBLIC" {
			t.Fatalf("server B: %q as %q after the role changed on A, want u2 as PUBLIC", name, role)
		}
	})
}
