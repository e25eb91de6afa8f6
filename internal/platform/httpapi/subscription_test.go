package httpapi

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// sseStream is an open dataChanged subscription read event by event.
type sseStream struct {
	t      *testing.T
	res    *http.Response
	lines  *bufio.Scanner
	cancel context.CancelFunc
}

// subscribe opens `subscription` by POST with Accept: text/event-stream (the
// graphql-sse protocol, distinct connections), as the bearer token's viewer.
func (a *api) subscribe(query string, vars map[string]any, header http.Header) *sseStream {
	a.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	// A bound on a hang, not a timing: every event below follows a write.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, a.srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	if a.token != "" {
		req.Header.Set("Authorization", "Bearer "+a.token)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		cancel()
		a.t.Fatal(err)
	}
	s := &sseStream{t: a.t, res: res, lines: bufio.NewScanner(res.Body), cancel: cancel}
	a.t.Cleanup(s.close)
	return s
}

func (s *sseStream) close() { s.cancel(); s.res.Body.Close() }

// next reads the next event: its name ("next" or "complete") and data.
func (s *sseStream) next() (string, gqlResponse) {
	s.t.Helper()
	event, data := "", ""
	for s.lines.Scan() {
		line := s.lines.Text()
		switch {
		case line == "":
			if event != "" {
				var out gqlResponse
				if data != "" {
					if err := json.Unmarshal([]byte(data), &out); err != nil {
						s.t.Fatalf("event %s: %v (%s)", event, err, data)
					}
				}
				return event, out
			}
		case strings.HasPrefix(line, "event: "):
			event = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			data += strings.TrimPrefix(line, "data: ")
		}
	}
	return "end", gqlResponse{}
}

type dataChange struct {
	DataChanged struct {
		Fingerprint string
		Initial     bool
	}
}

// change reads the next event and expects a dataChanged notice.
func (s *sseStream) change() dataChange {
	s.t.Helper()
	event, out := s.next()
	if event != "next" || len(out.Errors) > 0 {
		s.t.Fatalf("event %q: %+v", event, out.Errors)
	}
	var d dataChange
	if err := json.Unmarshal(out.Data, &d); err != nil {
		s.t.Fatal(err)
	}
	return d
}

const dataChangedSub = `subscription($y: Int!, $d: ID) { dataChanged(fiscalYear: $y, departmentId: $d) { fingerprint initial at } }`

// TestDataChangedSubscription: an open dashboard's subscription hears a
// write to its figures (and only a change of them), is scoped and
// authenticated like the overview query, and ends when its login does.
func TestDataChangedSubscription(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a)
		leader := *a
		leader.loginAs("leader", enums.RoleLeader, nil)

		s := leader.subscribe(dataChangedSub, map[string]any{"y": 2025}, nil)
		first := s.change()
		if !first.DataChanged.Initial || first.DataChanged.Fingerprint == "" {
			t.Fatalf("first notice: %+v", first)
		}
		// A write that moves none of the figures (a new agency) says nothing;
		// a payment does, at once after it.
		a.ok(`mutation { createAgency(input: { code: "91610800MA7Z", name: "另一家事务所" }) { id } }`, nil, nil)
		a.ok(`mutation($a: ID!) { recordDisbursement(input: { paidOn: "2025-05-06T02:00:00Z", amount: "250.00", allocationID: $a }) { id } }`,
			map[string]any{"a": ids["allocation"]}, nil)
		got := s.change()
		if got.DataChanged.Initial || got.DataChanged.Fingerprint == first.DataChanged.Fingerprint {
			t.Fatalf("after a payment: %+v (first %+v)", got, first)
		}

		// Scoped like the overview: a department user cannot watch another department.
		other := *a
		other.ok(`mutation { createDepartment(input: { code: "999", name: "他局", region: "市本级", sector: HEALTH }) { id } }`, nil, nil)
		var dep struct {
			Departments struct {
				Edges []struct{ Node struct{ ID, Code string } }
			}
		}
		other.ok(`{ departments(first: 50) { edges { node { id code } } } }`, nil, &dep)
		var otherID int
		for _, e := range dep.Departments.Edges {
			if e.Node.Code == "999" {
				otherID = atoi(e.Node.ID)
			}
		}
		other.loginAs("clerk", enums.RoleDepartmentUser, &otherID)
		if event, out := other.subscribe(dataChangedSub, map[string]any{"y": 2025, "d": ids["unit"]}, nil).next(); event != "next" ||
			len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "FORBIDDEN" {
			t.Fatalf("another department's notices: %s %+v", event, out)
		}
		// A region that is no region (a typo of 靖边县) is refused, as queries refuse it.
		typo := `subscription($y: Int!) { dataChanged(fiscalYear: $y, region: "靖边") { fingerprint } }`
		event, out := leader.subscribe(typo, map[string]any{"y": 2025}, nil).next()
		if len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
			t.Fatalf("unknown region: %s %+v", event, out)
		}
		// Without a login: UNAUTHENTICATED.
		anon := *a
		anon.token = ""
		if event, out := anon.subscribe(dataChangedSub, map[string]any{"y": 2025}, nil).next(); event != "next" ||
			len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
			t.Fatalf("anonymous: %s %+v", event, out)
		}
		// A session cookie from another site is refused before anything runs.
		cookie := *a
		cookie.token = ""
		h := http.Header{"Cookie": {SessionCookie + "=" + leader.token}, "Origin": {"https://evil.example"}}
		if res := cookie.subscribe(dataChangedSub, map[string]any{"y": 2025}, h).res; res.StatusCode != http.StatusForbidden {
			t.Fatalf("cross-site subscription: %d", res.StatusCode)
		}

		// The login ends: the stream ends (after the notice of the new
		// department above, which the leader sees: the count of departments moved).
		leader.ok(`mutation { logout }`, nil, nil)
		for i := 0; ; i++ {
			event, _ := s.next()
			if event == "complete" || event == "end" {
				break
			}
			if i == 3 {
				t.Fatalf("after logout the stream goes on: %s", event)
			}
		}
	})
}
