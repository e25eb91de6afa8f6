package httpapi

import (
	"context"
	"net/http"
	"testing"

	"jixiao/ent"
	"jixiao/ent/auditentry"
	"jixiao/ent/privacy"
	"jixiao/internal/testdb"
)

// TestSessionCookieAndClientAddress: the session cookie is HttpOnly and
// SameSite=Strict always and Secure when configured (production's default);
// the client address comes from the connection unless a trusted proxy's
// header is configured, and then from that header's last entry only.
func TestSessionCookieAndClientAddress(t *testing.T) {
	for name, proxied := range map[string]bool{"direct": false, "behind a proxy": true} {
		t.Run(name, func(t *testing.T) {
			testdb.Dialects(t, func(t *testing.T, url string) { cookieAndAddress(t, url, proxied) })
		})
	}
}

func cookieAndAddress(t *testing.T, url string, behindProxy bool) {
	opt, forwarded, wantIP := Options{Development: true}, "203.0.113.5", "127.0.0.1"
	if behindProxy {
		opt, forwarded, wantIP = Options{SecureCookie: true, TrustedProxyHeader: "X-Forwarded-For"}, "203.0.113.5, 198.51.100.7", "198.51.100.7"
	}
	a := newHardenedOn(t, url, opt)
	out, _ := a.send(post(`mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }`,
		map[string]any{"u": "admin", "p": testPassword}).with("X-Forwarded-For", forwarded))
	var c *http.Cookie
	for _, k := range (&http.Response{Header: out.header}).Cookies() {
		if k.Name == SessionCookie && k.Value != "" {
			c = k
		}
	}
	if c == nil {
		t.Fatalf("login set no session cookie: %d %s", out.status, out.raw)
	}
	if c.Secure != behindProxy || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode {
		t.Fatalf("cookie: Secure %v HttpOnly %v SameSite %v; want Secure %v, HttpOnly, Strict", c.Secure, c.HttpOnly, c.SameSite, behindProxy)
	}
	e, err := a.db.Client.AuditEntry.Query().Where(auditentry.Action("login")).
		Order(ent.Desc(auditentry.FieldID)).First(privacy.DecisionContext(context.Background(), privacy.Allow))
	if err != nil {
		t.Fatal(err)
	}
	// Without a trusted proxy the header is the client's own claim; behind
	// one, the entry the proxy appended counts.
	if e.IP != wantIP {
		t.Fatalf("the login's client address is %q; want %s", e.IP, wantIP)
	}
}
