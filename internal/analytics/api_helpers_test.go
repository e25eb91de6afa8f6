package analytics_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"jixiao/ent/privacy"
	"jixiao/internal/domain/enums"
	"jixiao/internal/platform/httpapi"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// api is the real HTTP handler over a real database, acting as one user.
type api struct {
	t       *testing.T
	srv     *httptest.Server
	db      *store.DB
	counter *testdb.Counter
	token   string
}

const password = "Jixiao@2026"

func newAPI(t *testing.T, db *store.DB, counter *testdb.Counter) *api {
	t.Helper()
	srv := httptest.NewServer(httpapi.New(db.Client, db.SQL, httpapi.Options{Development: true, Now: testdb.FrozenClock(), Versions: db.Versions}))
	t.Cleanup(srv.Close)
	return &api{t: t, srv: srv, db: db, counter: counter}
}

// as creates a user and logs it in; the following requests act as it.
func (a *api) as(username string, role enums.Role, department *int) *api {
	a.t.Helper()
	hash, _ := bcrypt.GenerateFromPassword([]byte(password), bcrypt.MinCost)
	err := a.db.Client.User.Create().SetUsername(username).SetDisplayName(username).SetRole(role).
		SetPasswordHash(string(hash)).SetNillableDepartmentID(department).
		Exec(privacy.DecisionContext(context.Background(), privacy.Allow))
	if err != nil {
		a.t.Fatal(err)
	}
	b := *a
	b.token = ""
	var data struct{ Login struct{ Token string } }
	b.ok(`mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }`,
		map[string]any{"u": username, "p": password}, &data)
	b.token = data.Login.Token
	return &b
}

type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

func (a *api) do(query string, vars map[string]any) gqlResponse {
	a.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, a.srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if a.token != "" {
		req.Header.Set("Authorization", "Bearer "+a.token)
	}
	res, err := http.DefaultClient.Do(req)
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
