package httpapi

import (
	"context"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"jixiao/ent"
	"jixiao/internal/domain/auth"
	"jixiao/internal/platform/audit"
	"jixiao/internal/platform/identity"
)

// SessionCookie is the name of the HttpOnly session cookie.
const SessionCookie = "jixiao_session"

// authenticate puts the viewer (from the session cookie or a bearer token) and
// the request facts into the context, and writes the denials the request met
// to the audit trail once it is over (outside any transaction it rolled back).
func authenticate(ids *identity.Service, client *ent.Client, opt Options, next http.Handler) http.Handler {
	secureCookie := opt.SecureCookie
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req := &auth.Request{IP: clientIP(r, opt.TrustedProxyHeader), Lang: language(r)}
		req.SetSession = func(token string, expires time.Time) {
			http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: token, Path: "/", HttpOnly: true,
				Secure: secureCookie, SameSite: http.SameSiteStrictMode, Expires: expires})
		}
		req.ClearSession = func() {
			http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: "", Path: "/", HttpOnly: true,
				Secure: secureCookie, SameSite: http.SameSiteStrictMode, MaxAge: -1})
		}
		ctx := auth.WithRequest(r.Context(), req)
		if r.Header.Get("Accept-Language") != "" {
			ctx = context.WithValue(ctx, languageAskedKey{}, true)
		}

		var (
			viewer *auth.Viewer
			err    error
		)
		if bearer, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
			req.SessionToken = strings.TrimSpace(bearer)
			viewer, err = ids.BearerViewer(ctx, req.SessionToken)
		} else if c, cerr := r.Cookie(SessionCookie); cerr == nil && c.Value != "" {
			req.SessionToken = c.Value
			viewer, err = ids.SessionViewer(ctx, c.Value)
		}
		if err != nil {
			writeRequestError(w, r, http.StatusServiceUnavailable, "SERVICE_UNAVAILABLE",
				"数据库暂不可用，请稍后重试", "the database is unavailable; try again shortly")
			return
		}
		if viewer != nil {
			ctx = auth.NewContext(ctx, viewer)
			noteViewer(ctx, viewer.UserID)
		} else if req.SessionToken != "" {
			ctx = context.WithValue(ctx, rejectedCredentialKey{}, true)
		}
		denials := &denialLog{}
		ctx = context.WithValue(ctx, denialKey{}, denials)
		next.ServeHTTP(w, r.WithContext(ctx))
		denials.write(ctx, client, viewer, req.IP)
	})
}

type rejectedCredentialKey struct{}

type languageAskedKey struct{}

// languageAsked tells a request that named its language (Accept-Language): its
// errors speak only that language; others get both, Chinese first.
func languageAsked(ctx context.Context) bool {
	asked, _ := ctx.Value(languageAskedKey{}).(bool)
	return asked
}

// credentialRejected tells a request that came with a session or token the
// server does not accept (expired, revoked, unknown): its refusals say "log in again".
func credentialRejected(ctx context.Context) bool {
	rejected, _ := ctx.Value(rejectedCredentialKey{}).(bool)
	return rejected
}

// clientIP is the peer address, or — when a proxy in front is trusted
// explicitly — the address it wrote in trustedHeader. Of X-Forwarded-For the
// last entry counts: the one the trusted proxy appended (earlier ones are the
// client's own claims).
func clientIP(r *http.Request, trustedHeader string) string {
	if trustedHeader != "" {
		if values := r.Header.Values(trustedHeader); len(values) > 0 {
			list := strings.Split(values[len(values)-1], ",")
			if ip := net.ParseIP(strings.TrimSpace(list[len(list)-1])); ip != nil {
				return ip.String()
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

type denialKey struct{}

type denialLog struct {
	mu      sync.Mutex
	reasons []string
}

// noteDenial remembers a privacy denial of the current request.
func noteDenial(ctx context.Context, reason string) {
	if d, ok := ctx.Value(denialKey{}).(*denialLog); ok {
		d.mu.Lock()
		d.reasons = append(d.reasons, reason)
		d.mu.Unlock()
	}
}

func (d *denialLog) write(ctx context.Context, client *ent.Client, v *auth.Viewer, ip string) {
	for _, reason := range d.reasons {
		e := audit.Entry{Action: "denied", IP: ip, After: map[string]any{"reason": reason}}
		if v != nil {
			e.ActorID, e.ActorName = &v.UserID, v.Username
		}
		audit.Record(context.WithoutCancel(ctx), client, e)
	}
}

// language is "en" when the client prefers English, else "zh" (Chinese first).
func language(r *http.Request) string {
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(r.Header.Get("Accept-Language"))), "en") {
		return "en"
	}
	return "zh"
}
