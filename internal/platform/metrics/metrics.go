// Package metrics is what the server tells Prometheus (GET /metrics, the
// official client library's text format): GraphQL requests per operation and
// outcome, their latency, errors by code, query-cache lookups, the database
// pool and the summary refreshes. docs/operations.md lists every name.
package metrics

import (
	"database/sql"
	"net/http"
	"regexp"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Registry holds the process-wide metrics (the Go runtime and process ones too).
var Registry = prometheus.NewRegistry()

var factory = promauto.With(Registry)

var (
	// Requests counts GraphQL operations by name and outcome (ok, error).
	Requests = factory.NewCounterVec(prometheus.CounterOpts{
		Name: "jixiao_graphql_requests_total",
		Help: "GraphQL operations answered, by operation name and outcome (ok: no error; error: at least one).",
	}, []string{"operation", "outcome"})
	// Duration is the time from reading an operation to its answer.
	Duration = factory.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "jixiao_graphql_request_duration_seconds",
		Help:    "Time to answer a GraphQL operation, by operation name.",
		Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
	}, []string{"operation"})
	// Errors counts the errors answered, by extensions.code.
	Errors = factory.NewCounterVec(prometheus.CounterOpts{
		Name: "jixiao_graphql_errors_total",
		Help: "GraphQL errors answered, by extensions.code (docs/errors.md).",
	}, []string{"code"})
	// QueryCache counts lookups of the query cache: hit, miss, bypass (Cache-Control: no-cache).
	QueryCache = factory.NewCounterVec(prometheus.CounterOpts{
		Name: "jixiao_query_cache_lookups_total",
		Help: "Query-cache lookups by result: hit, miss, bypass (the client asked for a computed answer).",
	}, []string{"result"})
	// SummaryRefresh is the time the summary tables take to catch up with a write.
	SummaryRefresh = factory.NewHistogram(prometheus.HistogramOpts{
		Name:    "jixiao_summary_refresh_duration_seconds",
		Help:    "Time to refresh the analytics summary tables after a write (inside its transaction).",
		Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
	})
)

func init() {
	Registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
}

// Handler serves the metrics with the database pool's own (connections in
// use, idle, waited for: go_sql_* with db_name="jixiao").
func Handler(db *sql.DB) http.Handler {
	pool := prometheus.NewRegistry()
	if db != nil {
		pool.MustRegister(collectors.NewDBStatsCollector(db, "jixiao"))
	}
	return promhttp.HandlerFor(prometheus.Gatherers{Registry, pool}, promhttp.HandlerOpts{})
}

// At most this many operation names get their own series; the rest are
// "other", so that clients inventing names cannot grow the metrics without bound.
const maxOperations = 500

var (
	validName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)
	namesMu   sync.Mutex
	names     = map[string]bool{}
)

// OperationLabel is the label of an operation name: "(anonymous)" for none,
// "other" past the bound or for names that are no GraphQL names.
func OperationLabel(name string) string {
	if name == "" {
		return "(anonymous)"
	}
	if !validName.MatchString(name) {
		return "other"
	}
	namesMu.Lock()
	defer namesMu.Unlock()
	if !names[name] {
		if len(names) >= maxOperations {
			return "other"
		}
		names[name] = true
	}
	return name
}
