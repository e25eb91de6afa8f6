package httpapi

import (
	"net/http"
	"net/url"
	"strings"
)

// crossSite names the header that shows a cookie-authenticated request to come
// from another site ("" when none does). Requests that carry a bearer token are exempt:
// a browser never adds one by itself. Without a session cookie there is nothing
// to forge. guardGraphQL already insists on Content-Type: application/json,
// which a cross-site form cannot send and a cross-site fetch cannot send
// without a CORS preflight that this server grants only to the origins
// listed in JIXIAO_CORS_ORIGINS (cors.go); Origin, Referer and
// Sec-Fetch-Site, when the browser sends them, must name this host.
func crossSite(r *http.Request) string {
	if strings.HasPrefix(r.Header.Get("Authorization"), "Bearer ") {
		return ""
	}
	if c, err := r.Cookie(SessionCookie); err != nil || c.Value == "" {
		return ""
	}
	// An origin listed in JIXIAO_CORS_ORIGINS may send the cookie (cors.go).
	if corsCredentialed(r.Context()) {
		return ""
	}
	if r.Header.Get("Sec-Fetch-Site") == "cross-site" {
		return "Sec-Fetch-Site"
	}
	if origin := r.Header.Get("Origin"); origin != "" {
		if !sameHost(origin, r.Host) {
			return "Origin"
		}
		return ""
	}
	if referer := r.Header.Get("Referer"); referer != "" && !sameHost(referer, r.Host) {
		return "Referer"
	}
	return ""
}

// sameHost compares a URL's host[:port] with the request's Host header.
func sameHost(raw, host string) bool {
	u, err := url.Parse(raw)
	return err == nil && u.Host != "" && strings.EqualFold(u.Host, host)
}
