package httpapi

import (
	"net/http"
	"strings"
	"testing"
)

// TestCORS: a listed origin gets its preflight and may send credentials; "*"
// lets any other origin in without credentials; an origin not listed gets no
// CORS header at all (the browser refuses), and without a list nothing changes.
func TestCORS(t *testing.T) {
	const dash, other = "https://dash.example.gov.cn", "https://evil.example.com"
	preflight := request{method: http.MethodOptions, header: map[string]string{
		"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type, authorization"}}
	query := post(`{ __typename }`, nil)

	t.Run("listed origins", func(t *testing.T) {
		a := newHardened(t, Options{Development: true, CORS: CORS{Origins: []string{dash}}})
		out, _ := a.send(preflight.with("Origin", dash))
		h := out.header
		if out.status != http.StatusNoContent || h.Get("Access-Control-Allow-Origin") != dash ||
			h.Get("Access-Control-Allow-Credentials") != "true" || h.Get("Access-Control-Allow-Methods") != "GET, POST, OPTIONS" {
			t.Fatalf("preflight of a listed origin: %d %v", out.status, h)
		}
		for _, want := range []string{"Authorization", "Content-Type", "Accept-Language", "GraphQL-Preflight"} {
			if !containsToken(h.Get("Access-Control-Allow-Headers"), want) {
				t.Errorf("Access-Control-Allow-Headers %q lacks %s", h.Get("Access-Control-Allow-Headers"), want)
			}
		}
		out, _ = a.send(query.with("Origin", dash))
		if out.status != 200 || out.header.Get("Access-Control-Allow-Origin") != dash || !containsToken(out.header.Get("Vary"), "Origin") {
			t.Fatalf("request of a listed origin: %d %v", out.status, out.header)
		}
		// A listed origin may use the session cookie; another site may not.
		cookie := query.with("Cookie", SessionCookie+"=x")
		if out, _ := a.send(cookie.with("Origin", dash).with("Sec-Fetch-Site", "cross-site")); out.code() == CodeCSRF {
			t.Fatalf("a listed origin's cookie request was refused as cross-site: %s", out.raw)
		}
		if out, _ := a.send(cookie.with("Origin", other)); out.status != http.StatusForbidden || out.code() != CodeCSRF {
			t.Fatalf("another site's cookie request: %d %s", out.status, out.raw)
		}
		out, _ = a.send(preflight.with("Origin", other))
		if out.header.Get("Access-Control-Allow-Origin") != "" || out.header.Get("Access-Control-Allow-Credentials") != "" {
			t.Fatalf("an origin not listed got CORS headers: %v", out.header)
		}
	})
	t.Run("any origin without credentials", func(t *testing.T) {
		a := newHardened(t, Options{Development: true, CORS: CORS{Origins: []string{dash, "*"}}})
		out, _ := a.send(preflight.with("Origin", other))
		if out.status != http.StatusNoContent || out.header.Get("Access-Control-Allow-Origin") != "*" ||
			out.header.Get("Access-Control-Allow-Credentials") != "" {
			t.Fatalf("preflight under *: %d %v", out.status, out.header)
		}
		if out, _ := a.send(query.with("Cookie", SessionCookie+"=x").with("Origin", other)); out.code() != CodeCSRF {
			t.Fatalf("* let another site use the cookie: %s", out.raw)
		}
		if out, _ := a.send(preflight.with("Origin", dash)); out.header.Get("Access-Control-Allow-Origin") != dash ||
			out.header.Get("Access-Control-Allow-Credentials") != "true" {
			t.Fatalf("a listed origin beside *: %v", out.header)
		}
	})
	t.Run("no list", func(t *testing.T) {
		a := newHardened(t, Options{Development: true})
		out, _ := a.send(preflight.with("Origin", dash))
		if out.header.Get("Access-Control-Allow-Origin") != "" {
			t.Fatalf("CORS headers without a list: %v", out.header)
		}
	})
}

func TestParseCORSOrigins(t *testing.T) {
	got, err := ParseCORSOrigins(" https://Dash.example.gov.cn/ , http://127.0.0.1:5173,*,")
	if err != nil || len(got) != 3 || got[0] != "https://dash.example.gov.cn" || got[1] != "http://127.0.0.1:5173" || got[2] != "*" {
		t.Fatalf("got %q, %v", got, err)
	}
	for _, bad := range []string{"dash.example.gov.cn", "https://dash.example.gov.cn/app", "ftp://x", "https://"} {
		if _, err := ParseCORSOrigins(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// containsToken says whether a comma-separated header value lists token (any case).
func containsToken(header, token string) bool {
	for _, part := range strings.Split(header, ",") {
		if strings.EqualFold(strings.TrimSpace(part), token) {
			return true
		}
	}
	return false
}
