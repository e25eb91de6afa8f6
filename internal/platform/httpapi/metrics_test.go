package httpapi

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"testing"
)

// scrape reads GET /metrics and returns the value of one series (0 when absent).
func (a *api) scrape(series string) float64 {
	a.t.Helper()
	res, err := http.Get(a.srv.URL + "/metrics")
	if err != nil {
		a.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || !bytes.Contains(body, []byte("# TYPE jixiao_graphql_requests_total counter")) {
		a.t.Fatalf("/metrics answered %d:\n%.500s", res.StatusCode, body)
	}
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(series) + ` (\S+)$`).FindSubmatch(body)
	if m == nil {
		return 0
	}
	v, _ := strconv.ParseFloat(string(m[1]), 64)
	return v
}

// TestMetrics: /metrics is Prometheus text, and its counters move with the
// requests: operations by name and outcome, errors by code, latency,
// query-cache hits and misses, the database pool.
func TestMetrics(t *testing.T) {
	a := newHardened(t, Options{Development: true})
	ok := `jixiao_graphql_requests_total{operation="MetricsProbe",outcome="ok"}`
	failed := `jixiao_graphql_requests_total{operation="MetricsBroken",outcome="error"}`
	validation := `jixiao_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}`
	latency := `jixiao_graphql_request_duration_seconds_count{operation="MetricsProbe"}`
	hits, misses := `jixiao_query_cache_lookups_total{result="hit"}`, `jixiao_query_cache_lookups_total{result="miss"}`
	before := map[string]float64{}
	for _, s := range []string{ok, failed, validation, latency, hits, misses} {
		before[s] = a.scrape(s)
	}
	for range 3 {
		a.send(post(`query MetricsProbe { departments(first: 1) { totalCount } }`, nil).bearer(a.token))
	}
	a.send(post(`query MetricsBroken { nosuchfield }`, nil).bearer(a.token))
	want := map[string]float64{ok: 3, failed: 1, validation: 1, latency: 3, hits: 2, misses: 1}
	for s, n := range want {
		if got := a.scrape(s) - before[s]; got != n {
			t.Errorf("%s moved by %v, want %v", s, got, n)
		}
	}
	if a.scrape(`go_sql_max_open_connections{db_name="jixiao"}`) < 1 {
		t.Error("no database pool metrics")
	}
}

// TestLogsCarryRequestAndViewer: every log line of a request names its id
// and, once known, its viewer.
func TestLogsCarryRequestAndViewer(t *testing.T) {
	a := newHardened(t, Options{Development: true})
	var buf bytes.Buffer
	old := slog.Default()
	slog.SetDefault(slog.New(LogHandler(slog.NewJSONHandler(&buf, nil))))
	t.Cleanup(func() { slog.SetDefault(old) })
	out, _ := a.send(post(`{ departments(first: 1) { totalCount } }`, nil).bearer(a.token))
	var line struct {
		Msg       string `json:"msg"`
		RequestID string `json:"request_id"`
		ViewerID  int    `json:"viewer_id"`
		Status    int    `json:"status"`
	}
	if err := json.Unmarshal(bytes.TrimSpace(buf.Bytes()), &line); err != nil {
		t.Fatalf("not one JSON line: %q", buf.String())
	}
	if line.Msg != "request" || line.RequestID != out.header.Get("X-Request-Id") || line.ViewerID == 0 || line.Status != 200 {
		t.Fatalf("log line %+v (request id %s)", line, out.header.Get("X-Request-Id"))
	}
}
