package httpapi

import (
	"net/http"
	"strings"

	"jixiao/internal/platform/live"
)

// subscriptionSlots hands the server's count of open subscriptions to the
// dataChanged resolver, which takes a slot per stream (at most
// Options.Subscriptions per viewer and in all) and refuses the next one
// with TOO_MANY_SUBSCRIPTIONS: each open stream holds a connection and a
// goroutine, so a page that subscribes in a loop cannot exhaust the server.
func subscriptionSlots(limits live.Limits, next http.Handler) http.Handler {
	slots := live.NewSlots(limits)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && strings.Contains(r.Header.Get("Accept"), "text/event-stream") {
			r = r.WithContext(live.WithSlots(r.Context(), slots))
		}
		next.ServeHTTP(w, r)
	})
}
