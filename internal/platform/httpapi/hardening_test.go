package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"jixiao/ent"
	"jixiao/ent/privacy"
	"jixiao/graph"
	"jixiao/internal/domain/enums"
	"jixiao/internal/platform/identity"
	"jixiao/internal/testdb"
)

// TestTransportRules: mutations only by JSON POST; GET carries queries only;
// no forms, no multipart, no other methods; bad JSON is a clear 400.
func TestTransportRules(t *testing.T) {
	a := newHardened(t, Options{Development: true})
	create := `mutation { createDepartment(input: {code: "X1", name: "X", region: "市本级", sector: EDUCATION}) { id } }`
	form := func(contentType, body string) request {
		return request{method: http.MethodPost, body: []byte(body), header: map[string]string{"Content-Type": contentType}}
	}
	cases := []struct {
		name   string
		req    request
		status int
		code   string
	}{
		{"mutation by GET", get(create).bearer(a.token), 405, CodeMethodNotAllowed},
		{"logout by GET", get(`mutation { logout }`).bearer(a.token), 405, CodeMethodNotAllowed},
		{"form post", form("application/x-www-form-urlencoded", "query="+create), 415, CodeUnsupportedMediaType},
		{"multipart", form("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{\"query\":\"{ __typename }\"}\r\n--x--\r\n"), 415, CodeUnsupportedMediaType},
		{"text/plain JSON", form("text/plain", `{"query":"`+strings.ReplaceAll(create, `"`, `\"`)+`"}`), 415, CodeUnsupportedMediaType},
		{"application/graphql", form("application/graphql", create), 415, CodeUnsupportedMediaType},
		{"no content type", form("", `{"query":"{ __typename }"}`), 415, CodeUnsupportedMediaType},
		{"PUT", request{method: http.MethodPut, body: post(create, nil).body, header: post("", nil).header}, 405, CodeMethodNotAllowed},
		{"DELETE", request{method: http.MethodDelete}, 405, CodeMethodNotAllowed},
		{"invalid JSON", form("application/json", `{"query": "{ __typename }"`), 400, CodeBadRequest},
		{"empty body", form("application/json", ``), 400, CodeBadRequest},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a.t = t
			out, statements := a.send(c.req)
			if out.status != c.status || out.code() != c.code {
				t.Fatalf("got %d %q (%s), want %d %s", out.status, out.code(), out.raw, c.status, c.code)
			}
			if !bilingual(out.message()) {
				t.Errorf("message not bilingual: %q", out.message())
			}
			if c.status == 405 && out.header.Get("Allow") == "" {
				t.Errorf("405 without an Allow header")
			}
			// Bearer requests cost their authentication; nothing else may run.
			if c.req.header["Authorization"] == "" && statements != 0 {
				t.Errorf("rejected request cost %d SQL statements", statements)
			}
		})
	}
	a.t = t
	var count struct{ Departments struct{ TotalCount int } }
	a.ok(`{ departments { totalCount } }`, nil, &count)
	if count.Departments.TotalCount != 0 {
		t.Fatalf("a rejected mutation wrote %d departments", count.Departments.TotalCount)
	}

	t.Run("queries by GET and JSON POST still work", func(t *testing.T) {
		a.t = t
		for _, r := range []request{
			get(`{ departments { totalCount } }`).bearer(a.token),
			post(`{ departments { totalCount } }`, nil).bearer(a.token).with("Content-Type", "application/json; charset=utf-8"),
			post(create, nil).bearer(a.token),
		} {
			if out, _ := a.send(r); out.status != 200 || len(out.Errors) > 0 {
				t.Fatalf("%s %s: %d %s", r.method, r.path, out.status, out.raw)
			}
		}
	})
	t.Run("graphql-response+json answers 4xx", func(t *testing.T) {
		a.t = t
		out, _ := a.send(post(`{ departments(first: 1000) { totalCount } }`, nil).with("Accept", "application/graphql-response+json"))
		if out.status != 400 || out.code() != CodePageSizeExceeded {
			t.Fatalf("got %d %s", out.status, out.raw)
		}
	})
}

// sessionCookie logs the admin in and returns the session cookie it sets.
func sessionCookie(t *testing.T, a *api) string {
	t.Helper()
	out, _ := a.send(post(`mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }`,
		map[string]any{"u": "admin", "p": testPassword}))
	for _, c := range (&http.Response{Header: out.header}).Cookies() {
		if c.Name == SessionCookie && c.Value != "" {
			return c.Name + "=" + c.Value
		}
	}
	t.Fatalf("login set no session cookie: %d %s", out.status, out.raw)
	return ""
}

