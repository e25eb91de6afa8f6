package httpapi

import (
	"net/http/httptest"
	"testing"

	"jixiao/internal/domain/enums"
	"jixiao/internal/platform/live"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// newLiveAPI is newAPI with the data versions watched (subscriptions need
// them) and the subscription limits of the test's choosing.
func newLiveAPI(t *testing.T, url string, limits live.Limits) *api {
	t.Helper()
	db := testdb.Open(t, url, store.DefaultOptions)
	srv := httptest.NewServer(New(db.Client, db.SQL, Options{Development: true, Now: testdb.FrozenClock(),
		Versions: db.Versions, Subscriptions: limits}))
	t.Cleanup(srv.Close)
	a := &api{t: t, srv: srv, db: db}
	a.loginAs("admin", enums.RoleFinanceAdmin, nil)
	return a
}

// TestSubscriptionLimits: a viewer holds at most PerViewer open streams
// (over all its sessions) and the server at most Total; the next one is
// refused with TOO_MANY_SUBSCRIPTIONS in both languages, and a stream that
// ends gives its slot back.
func TestSubscriptionLimits(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newLiveAPI(t, url, live.Limits{PerViewer: 2, Total: 3})
		vars := map[string]any{"y": 2025}
		refused := func(who string, s *sseStream) {
			t.Helper()
			event, out := s.next()
			if event != "next" || len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != live.CodeTooManySubscriptions {
				t.Fatalf("%s: want TOO_MANY_SUBSCRIPTIONS, got %s %+v", who, event, out)
			}
			msgs, _ := out.Errors[0].Extensions["messages"].(map[string]any)
			if msgs["zh"] == "" || msgs["en"] == "" {
				t.Fatalf("%s: messages %+v", who, out.Errors[0].Extensions)
			}
		}
		opened := func(who string, s *sseStream) *sseStream {
			t.Helper()
			if d := s.change(); !d.DataChanged.Initial {
				t.Fatalf("%s: first notice %+v", who, d)
			}
			return s
		}

		leaderA := *a
		leaderA.loginAs("leader", enums.RoleLeader, nil)
		leaderB := *a
		leaderB.login("leader") // the same viewer in another browser
		streamsOfA := []*sseStream{
			opened("leader A 1", leaderA.subscribe(dataChangedSub, vars, nil)),
			opened("leader A 2", leaderA.subscribe(dataChangedSub, vars, nil)),
		}
		refused("leader B, the viewer's third", leaderB.subscribe(dataChangedSub, vars, nil))

		opened("admin", a.subscribe(dataChangedSub, vars, nil))
		other := *a
		other.loginAs("leader2", enums.RoleLeader, nil)
		refused("another viewer, the server's fourth", other.subscribe(dataChangedSub, vars, nil))

		// Session A logs out: its two streams end (the server gives a slot
		// back before it closes the stream), so session B may open two.
		leaderA.ok(`mutation { logout }`, nil, nil)
		for n, s := range streamsOfA {
			for i := 0; ; i++ {
				event, _ := s.next()
				if event == "complete" || event == "end" {
					break
				}
				if i == 3 {
					t.Fatalf("stream %d goes on after logout: %s", n+1, event)
				}
			}
		}
		opened("leader B 1", leaderB.subscribe(dataChangedSub, vars, nil))
		opened("leader B 2", leaderB.subscribe(dataChangedSub, vars, nil))
		refused("leader B 3", leaderB.subscribe(dataChangedSub, vars, nil))
	})
}
