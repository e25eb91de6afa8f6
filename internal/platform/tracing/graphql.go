package tracing

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

// GraphQL is a gqlgen extension that wraps each operation in a span named
// after its type and name ("query Cockpit"), with the error codes of its
// answer. The statements it runs (Driver) are its children.
type GraphQL struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = GraphQL{}

func (GraphQL) ExtensionName() string                   { return "Tracing" }
func (GraphQL) Validate(graphql.ExecutableSchema) error { return nil }

func (GraphQL) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	kind, name := "operation", oc.OperationName
	if oc.Operation != nil {
		kind = string(oc.Operation.Operation)
		if name == "" {
			name = oc.Operation.Name
		}
	}
	spanName := kind
	if name != "" {
		spanName += " " + name
	}
	ctx, span := Tracer().Start(ctx, spanName, trace.WithSpanKind(trace.SpanKindServer),
		trace.WithAttributes(attribute.String("graphql.operation.type", kind), attribute.String("graphql.operation.name", name)))
	responses := next(ctx)
	first := true
	return func(ctx context.Context) *graphql.Response {
		resp := responses(ctx)
		if first {
			// A query or mutation has one answer; a subscription's span
			// covers its setup and first event.
			first = false
			if resp != nil {
				var codesSeen []string
				for _, e := range resp.Errors {
					if c, ok := e.Extensions["code"].(string); ok {
						codesSeen = append(codesSeen, c)
					}
				}
				if len(resp.Errors) > 0 {
					span.SetStatus(codes.Error, resp.Errors[0].Message)
					span.SetAttributes(attribute.StringSlice("graphql.error.codes", codesSeen))
				}
			}
			span.End()
		}
		return resp
	}
}
