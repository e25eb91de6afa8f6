package httpapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"jixiao/internal/domain/enums"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// newHardened is a real server with opt over a fresh SQLite database (the
// limits do not depend on the dialect), with an admin logged in (a.token).
func newHardened(t *testing.T, opt Options) *api {
	t.Helper()
	return newHardenedOn(t, testdb.SQLiteURL(t), opt)
}

func newHardenedOn(t *testing.T, url string, opt Options) *api {
	t.Helper()
	counter := &testdb.Counter{}
	o := store.DefaultOptions
	o.Wrap = counter.Wrap
	db := testdb.Open(t, url, o)
	if opt.Now == nil {
		opt.Now = testdb.FrozenClock()
	}
	srv := httptest.NewServer(New(db.Client, db.SQL, opt))
	t.Cleanup(srv.Close)
	a := &api{t: t, srv: srv, db: db, counter: counter}
	a.loginAs("admin", enums.RoleFinanceAdmin, nil)
	return a
}

// reply is a whole HTTP answer of the GraphQL endpoint.
type reply struct {
	status int
	header http.Header
	raw    string
	gqlResponse
}

func (r reply) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	code, _ := r.Errors[0].Extensions["code"].(string)
	return code
}

func (r reply) message() string {
	if len(r.Errors) == 0 {
		return ""
	}
	return r.Errors[0].Message
}

// request is an HTTP request to send to the server under test.
type request struct {
	method string
	path   string // with the query string; default /graphql
	body   []byte
	header map[string]string
}

func post(query string, vars map[string]any) request {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return request{method: http.MethodPost, body: body, header: map[string]string{"Content-Type": "application/json"}}
}

func get(query string) request {
	return request{method: http.MethodGet, path: "/graphql?query=" + url.QueryEscape(query)}
}

func (r request) with(key, value string) request {
	h := map[string]string{}
	for k, v := range r.header {
		h[k] = v
	}
	h[key] = value
	r.header = h
	return r
}

func (r request) bearer(token string) request { return r.with("Authorization", "Bearer "+token) }

// send sends r and counts the SQL statements it cost.
func (a *api) send(r request) (reply, int64) {
	a.t.Helper()
	path := r.path
	if path == "" {
		path = "/graphql"
	}
	req, err := http.NewRequest(r.method, a.srv.URL+path, bytes.NewReader(r.body))
	if err != nil {
		a.t.Fatal(err)
	}
	for k, v := range r.header {
		req.Header.Set(k, v)
	}
	a.counter.Reset()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		a.t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	out := reply{status: res.StatusCode, header: res.Header, raw: string(raw)}
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &out.gqlResponse); err != nil {
			a.t.Fatalf("%s %s answered %d with a body that is not JSON: %s", r.method, path, res.StatusCode, raw)
		}
	}
	return out, a.counter.Count()
}

// bilingual: a message in Chinese and English, "中文 / English".
func bilingual(msg string) bool {
	zh, en, ok := strings.Cut(msg, " / ")
	hasHan := strings.ContainsFunc(zh, func(r rune) bool { return r >= 0x4e00 && r <= 0x9fff })
	return ok && hasHan && strings.ContainsAny(en, "abcdefghijklmnopqrstuvwxyz")
}

func nested(field string, levels int, leaf string) string {
	return strings.Repeat(field+" { ", levels) + leaf + strings.Repeat(" }", levels)
}

