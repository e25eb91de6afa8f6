package tracing

import (
	"context"

	"entgo.io/ent/dialect"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

// maxStatement bounds the statement text kept on a span (analytics
// statements run to several kilobytes; the start names them).
const maxStatement = 500

// Driver wraps an ent driver so that every statement is a span, the child of
// the operation's span when there is one (store.Options.Wrap).
func Driver(d dialect.Driver) dialect.Driver { return &driver{Driver: d} }

type driver struct{ dialect.Driver }

func (d *driver) Exec(ctx context.Context, query string, args, v any) error {
	ctx, span := start(ctx, "sql exec", d.Dialect(), query)
	return end(span, d.Driver.Exec(ctx, query, args, v))
}

func (d *driver) Query(ctx context.Context, query string, args, v any) error {
	ctx, span := start(ctx, "sql query", d.Dialect(), query)
	return end(span, d.Driver.Query(ctx, query, args, v))
}

func (d *driver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &txDriver{Tx: tx, dialect: d.Dialect()}, nil
}

type txDriver struct {
	dialect.Tx
	dialect string
}

func (t *txDriver) Exec(ctx context.Context, query string, args, v any) error {
	ctx, span := start(ctx, "sql exec", t.dialect, query)
	return end(span, t.Tx.Exec(ctx, query, args, v))
}

func (t *txDriver) Query(ctx context.Context, query string, args, v any) error {
	ctx, span := start(ctx, "sql query", t.dialect, query)
	return end(span, t.Tx.Query(ctx, query, args, v))
}

func start(ctx context.Context, name, dialectName, query string) (context.Context, trace.Span) {
	if len(query) > maxStatement {
		query = query[:maxStatement] + "…"
	}
	return Tracer().Start(ctx, name, trace.WithSpanKind(trace.SpanKindClient),
		trace.WithAttributes(attribute.String("db.system", dialectName), attribute.String("db.statement", query)))
}

func end(span trace.Span, err error) error {
	if err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, "statement failed")
	}
	span.End()
	return err
}
