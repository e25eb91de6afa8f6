package httpapi

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// CORS lets views served from another origin call the API (JIXIAO_CORS_ORIGINS).
//
// Origins are exact ("https://dash.example.gov.cn", scheme, host and port as
// the browser sends them in Origin). A listed origin is answered with itself
// and Access-Control-Allow-Credentials, so a page there may send the session
// cookie (only same-site pages can: the cookie is SameSite=Strict) and its
// cookie requests pass the cross-site check (csrf.go). "*" lets any other
// origin call without credentials: a bearer token then, never a cookie.
// Nothing is answered to an origin not listed, so the browser refuses it.
type CORS struct {
	Origins []string
}

// ParseCORSOrigins reads a comma-separated list (the environment variable);
// trailing slashes are dropped, an invalid origin is an error.
func ParseCORSOrigins(list string) ([]string, error) {
	var out []string
	for _, o := range strings.Split(list, ",") {
		o = strings.TrimRight(strings.TrimSpace(o), "/")
		if o == "" {
			continue
		}
		if o != "*" {
			u, err := url.Parse(o)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" || u.RawQuery != "" {
				return nil, &originError{o}
			}
			o = u.Scheme + "://" + strings.ToLower(u.Host)
		}
		out = append(out, o)
	}
	return out, nil
}

type originError struct{ origin string }

func (e *originError) Error() string {
	return "JIXIAO_CORS_ORIGINS: " + e.origin + " is not an origin such as https://dash.example.gov.cn (or *)"
}

// corsRequestHeaders are what clients of the API send: GraphQL over HTTP,
// bearer tokens, languages, cache control, uploads and the request id.
const corsRequestHeaders = "Accept, Accept-Language, Authorization, Cache-Control, Content-Type, GraphQL-Preflight, X-Apollo-Operation-Name, Apollo-Require-Preflight, X-Request-Id"

type corsCredentialsKey struct{}

// corsCredentialed says the request comes from a listed origin, which may send cookies.
func corsCredentialed(ctx context.Context) bool {
	ok, _ := ctx.Value(corsCredentialsKey{}).(bool)
	return ok
}

func (c CORS) wrap(next http.Handler) http.Handler {
	if len(c.Origins) == 0 {
		return next
	}
	anyOrigin := slices.Contains(c.Origins, "*")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin == "" {
			next.ServeHTTP(w, r)
			return
		}
		h := w.Header()
		h.Add("Vary", "Origin")
		listed := slices.Contains(c.Origins, strings.ToLower(origin))
		switch {
		case listed:
			h.Set("Access-Control-Allow-Origin", origin)
			h.Set("Access-Control-Allow-Credentials", "true")
			r = r.WithContext(context.WithValue(r.Context(), corsCredentialsKey{}, true))
		case anyOrigin:
			h.Set("Access-Control-Allow-Origin", "*")
		default:
			next.ServeHTTP(w, r)
			return
		}
		h.Set("Access-Control-Expose-Headers", "X-Request-Id, Content-Disposition")
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			// A preflight: answered here, whatever the path would do with OPTIONS.
			h.Add("Vary", "Access-Control-Request-Method, Access-Control-Request-Headers")
			h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			h.Set("Access-Control-Allow-Headers", corsRequestHeaders)
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}
