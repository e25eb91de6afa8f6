package tracing_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"jixiao/internal/platform/httpapi"
	"jixiao/internal/platform/store"
	"jixiao/internal/platform/tracing"
	"jixiao/internal/testdb"
)

// TestSpansPerOperationAndStatement: with tracing on, a GraphQL operation is
// a span named after it, and each SQL statement it runs is a child span
// carrying the statement (in-memory exporter, both databases).
func TestSpansPerOperationAndStatement(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		exp := tracetest.NewInMemoryExporter()
		tp := tracing.Provider(sdktrace.NewSimpleSpanProcessor(exp))
		prev := otel.GetTracerProvider()
		otel.SetTracerProvider(tp)
		t.Cleanup(func() { otel.SetTracerProvider(prev); tp.Shutdown(context.Background()) })

		opt := store.DefaultOptions
		opt.Wrap = tracing.Driver
		db := testdb.Open(t, url, opt)
		srv := httptest.NewServer(httpapi.New(db.Client, db.SQL, httpapi.Options{Development: true, NoQueryCache: true, Now: testdb.FrozenClock()}))
		t.Cleanup(srv.Close)

		exp.Reset()
		body, _ := json.Marshal(map[string]any{"query": `query Regions { regions { name } }`})
		res, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()

		spans := exp.GetSpans()
		var op *tracetest.SpanStub
		for i := range spans {
			if spans[i].Name == "query Regions" {
				op = &spans[i]
			}
		}
		if op == nil {
			t.Fatalf("no span for the operation among %d spans", len(spans))
		}
		children := 0
		for _, s := range spans {
			if strings.HasPrefix(s.Name, "sql ") && s.Parent.SpanID() == op.SpanContext.SpanID() {
				children++
				found := false
				for _, a := range s.Attributes {
					found = found || (a.Key == "db.statement" && strings.Contains(strings.ToUpper(a.Value.AsString()), "SELECT"))
				}
				if !found {
					t.Errorf("statement span without its statement: %+v", s.Attributes)
				}
			}
		}
		if children == 0 {
			t.Fatalf("no statement span under the operation's (%d spans)", len(spans))
		}
		t.Logf("query Regions: %d statement spans", children)
	})
}

// TestSetup: off by default, stdout writes spans, an unknown exporter is refused.
func TestSetup(t *testing.T) {
	if on, _, err := tracing.Setup(context.Background(), "", nil); on || err != nil {
		t.Fatalf("default: on %v, %v", on, err)
	}
	if _, _, err := tracing.Setup(context.Background(), "zipkin", nil); err == nil {
		t.Fatal("an unknown exporter was accepted")
	}
	prev := otel.GetTracerProvider()
	defer otel.SetTracerProvider(prev)
	var out bytes.Buffer
	on, stop, err := tracing.Setup(context.Background(), "stdout", &out)
	if !on || err != nil {
		t.Fatalf("stdout: on %v, %v", on, err)
	}
	_, span := tracing.Tracer().Start(context.Background(), "probe")
	span.End()
	if err := stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"Name":"probe"`) {
		t.Fatalf("stdout exporter wrote: %s", out.String())
	}
}
