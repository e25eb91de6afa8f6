package auth

import (
	"context"
	"time"
)

// Request is what the HTTP layer tells the rest about the current request.
type Request struct {
	IP string
	// Lang is the request's language from Accept-Language: "en" or "zh".
	Lang string
	// SessionToken is the cookie session's token, if the request came with one.
	SessionToken string
	// LoggedIn is the viewer a login in this request produced, so that the
	// login's own answer (user { department { … } }) is read as that user.
	LoggedIn *Viewer
	// SetSession and ClearSession write or clear the session cookie on the response.
	SetSession   func(token string, expires time.Time)
	ClearSession func()
}

type requestKey struct{}

// WithRequest returns a context carrying the request facts.
func WithRequest(ctx context.Context, r *Request) context.Context {
	return context.WithValue(ctx, requestKey{}, r)
}

// RequestFrom returns the request facts (never nil).
func RequestFrom(ctx context.Context) *Request {
	if r, ok := ctx.Value(requestKey{}).(*Request); ok {
		return r
	}
	return &Request{SetSession: func(string, time.Time) {}, ClearSession: func() {}}
}
