package httpapi

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"jixiao/internal/testdb"
	"jixiao/store"
)

// api is a real HTTP server over a real, migrated database.
type api struct {
	t       *testing.T
	srv     *httptest.Server
	db      *store.DB
	counter *testdb.Counter
}

func newAPI(t *testing.T, url string) *api {
	t.Helper()
	counter := &testdb.Counter{}
	opt := store.DefaultOptions
	opt.Wrap = counter.Wrap
	db := testdb.Open(t, url, opt)
	srv := httptest.NewServer(New(db.Client, db.SQL, Options{Development: true}))
	t.Cleanup(srv.Close)
	return &api{t: t, srv: srv, db: db, counter: counter}
}

type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

// do posts a GraphQL request and decodes the answer.
func (a *api) do(query string, vars map[string]any) gqlResponse {
	a.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	res, err := http.Post(a.srv.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		a.t.Fatal(err)
	}
	defer res.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		a.t.Fatalf("decode response (status %d): %v", res.StatusCode, err)
	}
	return out
}

// ok runs a request that must succeed and decodes its data into v.
func (a *api) ok(query string, vars map[string]any, v any) {
	a.t.Helper()
	out := a.do(query, vars)
	if len(out.Errors) > 0 {
		a.t.Fatalf("unexpected errors: %+v\nquery: %s", out.Errors, query)
	}
	if v != nil {
		if err := json.Unmarshal(out.Data, v); err != nil {
			a.t.Fatalf("decode data %s: %v", out.Data, err)
		}
	}
}

// id creates something and returns the id at data.<field>.id.
func (a *api) id(field, query string, vars map[string]any) string {
	a.t.Helper()
	var data map[string]struct {
		ID string `json:"id"`
	}
	a.ok(query, vars, &data)
	return data[field].ID
}
