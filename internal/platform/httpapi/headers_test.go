package httpapi

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

// TestSecurityHeaders: every page, GraphiQL included, is under one policy
// that names no outside host and allows no inline script; GraphiQL (the
// build's graphiql.html) is served in development only.
func TestSecurityHeaders(t *testing.T) {
	spa := fstest.MapFS{"index.html": {Data: []byte("<!doctype html><title>绩效</title>")},
		"graphiql.html": {Data: []byte("<!doctype html><title>Jixiao GraphiQL</title>")}}
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
			if strings.Contains(csp, "http") || strings.Contains(csp, "*") || strings.Contains(csp, "cdn") {
				t.Fatalf("dev=%v %s: CSP %q names an outside host", development, path, csp)
			}
			if strings.Contains(strings.SplitN(strings.SplitN(csp, "script-src", 2)[1], ";", 2)[0], "unsafe") {
				t.Fatalf("%s: inline scripts allowed: %s", path, csp)
			}
			if graphiql := strings.Contains(rec.Body.String(), "Jixiao GraphiQL"); graphiql != (development && path == "/graphiql") {
				t.Fatalf("dev=%v %s: GraphiQL served = %v", development, path, graphiql)
			}
		}
	}
}
