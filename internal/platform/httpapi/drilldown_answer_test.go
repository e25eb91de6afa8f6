package httpapi

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"jixiao/internal/demo"
	"jixiao/internal/domain/enums"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// The drill-down of the PostGraphile comparison, and a wider one (times,
// nullable fields, cursors, page info) over the same levels.
var drillQueries = map[string]string{
	"drill": `query($id: ID!, $year: Int!) {
  node(id: $id) { ... on Department { id code name
    projects(first: 50, where: {fiscalYear: $year}) { totalCount edges { node { id code name status category keyProject
      targets(first: 5, where: {statusNEQ: SUPERSEDED}) { edges { node { id status version
        indicators(first: 20) { edges { node { id name category subcategory comparator targetValue actualValue unit weight } } } } } } } } } } } }`,
	"wide": `query($id: ID!, $year: Int!) {
  node(id: $id) { __typename ... on Department { id code name createdAt updatedAt
    projects(first: 50, where: {fiscalYear: $year}) { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { __typename id code name status category keyProject fiscalYear createdAt
      targets(first: 5) { totalCount edges { cursor node { id status version createdAt updatedAt
        indicators(first: 20) { edges { node { id name n2: name category subcategory comparator targetValue targetText actualValue unit weight createdAt } } } } } } } } } } } }`,
}

// TestDrillDownAnswersUnchanged runs the drill-down over every department
// and year of the demo data set on both databases and compares the bytes
// answered with the answers recorded before the direct marshalling paths
// (graph/sequential, fastwrite.go): they must stay byte for byte the same.
// JIXIAO_UPDATE_DRILLDOWN=1 records them again (only from a build known good).
func TestDrillDownAnswersUnchanged(t *testing.T) {
	const golden = "testdata/drilldown_answers.txt"
	testdb.Dialects(t, func(t *testing.T, url string) {
		db := testdb.Open(t, url, store.DefaultOptions)
		if _, err := demo.Load(context.Background(), db, demo.Demo); err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(New(db.Client, db.SQL, Options{Now: testdb.FrozenClock(), Versions: db.Versions}))
		t.Cleanup(srv.Close)
		a := &api{t: t, srv: srv, db: db}
		a.loginAs("drill_admin", enums.RoleFinanceAdmin, nil)
		var deps struct {
			Departments struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		a.ok(`{ departments(first: 100) { edges { node { id } } } }`, nil, &deps)
		if len(deps.Departments.Edges) == 0 {
			t.Fatal("no departments in the demo data")
		}
		var got strings.Builder
		var asked []drillRequest
		indicators := 0
		for _, name := range []string{"drill", "wide"} {
			for _, e := range deps.Departments.Edges {
				for year := 2024; year <= 2026; year++ {
					body := rawPost(t, a, drillQueries[name], map[string]any{"id": e.Node.ID, "year": year})
					if bytes.Contains(body, []byte(`"errors"`)) {
						t.Fatalf("%s %s %d: %.500s", name, e.Node.ID, year, body)
					}
					indicators += bytes.Count(body, []byte(`"weight"`))
					fmt.Fprintf(&got, "%s %s %d %d %x\n", name, e.Node.ID, year, len(body), sha256.Sum256(body))
					asked = append(asked, drillRequest{name, e.Node.ID, year, sha256.Sum256(body)})
				}
			}
		}
		if indicators < 1000 {
			t.Fatalf("only %d indicators answered: the comparison would prove little", indicators)
		}
		if os.Getenv("JIXIAO_UPDATE_DRILLDOWN") != "" && db.Dialect == "sqlite3" {
			if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if got.String() != string(want) {
			t.Errorf("drill-down answers differ from %s (name, department, year, bytes, sha256):\n%s", golden, lineDiff(string(want), got.String()))
		}
		// The same answers when queries run at once: each builds its answer
		// in memory the others reuse after it (graph/memory.go).
		const clients = 4
		differ := make(chan string, clients*len(asked))
		var wg sync.WaitGroup
		for c := range clients {
			wg.Go(func() {
				for i := range asked {
					r := asked[(i+c*len(asked)/clients)%len(asked)]
					body, err := postAnswer(a, drillQueries[r.name], map[string]any{"id": r.id, "year": r.year})
					if err != nil || sha256.Sum256(body) != r.answer {
						differ <- fmt.Sprintf("%s %s %d: %v %.200s", r.name, r.id, r.year, err, body)
					}
				}
			})
		}
		wg.Wait()
		close(differ)
		for d := range differ {
			t.Errorf("answered differently when queries ran at once: %s", d)
		}
	})
}

type drillRequest struct {
	name, id string
	year     int
	answer   [sha256.Size]byte
}

// rawPost posts a GraphQL request and returns the answer's bytes as written.
func rawPost(t *testing.T, a *api, query string, vars map[string]any) []byte {
	t.Helper()
	out, err := postAnswer(a, query, vars)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// postAnswer is rawPost for any goroutine.
func postAnswer(a *api, query string, vars map[string]any) ([]byte, error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, a.srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Cache-Control", "no-store")
	req.Header.Set("Authorization", "Bearer "+a.token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	return io.ReadAll(res.Body)
}

func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "- %s\n+ %s\n", wl, gl)
		}
	}
	return b.String()
}
