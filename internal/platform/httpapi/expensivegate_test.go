package httpapi

import (
	"bytes"
	"encoding/json"
	"net/http"
	"testing"

	"jixiao/internal/testdb"
)

// TestExpensiveFieldsTakeTurns: an expensive field waits while the server's
// slots are taken (by anyone), runs when one is free, and the aliases of one
// operation run one after another, never holding two slots.
func TestExpensiveFieldsTakeTurns(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		gate := newExpensiveGate(1)
		gate.waiting = make(chan struct{}, 4)
		a := newAPIWith(t, url, Options{expensiveGate: gate})
		post := func(query string) <-chan gqlResponse {
			done := make(chan gqlResponse, 1)
			body, _ := json.Marshal(map[string]any{"query": query})
			req, _ := http.NewRequest(http.MethodPost, a.srv.URL+"/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Bearer "+a.token)
			go func() {
				var out gqlResponse
				if res, err := http.DefaultClient.Do(req); err == nil {
					json.NewDecoder(res.Body).Decode(&out)
					res.Body.Close()
				}
				done <- out
			}()
			return done
		}

		gate.slots <- struct{}{} // another request's expensive field is running
		done := post(`{ departmentStats(fiscalYear: 2026, first: 7) { totalCount } }`)
		select {
		case <-gate.waiting:
		case out := <-done:
			t.Fatalf("answered while the only slot was taken: %+v", out)
		}
		<-gate.slots
		if out := <-done; len(out.Errors) > 0 || out.Data == nil {
			t.Fatalf("after the slot was freed: %+v", out.Errors)
		}

		// Two slots, three aliases: one operation never holds more than one.
		wide := newExpensiveGate(2)
		wide.waiting = make(chan struct{}, 4)
		*gate = *wide
		gate.slots <- struct{}{} // one of the two taken by someone else
		out := <-post(`{ a: departmentStats(fiscalYear: 2026, first: 8) { totalCount }
			b: departmentStats(fiscalYear: 2025, first: 8) { totalCount }
			c: departmentStats(fiscalYear: 2024, first: 8) { totalCount } }`)
		if len(out.Errors) > 0 {
			t.Fatalf("three aliases: %+v", out.Errors)
		}
		if n := len(gate.waiting); n != 0 {
			t.Fatalf("the aliases of one operation waited %d times for a slot: they ran at once", n)
		}
	})
}