// TestCSRFGuard: a cookie-authenticated POST must be JSON and, when the
// browser names the page it comes from, come from this host; bearer-token
// requests are exempt.
func TestCSRFGuard(t *testing.T) {
	a := newHardened(t, Options{Development: true})
	cookie := sessionCookie(t, a)
	self := a.srv.URL // http://127.0.0.1:port, the Host the server sees
	viewer := post(`{ viewer { username } }`, nil).with("Cookie", cookie)
	logout := post(`mutation { logout }`, nil).with("Cookie", cookie)

	rejected := map[string]request{
		"foreign Origin":             viewer.with("Origin", "https://evil.example"),
		"Origin null":                viewer.with("Origin", "null"),
		"foreign Origin, same host":  viewer.with("Origin", "http://127.0.0.1:1"),
		"foreign Referer":            viewer.with("Referer", "https://evil.example/jixiao"),
		"Sec-Fetch-Site cross-site":  viewer.with("Sec-Fetch-Site", "cross-site"),
		"logout from a foreign site": logout.with("Origin", "https://evil.example"),
	}
	for name, r := range rejected {
		t.Run(name, func(t *testing.T) {
			a.t = t
			out, statements := a.send(r)
			if out.status != 403 || out.code() != CodeCSRF || !bilingual(out.message()) {
				t.Fatalf("got %d %s", out.status, out.raw)
			}
			if statements != 0 {
				t.Errorf("rejected request cost %d SQL statements (the session was looked up)", statements)
			}
		})
	}
	t.Run("a cookie POST must be JSON", func(t *testing.T) {
		a.t = t
		out, _ := a.send(viewer.with("Content-Type", "text/plain").with("Origin", self))
		if out.status != 415 {
			t.Fatalf("got %d %s", out.status, out.raw)
		}
	})

	allowed := map[string]request{
		"same Origin":                     viewer.with("Origin", self),
		"same Referer":                    viewer.with("Referer", self+"/projects/1"),
		"no Origin nor Referer":           viewer,
		"Sec-Fetch-Site same-origin":      viewer.with("Sec-Fetch-Site", "same-origin").with("Origin", self),
		"bearer from anywhere":            post(`{ viewer { username } }`, nil).bearer(a.token).with("Origin", "https://evil.example"),
		"bearer wins over a cookie":       viewer.bearer(a.token).with("Origin", "https://evil.example"),
		"GET query with a foreign Origin": get(`{ viewer { username } }`).with("Cookie", cookie).with("Origin", "https://evil.example"),
	}
	for name, r := range allowed {
		t.Run(name, func(t *testing.T) {
			a.t = t
			out, statements := a.send(r)
			var data struct{ Viewer *struct{ Username string } }
			_ = json.Unmarshal(out.Data, &data)
			if out.status != 200 || data.Viewer == nil || data.Viewer.Username != "admin" {
				t.Fatalf("got %d %s", out.status, out.raw)
			}
			if statements == 0 {
				t.Fatalf("the session was not even looked up: this case proves nothing")
			}
		})
	}
	a.t = t
	// The forged logout above did not end the session.
	if out, _ := a.send(viewer); !strings.Contains(out.raw, `"admin"`) {
		t.Fatalf("session gone after a rejected cross-site logout: %s", out.raw)
	}
}

// TestProductionMode: introspection and field suggestions are off in
// production and on in development; GraphiQL is only served in development.
func TestProductionMode(t *testing.T) {
	prod := newHardened(t, Options{Development: false})
	dev := newHardened(t, Options{Development: true})

	for _, q := range []string{`{ __schema { queryType { name } } }`, `{ __type(name: "Department") { name } }`,
		`query { ...I } fragment I on Query { __schema { types { name } } }`} {
		out, statements := prod.send(post(q, nil))
		if out.status != 200 || out.code() != CodeIntrospectionDisabled || !bilingual(out.message()) || statements != 0 {
			t.Errorf("production %s: %d %s (%d statements)", q, out.status, out.raw, statements)
		}
		if out, _ := dev.send(post(q, nil)); len(out.Errors) > 0 {
			t.Errorf("development %s: %s", q, out.raw)
		}
	}
	if out, _ := prod.send(post(`{ __typename }`, nil)); len(out.Errors) > 0 {
		t.Errorf("production refuses __typename (urql needs it): %s", out.raw)
	}

	for _, q := range []string{`{ departments { totlCount } }`, `{ departments(frist: 1) { totalCount } }`,
		`{ departments(orderBy: {field: COD, direction: ASC}) { totalCount } }`} {
		p, _ := prod.send(post(q, nil))
		d, _ := dev.send(post(q, nil))
		if len(p.Errors) == 0 || len(d.Errors) == 0 {
			t.Fatalf("%s: no error (%s / %s)", q, p.raw, d.raw)
		}
		if strings.Contains(p.raw, "Did you mean") || strings.Contains(p.raw, "totalCount") && strings.Contains(q, "totl") {
			t.Errorf("production suggests: %s", p.raw)
		}
		t.Logf("%s\n  production:  %s\n  development: %s", q, p.message(), d.message())
	}
	if d, _ := dev.send(post(`{ departments { totlCount } }`, nil)); !strings.Contains(d.raw, "Did you mean") {
		t.Errorf("development lost its suggestions: %s", d.raw)
	}

	// GraphiQL is served in development only: TestSecurityHeaders.
}

