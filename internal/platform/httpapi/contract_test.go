package httpapi

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// goInternals are texts of Go's own parsers that must never reach a client.
var goInternals = []string{"strconv", "msgpack", "base64", "json:", "cannot unmarshal", "invalid character", "body:"}

func assertNoInternals(t *testing.T, out reply) {
	t.Helper()
	for _, leak := range goInternals {
		if strings.Contains(out.raw, leak) {
			t.Errorf("the answer leaks %q: %s", leak, out.raw)
		}
	}
}

// TestTransportErrors: a body that is no GraphQL request is the client's
// mistake: 400 BAD_REQUEST in both languages, never Go's decoder text.
func TestTransportErrors(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, dbURL string) { transportErrors(t, dbURL) })
}

func transportErrors(t *testing.T, dbURL string) {
	a := newHardenedOn(t, dbURL, Options{Development: true})
	body := func(s string) request {
		return request{method: http.MethodPost, body: []byte(s), header: map[string]string{"Content-Type": "application/json"}}
	}
	getWith := func(params string) request {
		return request{method: http.MethodGet, path: "/graphql?query=" + url.QueryEscape("{ __typename }") + "&" + params}
	}
	for name, req := range map[string]request{
		"a JSON array":             body(`[{"query": "{ __typename }"}]`),
		"a JSON string":            body(`"{ __typename }"`),
		"query is a number":        body(`{"query": 12}`),
		"variables is a string":    body(`{"query": "{ __typename }", "variables": "x"}`),
		"operationName is a list":  body(`{"query": "{ __typename }", "operationName": ["a"]}`),
		"extensions is a number":   body(`{"query": "{ __typename }", "extensions": 1}`),
		"GET variables not JSON":   getWith("variables=x"),
		"GET extensions not JSON":  getWith("extensions=%5B1%5D"),
		"GET variables JSON array": getWith("variables=%5B%5D"),
	} {
		t.Run(name, func(t *testing.T) {
			a.t = t
			out, _ := a.send(req)
			if out.status != 400 || out.code() != CodeBadRequest || !bilingual(out.message()) {
				t.Fatalf("got %d %q %s", out.status, out.code(), out.raw)
			}
			assertNoInternals(t, out)
		})
	}
}

// TestErrorContract: a missing or rejected credential is UNAUTHENTICATED, a
// refused permission FORBIDDEN; messages speak the language asked for, with
// both in extensions.messages; malformed IDs and cursors are BAD_USER_INPUT
// without Go's words.
func TestErrorContract(t *testing.T) {
	a := newHardened(t, Options{Development: true})
	projects := post(`{ projects { totalCount } }`, nil)

	t.Run("no credential", func(t *testing.T) {
		a.t = t
		out, _ := a.send(projects)
		if out.code() != "UNAUTHENTICATED" || !strings.Contains(out.message(), "log in first") {
			t.Fatalf("got %s", out.raw)
		}
	})
	t.Run("unknown or revoked token", func(t *testing.T) {
		a.t = t
		out, _ := a.send(projects.bearer("not-a-token"))
		if out.code() != "UNAUTHENTICATED" || !strings.Contains(out.message(), "log in again") {
			t.Fatalf("got %s", out.raw)
		}
		admin := a.token
		defer func() { a.token = admin }()
		a.login("admin") // a second session, ended by logout
		ended := a.token
		if res, _ := a.send(post(`mutation { logout }`, nil).bearer(ended)); len(res.Errors) > 0 {
			t.Fatalf("logout: %s", res.raw)
		}
		out, _ = a.send(projects.bearer(ended))
		if out.code() != "UNAUTHENTICATED" || !strings.Contains(out.message(), "log in again") {
			t.Fatalf("ended session: %s", out.raw)
		}
	})
	t.Run("a refused permission is FORBIDDEN", func(t *testing.T) {
		a.t = t
		admin := a.token
		defer func() { a.token = admin }()
		a.loginAs("someleader", enums.RoleLeader, nil)
		out, _ := a.send(post(`mutation { createDepartment(input: {code: "F1", name: "F", region: "市本级", sector: EDUCATION}) { id } }`, nil).bearer(a.token))
		if out.code() != "FORBIDDEN" {
			t.Fatalf("got %s", out.raw)
		}
	})
	t.Run("Accept-Language", func(t *testing.T) {
		a.t = t
		for lang, want := range map[string]string{"en-US,en;q=0.9": "log in first", "zh-CN,zh;q=0.9": "请先登录", "fr": "请先登录", "": "请先登录 / log in first"} {
			r := projects
			if lang != "" {
				r = r.with("Accept-Language", lang)
			}
			out, _ := a.send(r)
			if out.message() != want {
				t.Errorf("Accept-Language %q: message %q, want %q", lang, out.message(), want)
			}
			msgs, _ := out.Errors[0].Extensions["messages"].(map[string]any)
			if msgs["zh"] != "请先登录" || msgs["en"] != "log in first" {
				t.Errorf("Accept-Language %q: extensions.messages %v", lang, msgs)
			}
		}
	})
	t.Run("malformed IDs and cursors", func(t *testing.T) {
		a.t = t
		for _, q := range []string{
			`{ node(id: "abc") { id } }`,
			`{ projects(after: "bad") { totalCount } }`,
			`{ projects(after: "AAAA") { totalCount } }`,
			`{ nodes(ids: ["1", "2"]) { id } }`,
		} {
			out, _ := a.send(post(q, nil).bearer(a.token))
			code := out.code()
			if code != "BAD_USER_INPUT" && code != "NOT_FOUND" {
				t.Errorf("%s: got %s", q, out.raw)
			}
			assertNoInternals(t, out)
		}
	})
}