// limitCases are requests over one limit each, with the option that lifts it.
var limitCases = []struct {
	name   string
	code   string
	status int
	req    func(a *api) request
	lift   func(*Options)
}{
	{
		name: "depth 16 > 15", code: CodeQueryTooDeep, status: 200,
		// departments(1) edges(2) node(3) parent×12 (15) id (16)
		req: func(*api) request {
			return post(`{ departments(first: 1) { edges { node { `+nested("parent", 12, "id")+` } } } }`, nil)
		},
		lift: func(o *Options) { o.Limits.MaxDepth = 100 },
	},
	{
		name: "31 aliases > 30", code: CodeTooManyAliases, status: 200,
		req: func(*api) request {
			var q strings.Builder
			q.WriteString("{ ")
			for i := range 31 {
				fmt.Fprintf(&q, "d%d: departments(first: 1) { totalCount } ", i)
			}
			return post(q.String()+"}", nil)
		},
		lift: func(o *Options) { o.Limits.MaxAliases = 100 },
	},
	{
		name: "complexity 100×100×100 > 250000", code: CodeQueryTooComplex, status: 200,
		req: func(*api) request {
			return post(`{ departments(first: 100) { edges { node { children(first: 100) { edges { node {
				projects(first: 100) { edges { node { allocations(first: 100) { totalCount } } } } } } } } } } }`, nil)
		},
		lift: func(o *Options) { o.Limits.MaxComplexity = 10_000_000 },
	},
	{
		name: "complexity counts the default page size", code: CodeQueryTooComplex, status: 200,
		req: func(*api) request {
			return post(`{ departments { edges { node { children { edges { node {
				projects { edges { node { allocations { totalCount } } } } } } } } } } }`, nil)
		},
		lift: func(o *Options) { o.Limits.MaxComplexity = 10_000_000 },
	},
	{
		name: "first 101 > 100", code: CodePageSizeExceeded, status: 200,
		req:  func(*api) request { return post(`{ departments(first: 101) { totalCount } }`, nil) },
		lift: func(o *Options) { o.Limits.MaxPageSize = 200 },
	},
	{
		name: "last 101 > 100", code: CodePageSizeExceeded, status: 200,
		req:  func(*api) request { return post(`{ departments(last: 101) { totalCount } }`, nil) },
		lift: func(o *Options) { o.Limits.MaxPageSize = 200 },
	},
	{
		name: "nested first: $n = 500 > 100", code: CodePageSizeExceeded, status: 200,
		req: func(*api) request {
			return post(`query($n: Int) { departments(first: 1) { edges { node { projects(first: $n) { totalCount } } } } }`,
				map[string]any{"n": 500})
		},
		lift: func(o *Options) { o.Limits.MaxPageSize = 1000 },
	},
	{
		name: "nodes(ids:) with 101 ids > 100", code: CodePageSizeExceeded, status: 200,
		req: func(a *api) request {
			ids := make([]string, 101)
			for i := range ids {
				ids[i] = fmt.Sprint(i + 1)
			}
			return post(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids})
		},
		lift: func(o *Options) { o.Limits.MaxPageSize = 200 },
	},
	{
		name: "2001 tokens > 2000", code: CodeQueryTooLarge, status: 200,
		req: func(*api) request {
			return post(`{ departments(first: 1) { totalCount } `+strings.Repeat("__typename ", 1994)+`}`, nil)
		},
		lift: func(o *Options) { o.Limits.MaxTokens = 10_000 },
	},
	{
		name: "body over 1 MiB", code: CodeRequestTooLarge, status: 413,
		req: func(*api) request {
			return post(`{ departments(first: 1) { totalCount } }`, map[string]any{"pad": strings.Repeat("x", 1<<20)})
		},
		lift: func(o *Options) { o.Limits.MaxBodyBytes = 4 << 20 },
	},
}

// TestLimitsRejectBeforeResolvers: every over-limit request is refused with a
// bilingual message and its code before any resolver runs (no SQL at all),
// and lifting that one limit lets the very same request through to the
// database, so each check is proven to be the one that rejects.
func TestLimitsRejectBeforeResolvers(t *testing.T) {
	strict := newHardened(t, Options{Development: true})
	for _, c := range limitCases {
		t.Run(c.name, func(t *testing.T) {
			strict.t = t
			// What authenticating the bearer token costs by itself.
			_, authCost := strict.send(post(`{ __typename }`, nil).bearer(strict.token))
			for _, auth := range []string{"anonymous", "bearer"} {
				r := c.req(strict)
				if auth == "bearer" {
					r = r.bearer(strict.token)
				}
				out, statements := strict.send(r)
				if out.code() != c.code || out.status != c.status {
					t.Fatalf("%s: got %d %q %q, want %d %s", auth, out.status, out.code(), out.message(), c.status, c.code)
				}
				if !bilingual(out.message()) {
					t.Errorf("%s: message is not in Chinese and English: %q", auth, out.message())
				}
				if auth == "anonymous" && statements != 0 {
					t.Errorf("%s: rejected request cost %d SQL statements, want 0", auth, statements)
				}
				if auth == "bearer" && statements > authCost {
					t.Errorf("%s: rejected request cost %d SQL statements, more than authentication alone (%d)", auth, statements, authCost)
				}
				if auth == "anonymous" {
					t.Logf("%d %s", out.status, out.message())
				}
				if out.Data != nil && string(out.Data) != "null" {
					t.Errorf("%s: rejected request returned data %s", auth, out.Data)
				}
			}

			var opt Options
			opt.Development = true
			c.lift(&opt)
			lifted := newHardened(t, opt)
			_, authCost = lifted.send(post(`{ __typename }`, nil).bearer(lifted.token))
			out, statements := lifted.send(c.req(lifted).bearer(lifted.token))
			if out.code() == c.code || (c.status != 200 && out.status == c.status) {
				t.Fatalf("with the limit lifted the request is still rejected: %d %s", out.status, out.raw)
			}
			if statements <= authCost {
				t.Fatalf("with the limit lifted the request ran no resolver SQL (%d statements, authentication %d): the case does not prove the limit (%.300s)",
					statements, authCost, out.raw)
			}
		})
	}
}
