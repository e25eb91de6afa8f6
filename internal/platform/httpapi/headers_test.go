package httpapi

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func TestSecurityHeaders(t *testing.T) {
	spa := fstest.MapFS{"index.html": {Data: []byte("<!doctype html><title>绩效</title>")}}
	for _, development := range []bool{false, true} {
		h := New(nil, nil, Options{Development: development, SPA: spa})
		for _, path := range []string{"/", "/projects/1", "/graphiql"} {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
			csp := rec.Header().Get("Content-Security-Policy")
			if !strings.Contains(csp, "frame-ancestors 'none'") || rec.Header().Get("X-Frame-Options") != "DENY" ||
				rec.Header().Get("X-Content-Type-Options") != "nosniff" || rec.Header().Get("Referrer-Policy") == "" {
				t.Fatalf("dev=%v %s: headers %v", development, path, rec.Header())
			}
			cdn := strings.Contains(csp, "cdn.jsdelivr.net")
			if cdn != (development && path == "/graphiql") {
				t.Fatalf("dev=%v %s: CSP %q allows the CDN=%v", development, path, csp, cdn)
			}
			if strings.Contains(strings.SplitN(strings.SplitN(csp, "script-src", 2)[1], ";", 2)[0], "unsafe") && path != "/graphiql" {
				t.Fatalf("%s: inline scripts allowed: %s", path, csp)
			}
		}
	}
}
