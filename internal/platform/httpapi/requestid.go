package httpapi

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"
)

type requestIDKey struct{}

// requestLog is what every log line of a request carries: its id, and the
// viewer once authentication knows it.
type requestLog struct {
	id     string
	viewer atomic.Int64 // user id; 0 while anonymous
}

// withRequestID gives each request an id, echoed in the X-Request-Id header,
// in masked errors and in every log line of the request (LogHandler), so a
// clerk's report can be matched to the server log; it logs one line per
// request (probes and /metrics excepted).
func withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b := make([]byte, 8)
		_, _ = rand.Read(b)
		rl := &requestLog{id: hex.EncodeToString(b)}
		w.Header().Set("X-Request-Id", rl.id)
		ctx := context.WithValue(r.Context(), requestIDKey{}, rl)
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		start := time.Now()
		next.ServeHTTP(rec, r.WithContext(ctx))
		if quiet(r.URL.Path) {
			return
		}
		slog.LogAttrs(ctx, slog.LevelInfo, "request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", rec.status), slog.Float64("duration_ms", float64(time.Since(start).Microseconds())/1000))
	})
}

func quiet(path string) bool {
	return path == "/healthz" || path == "/readyz" || path == "/metrics" || strings.HasPrefix(path, "/assets/")
}

func requestID(ctx context.Context) string {
	if rl, ok := ctx.Value(requestIDKey{}).(*requestLog); ok {
		return rl.id
	}
	return ""
}

// noteViewer puts the viewer's user id into the request's log lines.
func noteViewer(ctx context.Context, userID int) {
	if rl, ok := ctx.Value(requestIDKey{}).(*requestLog); ok {
		rl.viewer.Store(int64(userID))
	}
}

// LogHandler adds request_id and viewer_id to every record logged with a
// request's context (slog.InfoContext and friends).
func LogHandler(h slog.Handler) slog.Handler { return logHandler{h} }

type logHandler struct{ slog.Handler }

func (h logHandler) Handle(ctx context.Context, r slog.Record) error {
	if rl, ok := ctx.Value(requestIDKey{}).(*requestLog); ok {
		r.AddAttrs(slog.String("request_id", rl.id))
		if v := rl.viewer.Load(); v != 0 {
			r.AddAttrs(slog.Int64("viewer_id", v))
		}
	}
	return h.Handler.Handle(ctx, r)
}

func (h logHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return logHandler{h.Handler.WithAttrs(attrs)}
}

func (h logHandler) WithGroup(name string) slog.Handler { return logHandler{h.Handler.WithGroup(name)} }

type statusRecorder struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (w *statusRecorder) WriteHeader(code int) {
	if !w.wrote {
		w.wrote, w.status = true, code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusRecorder) Write(b []byte) (int, error) {
	w.wrote = true
	return w.ResponseWriter.Write(b)
}

func (w *statusRecorder) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// Flush passes streamed events (subscriptions) on at once.
func (w *statusRecorder) Flush() {
	w.wrote = true
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}