// TestSpecStatusCodes: GraphQL over HTTP — a parse or validation failure is
// 200 for application/json and 400 for application/graphql-response+json.
func TestSpecStatusCodes(t *testing.T) {
	a := newHardened(t, Options{Development: true})
	for _, q := range []string{`{ departments(first: 1) {`, `{ nosuchfield }`} {
		for accept, want := range map[string]int{"application/json": 200, "application/graphql-response+json": 400, "": 200} {
			r := post(q, nil)
			if accept != "" {
				r = r.with("Accept", accept)
			}
			out, _ := a.send(r)
			if out.status != want || len(out.Errors) == 0 {
				t.Errorf("%s with Accept %q: %d %s, want %d", q, accept, out.status, out.raw, want)
			}
			if accept != "" && !strings.HasPrefix(out.header.Get("Content-Type"), accept) {
				t.Errorf("%s with Accept %q: Content-Type %q", q, accept, out.header.Get("Content-Type"))
			}
		}
	}
}

// TestPersistedQueries: a hash the server does not know answers
// PERSISTED_QUERY_NOT_FOUND (message PersistedQueryNotFound), as Apollo's and
// urql's links expect; once sent with its text, the hash alone works.
func TestPersistedQueries(t *testing.T) {
	a := newHardened(t, Options{Development: true})
	query := `{ viewer { username } }`
	sum := sha256.Sum256([]byte(query))
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
	send := func(withText bool) reply {
		params := map[string]any{"extensions": ext}
		if withText {
			params["query"] = query
		}
		body, _ := json.Marshal(params)
		out, _ := a.send(request{method: http.MethodPost, body: body, header: map[string]string{"Content-Type": "application/json"}}.bearer(a.token))
		return out
	}
	out := send(false)
	if out.status != 200 || out.code() != CodePersistedQueryNotFound || out.message() != "PersistedQueryNotFound" {
		t.Fatalf("unknown hash: %d %s", out.status, out.raw)
	}
	if out := send(true); len(out.Errors) > 0 || !strings.Contains(string(out.Data), "admin") {
		t.Fatalf("hash with text: %s", out.raw)
	}
	if out := send(false); len(out.Errors) > 0 || !strings.Contains(string(out.Data), "admin") {
		t.Fatalf("known hash: %s", out.raw)
	}
	ext["persistedQuery"].(map[string]any)["sha256Hash"] = strings.Repeat("0", 64)
	if out := send(true); out.code() != CodeBadRequest {
		t.Fatalf("hash that does not match its text: %s", out.raw)
	}
}
