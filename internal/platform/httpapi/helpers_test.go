package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"reflect"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"jixiao/ent/privacy"
	"jixiao/internal/domain/enums"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// api is a real HTTP server over a real, migrated database.
type api struct {
	t       *testing.T
	srv     *httptest.Server
	db      *store.DB
	counter *testdb.Counter
	token   string // bearer token of the user the requests act as
}

func newAPI(t *testing.T, url string) *api {
	t.Helper()
	counter := &testdb.Counter{}
	opt := store.DefaultOptions
	opt.Wrap = counter.Wrap
	db := testdb.Open(t, url, opt)
	srv := httptest.NewServer(New(db.Client, db.SQL, Options{Development: true, Now: testdb.FrozenClock(), Versions: db.Versions}))
	t.Cleanup(srv.Close)
	a := &api{t: t, srv: srv, db: db, counter: counter}
	a.loginAs("admin", enums.RoleFinanceAdmin, nil)
	return a
}

// testPassword passes the password policy.
const testPassword = "Jixiao@2026"

// createUser adds a user straight to the database (cheap bcrypt cost).
func (a *api) createUser(username string, role enums.Role, department, agency *int) {
	a.t.Helper()
	hash, _ := bcrypt.GenerateFromPassword([]byte(testPassword), bcrypt.MinCost)
	err := a.db.Client.User.Create().SetUsername(username).SetDisplayName(username).SetRole(role).
		SetPasswordHash(string(hash)).SetNillableDepartmentID(department).SetNillableAgencyID(agency).
		Exec(privacy.DecisionContext(context.Background(), privacy.Allow))
	if err != nil {
		a.t.Fatal(err)
	}
}

// loginAs creates a user and makes the following requests act as it.
func (a *api) loginAs(username string, role enums.Role, department *int) {
	a.t.Helper()
	a.createUser(username, role, department, nil)
	a.login(username)
}

// login logs an existing user in with the test password.
func (a *api) login(username string) {
	a.t.Helper()
	a.token = ""
	var data struct{ Login struct{ Token string } }
	a.ok(`mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }`,
		map[string]any{"u": username, "p": testPassword}, &data)
	a.token = data.Login.Token
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

// decode reads a response's data into v.
func (a *api) decode(out gqlResponse, v any) {
	a.t.Helper()
	if err := json.Unmarshal(out.Data, v); err != nil {
		a.t.Fatalf("decode data %s: %v", out.Data, err)
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

// lockOf is the lockVersion an edit of record id (a project, a department,
// a fund …) names now: what a client that has just read it sends.
func (a *api) lockOf(id string) int {
	a.t.Helper()
	n, err := a.db.Client.Noder(privacy.DecisionContext(context.Background(), privacy.Allow), atoi(id))
	if err != nil {
		a.t.Fatal(err)
	}
	return int(reflect.ValueOf(n).Elem().FieldByName("LockVersion").Int())
}
