// Package tracing is Jixiao's OpenTelemetry tracing, off unless configured
// (JIXIAO_OTEL_EXPORTER): a span per GraphQL operation (GraphQL) with a child
// span per SQL statement (Driver). Off, the global tracer is OpenTelemetry's
// no-op one and both cost a function call.
package tracing

import (
	"context"
	"fmt"
	"io"
	"strings"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/exporters/stdout/stdouttrace"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// Name is the instrumentation scope of Jixiao's spans.
const Name = "jixiao"

// Tracer is Jixiao's tracer from the global provider (no-op until Setup).
func Tracer() trace.Tracer { return otel.Tracer(Name) }

// Setup installs the exporter named by kind: "" or "off" none, "stdout"
// (pretty JSON spans on out), "otlp" (OTLP over HTTP; the standard
// OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_HEADERS … variables
// configure it). It returns whether tracing is on and the function that
// flushes and stops it.
func Setup(ctx context.Context, kind string, out io.Writer) (bool, func(context.Context) error, error) {
	var exp sdktrace.SpanExporter
	var err error
	switch strings.ToLower(strings.TrimSpace(kind)) {
	case "", "off", "none":
		return false, func(context.Context) error { return nil }, nil
	case "stdout":
		exp, err = stdouttrace.New(stdouttrace.WithWriter(out))
	case "otlp":
		exp, err = otlptracehttp.New(ctx)
	default:
		return false, nil, fmt.Errorf("JIXIAO_OTEL_EXPORTER: %q is not one of off, stdout, otlp", kind)
	}
	if err != nil {
		return false, nil, fmt.Errorf("tracing: %w", err)
	}
	tp := Provider(sdktrace.NewBatchSpanProcessor(exp))
	otel.SetTracerProvider(tp)
	return true, tp.Shutdown, nil
}

// Provider is a tracer provider for Jixiao's service over a span processor
// (tests pass a synchronous one over an in-memory exporter).
func Provider(sp sdktrace.SpanProcessor) *sdktrace.TracerProvider {
	res := resource.NewSchemaless(attribute.String("service.name", "jixiao"))
	return sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(sp), sdktrace.WithResource(res))
}
