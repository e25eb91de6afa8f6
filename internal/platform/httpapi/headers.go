package httpapi

import (
	"net/http"
	"strings"
)

// contentSecurityPolicy allows the SPA's own scripts, styles, images and API
// calls only. Ant Design writes its styles at run time, hence 'unsafe-inline'
// for styles (not for scripts). No page may frame ours.
var contentSecurityPolicy = strings.Join([]string{
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob:",
	"font-src 'self' data:",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-ancestors 'none'",
}, "; ")

// graphiQLPolicy is the development GraphiQL page's: its inline bootstrap
// script and, until it is served from the binary, its CDN.
var graphiQLPolicy = strings.Join([]string{
	"default-src 'self'",
	"script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
	"style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
	"img-src 'self' data: blob: https://cdn.jsdelivr.net",
	"font-src 'self' data: https://cdn.jsdelivr.net",
	"connect-src 'self'",
	"worker-src 'self' blob:",
	"object-src 'none'",
	"base-uri 'self'",
	"frame-ancestors 'none'",
}, "; ")

// securityHeaders sets the browser-side protections on every answer.
func securityHeaders(development bool, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		policy := contentSecurityPolicy
		if development && r.URL.Path == "/graphiql" {
			policy = graphiQLPolicy
		}
		h.Set("Content-Security-Policy", policy)
		h.Set("X-Frame-Options", "DENY")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}
