package metrics

import (
	"context"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// GraphQL is the gqlgen extension that counts and times each operation and
// its errors by code. Add it after the extension that gives every error its
// code and before the query cache, so that it sees cached answers too (an
// error without a code is counted as INTERNAL). Serve the gqlgen server
// through Track.
type GraphQL struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
	graphql.ResponseInterceptor
} = GraphQL{}

func (GraphQL) ExtensionName() string                          { return "JixiaoMetrics" }
func (GraphQL) Validate(schema graphql.ExecutableSchema) error { return nil }

type seenKey struct{}

// Track marks each request, so that an operation observed by
// InterceptOperation is not observed again by InterceptResponse.
func Track(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), seenKey{}, new(atomic.Bool))))
	})
}

// InterceptOperation observes every answer of an operation that executes,
// including those the query cache gives (they skip the response interceptors).
func (GraphQL) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if seen, ok := ctx.Value(seenKey{}).(*atomic.Bool); ok {
		seen.Store(true)
	}
	responses := next(ctx)
	return func(ctx context.Context) *graphql.Response {
		resp := responses(ctx)
		if resp != nil {
			observe(ctx, resp)
		}
		return resp
	}
}

// InterceptResponse observes the requests refused before they execute
// (parse, validation, limits).
func (GraphQL) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if seen, ok := ctx.Value(seenKey{}).(*atomic.Bool); ok && seen.Load() {
		return resp
	}
	if resp != nil {
		observe(ctx, resp)
	}
	return resp
}

func observe(ctx context.Context, resp *graphql.Response) {
	start := time.Now()
	name := ""
	if graphql.HasOperationContext(ctx) {
		oc := graphql.GetOperationContext(ctx)
		name = oc.OperationName
		if name == "" && oc.Operation != nil {
			name = oc.Operation.Name
		}
		if name == "" && oc.Operation == nil && oc.RawQuery != "" {
			// A document that failed validation has no parsed operation left.
			if doc, err := parser.ParseQuery(&ast.Source{Input: oc.RawQuery}); err == nil && len(doc.Operations) == 1 {
				name = doc.Operations[0].Name
			}
		}
		if !oc.Stats.OperationStart.IsZero() {
			start = oc.Stats.OperationStart
		}
	}
	op := OperationLabel(name)
	outcome := "ok"
	if len(resp.Errors) > 0 {
		outcome = "error"
		for _, e := range resp.Errors {
			code, _ := e.Extensions["code"].(string)
			if code == "" {
				code = "INTERNAL"
			}
			Errors.WithLabelValues(code).Inc()
		}
	}
	Requests.WithLabelValues(op, outcome).Inc()
	Duration.WithLabelValues(op).Observe(time.Since(start).Seconds())
}