// TestDefaultPageSize: a connection queried without first/last gets first:
// 100, at the root, nested (eager-loaded by entgql), in fragments and when
// first's variable is null; the cached query document is not changed.
func TestDefaultPageSize(t *testing.T) {
	a := newHardened(t, Options{Development: true})
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	c := a.db.Client
	parent := c.Department.Create().SetCode("P").SetName("上级").SetRegion("市本级").SetSector(enums.SectorEducation).SaveX(ctx)
	children := make([]*ent.DepartmentCreate, 149)
	for i := range children {
		children[i] = c.Department.Create().SetCode(fmt.Sprintf("C%03d", i)).SetName(fmt.Sprintf("单位%d", i)).
			SetRegion("市本级").SetSector(enums.SectorEducation).SetParentID(parent.ID)
	}
	c.Department.CreateBulk(children...).SaveX(ctx)

	type page struct {
		TotalCount int
		PageInfo   struct{ HasNextPage bool }
		Edges      []struct {
			Node struct {
				Code     string
				Children *page
			}
		}
	}
	check := func(name, query string, vars map[string]any, want int, nested bool) {
		t.Helper()
		for range 2 { // the second time from the query cache
			var data struct{ Departments page }
			a.ok(query, vars, &data)
			p := data.Departments
			if nested {
				p = *p.Edges[0].Node.Children
			}
			forward := !strings.Contains(query, "last:") // a backward page has no next page
			if len(p.Edges) != want || p.TotalCount != map[bool]int{false: 150, true: 149}[nested] || forward && p.PageInfo.HasNextPage != (want < p.TotalCount) {
				t.Fatalf("%s: %d edges of %d (hasNextPage %v), want %d", name, len(p.Edges), p.TotalCount, p.PageInfo.HasNextPage, want)
			}
		}
	}
	const fields = `totalCount pageInfo { hasNextPage } edges { node { code } }`
	check("root", `{ departments { `+fields+` } }`, nil, 100, false)
	check("root, explicit first", `{ departments(first: 7) { `+fields+` } }`, nil, 7, false)
	check("root, last only", `{ departments(last: 5) { `+fields+` } }`, nil, 5, false)
	check("root, null variable", `query($n: Int) { departments(first: $n) { `+fields+` } }`, map[string]any{"n": nil}, 100, false)
	check("root, absent variable", `query($n: Int) { departments(first: $n) { `+fields+` } }`, nil, 100, false)
	check("root, variable", `query($n: Int) { departments(first: $n) { `+fields+` } }`, map[string]any{"n": 3}, 3, false)
	check("nested", `{ departments(where: {code: "P"}) { edges { node { code children { `+fields+` } } } } }`, nil, 100, true)
	check("fragments", `query { departments(where: {code: "P"}) { ...Conn } }
		fragment Conn on DepartmentConnection { edges { node { ...Dept } } }
		fragment Dept on Department { code children { `+fields+` } }`, nil, 100, true)
	check("inline fragment", `{ departments(where: {code: "P"}) { edges { node { ... on Department { children { `+fields+` } } } } } }`, nil, 100, true)
	// The same text again: the defaults above were added to a copy, not to
	// the cached document (else first would now be fixed at 100).
	check("root, variable, again", `query($n: Int) { departments(first: $n) { `+fields+` } }`, map[string]any{"n": 4}, 4, false)

	// Concurrent requests share the cached document (run with -race).
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			vars := map[string]any{"n": nil}
			want := 100
			if i%2 == 1 {
				vars["n"], want = i, i
			}
			body, _ := json.Marshal(map[string]any{"query": `query($n: Int) { departments(first: $n) { edges { node { code } } } }`, "variables": vars})
			req, _ := http.NewRequest(http.MethodPost, a.srv.URL+"/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Bearer "+a.token)
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			defer res.Body.Close()
			var out struct {
				Data struct{ Departments struct{ Edges []any } }
			}
			_ = json.NewDecoder(res.Body).Decode(&out)
			if got := len(out.Data.Departments.Edges); got != want {
				t.Errorf("concurrent request %d: %d edges, want %d", i, got, want)
			}
		})
	}
	wg.Wait()
}

// TestEveryConnectionIsPaged: every field returning a …Connection (generated
// by entgql or written by hand) takes first/last, so the default page size and
// the complexity estimate apply to it.
func TestEveryConnectionIsPaged(t *testing.T) {
	schema := graph.NewSchema(nil, identity.New(nil)).Schema()
	n := 0
	for _, typ := range schema.Types {
		if typ.Kind != ast.Object || strings.HasPrefix(typ.Name, "__") {
			continue
		}
		for _, f := range typ.Fields {
			if !strings.HasSuffix(f.Type.Name(), "Connection") {
				continue
			}
			n++
			if f.Type.Elem != nil || !isConnection(&ast.Field{Name: f.Name, Definition: f}) {
				t.Errorf("%s.%s returns %s without first/last: it cannot be paged", typ.Name, f.Name, f.Type)
			}
			conn := schema.Types[f.Type.Name()]
			if conn == nil || conn.Fields.ForName("edges") == nil {
				t.Errorf("%s.%s: %s has no edges", typ.Name, f.Name, f.Type.Name())
			}
		}
	}
	if n < 20 {
		t.Fatalf("found only %d connection fields", n)
	}
	t.Logf("%d connection fields", n)
}

// TestErrorsMasked: a database error reaches the client as a bilingual
// message with the request id, never as SQL or ent text; errors that bypass
// the error presenter (entgql's failed transaction) are masked too; syntax
// errors stay readable.
func TestErrorsMasked(t *testing.T) {
	leaks := []string{"departments", "relation", "no such table", "pq:", "sql", "SQL", "ent:", "database is closed", "transaction"}
	assertMasked := func(t *testing.T, out reply) {
		t.Helper()
		if out.code() != CodeInternal || !bilingual(out.message()) {
			t.Fatalf("not masked: %d %s", out.status, out.raw)
		}
		id := out.header.Get("X-Request-Id")
		if id == "" || !strings.Contains(out.message(), id) || out.Errors[0].Extensions["requestId"] != id {
			t.Fatalf("masked error without the request id %q: %s", id, out.raw)
		}
		shown, _ := json.Marshal([]any{out.Errors[0].Message, out.Errors[0].Extensions}) // the path names the field: fine
		for _, leak := range leaks {
			if strings.Contains(string(shown), leak) {
				t.Fatalf("the answer leaks %q: %s", leak, out.raw)
			}
		}
		t.Logf("%s", out.message())
	}
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newHardenedOn(t, url, Options{Development: true})
		t.Run("syntax errors are shown", func(t *testing.T) {
			a.t = t
			out, _ := a.send(post(`{ departments(first: 1) {`, nil).bearer(a.token))
			if out.code() != "GRAPHQL_PARSE_FAILED" || !strings.Contains(out.message(), "Expected") {
				t.Fatalf("got %s", out.raw)
			}
		})
		t.Run("bad arguments are shown", func(t *testing.T) {
			a.t = t
			for q, want := range map[string]string{
				`{ indicators(where: {targetValueGT: "abc"}) { totalCount } }`: "not a decimal number",
				`{ node(id: "abc") { id } }`:                                   "abc",
			} {
				out, _ := a.send(post(q, nil).bearer(a.token))
				if out.code() != "BAD_USER_INPUT" || !strings.Contains(out.message(), want) {
					t.Errorf("%s: got %s", q, out.raw)
				}
			}
		})
		t.Run("SQL error", func(t *testing.T) {
			a.t = t
			if _, err := a.db.SQL.Exec(`ALTER TABLE departments RENAME TO departments_gone`); err != nil {
				t.Fatal(err)
			}
			out, _ := a.send(post(`{ departments(first: 1) { totalCount } }`, nil).bearer(a.token))
			assertMasked(t, out)
			if _, err := a.db.SQL.Exec(`ALTER TABLE departments_gone RENAME TO departments`); err != nil {
				t.Fatal(err)
			}
		})
		t.Run("failed transaction", func(t *testing.T) {
			a.t = t
			a.db.SQL.Close()
			out, _ := a.send(post(`mutation { createDepartment(input: {code: "X", name: "X", region: "市本级", sector: EDUCATION}) { id } }`, nil))
			assertMasked(t, out)
		})
	})
}
