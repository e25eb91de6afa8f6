// Package drilldown measures the computed drill-down (department → 50
// projects → targets → indicators, the query of the PostGraphile
// comparison) through the whole HTTP handler: CPU per request and allocations
// per request, with the cache bypassed (Cache-Control: no-store). Two
// departments: 1,000 indicators (50 projects × 20), and the shape of the
// comparison's department (50 projects, 422 indicators, ~100 KB answer).
//
//	go test -run '^$' -bench . -benchmem ./internal/bench/drilldown
//
// JIXIAO_BENCH_DB=postgres://… runs it on a PostgreSQL database instead of a
// SQLite file (the database is created fresh by testdb either way).
package drilldown

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"golang.org/x/crypto/bcrypt"

	"jixiao/ent"
	"jixiao/ent/privacy"
	"jixiao/ent/project"
	"jixiao/ent/target"
	"jixiao/internal/analytics"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/platform/httpapi"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

const drill = `query($id: ID!, $year: Int!) {
  node(id: $id) { ... on Department { id code name
    projects(first: 50, where: {fiscalYear: $year}) { totalCount edges { node { id code name status category keyProject
      targets(first: 5, where: {statusNEQ: SUPERSEDED}) { edges { node { id status version
        indicators(first: 20) { edges { node { id name category subcategory comparator targetValue actualValue unit weight } } } } } } } } } } } }`

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// department writes a department with 50 projects, each with one approved
// target of indicators(i) indicators (project i), and returns it. With
// superseded, every fifth project also has a superseded target, which the
// drill-down leaves out.
func department(c *ent.Client, code string, indicators func(i int) int, superseded bool) *ent.Department {
	ctx := analytics.WithoutMaintenance(auth.ByWorkflow(auth.NewContext(context.Background(),
		&auth.Viewer{UserID: 1, Username: "admin", Role: enums.RoleFinanceAdmin})))
	d := must(c.Department.Create().SetCode(code).SetName("市教育局" + code).SetRegion("市本级").SetSector(enums.SectorEducation).Save(ctx))
	dec := decimal.RequireFromString
	for i := range 50 {
		p := must(c.Project.Create().SetCode(fmt.Sprintf("%s-P%03d", code, i)).SetName(fmt.Sprintf("2025年义务教育项目%d", i)).SetDepartmentID(d.ID).
			SetFiscalYear(2025).SetCategory(project.CategorySpecialFunds).SetSector(enums.SectorEducation).SetKeyProject(i%7 == 0).Save(ctx))
		if superseded && i%5 == 0 {
			must(c.Target.Create().SetDepartmentID(d.ID).SetProjectID(p.ID).SetFiscalYear(2025).SetGoal("旧目标").
				SetStatus(target.StatusSuperseded).Save(ctx))
		}
		tg := must(c.Target.Create().SetDepartmentID(d.ID).SetProjectID(p.ID).SetFiscalYear(2025).SetGoal("目标").
			SetStatus(target.StatusApproved).Save(ctx))
		bulk := make([]*ent.IndicatorCreate, indicators(i))
		for j := range bulk {
			bulk[j] = c.Indicator.Create().SetTargetID(tg.ID).SetCategory(enums.IndicatorCategoryOutput).
				SetSubcategory(enums.SubcategoryQuantity).SetName(fmt.Sprintf("指标%d", j)).SetComparator(enums.ComparatorGte).
				SetWeight(dec("5")).SetTargetValue(dec("100")).SetActualValue(dec(fmt.Sprint(80 + j))).SetUnit("人次").SetSortOrder(j)
		}
		must(c.Indicator.CreateBulk(bulk...).Save(ctx))
	}
	return d
}

// discardWriter is an http.ResponseWriter that drops what is written.
type discardWriter struct{ header http.Header }

func (d *discardWriter) Header() http.Header         { return d.header }
func (d *discardWriter) Write(b []byte) (int, error) { return len(b), nil }
func (d *discardWriter) WriteHeader(int)             {}

// cpuTime is the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func BenchmarkDrillDown(b *testing.B) {
	url := os.Getenv("JIXIAO_BENCH_DB")
	if url == "" {
		url = testdb.SQLiteURL(b)
	} else {
		url = testdb.PostgresURL(b)
	}
	counter := &testdb.Counter{}
	opt := store.DefaultOptions
	opt.Wrap = counter.Wrap
	db := testdb.Open(b, url, opt)
	departments := []struct {
		name       string
		d          *ent.Department
		indicators int
	}{
		{"indicators=1000", department(db.Client, "B01", func(int) int { return 20 }, false), 1000},
		// the comparison's department: 22 projects of 9 indicators, 28 of 8
		{"indicators=422", department(db.Client, "B02", func(i int) int { return 8 + min(1, max(0, 22-i)) }, true), 422},
	}
	if err := analytics.Rebuild(auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow)), db.Client); err != nil {
		b.Fatal(err)
	}
	hash, _ := bcrypt.GenerateFromPassword([]byte("Jixiao@2026"), bcrypt.MinCost)
	must(0, db.Client.User.Create().SetUsername("admin").SetDisplayName("admin").SetRole(enums.RoleFinanceAdmin).
		SetPasswordHash(string(hash)).Exec(privacy.DecisionContext(context.Background(), privacy.Allow)))
	h := httpapi.New(db.Client, db.SQL, httpapi.Options{Now: testdb.FrozenClock(), Versions: db.Versions})
	request := func(raw []byte, token string) *http.Request {
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(raw))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Cache-Control", "no-store")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		return req
	}
	do := func(body any, token string) *httptest.ResponseRecorder {
		raw, _ := json.Marshal(body)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, request(raw, token))
		return rec
	}
	// measured: the request read from bytes as from a connection (not
	// marshalled again), the answer written where a connection's writer
	// would send it, not into a recorder growing to its size (the test's
	// allocations, not the server's)
	discard := func(raw []byte, token string) {
		h.ServeHTTP(&discardWriter{header: http.Header{}}, request(raw, token))
	}
	var login struct {
		Data struct{ Login struct{ Token string } }
	}
	must(0, json.Unmarshal(do(map[string]any{"query": `mutation { login(input: {username: "admin", password: "Jixiao@2026"}) { token } }`}, "").Body.Bytes(), &login))
	token := login.Data.Login.Token
	for _, dep := range departments {
		b.Run(dep.name, func(b *testing.B) {
			q := map[string]any{"query": drill, "variables": map[string]any{"id": dep.d.ID, "year": 2025}}
			first := do(q, token)
			if n := bytes.Count(first.Body.Bytes(), []byte(`"weight"`)); n != dep.indicators {
				b.Fatalf("drill-down returned %d indicators, want %d: %.300s", n, dep.indicators, first.Body.String())
			}
			counter.Reset()
			do(q, token)
			statements := counter.Count()
			b.ResetTimer()
			b.ReportAllocs()
			cpu := cpuTime()
			raw := must(json.Marshal(q))
			for range b.N {
				discard(raw, token)
			}
			// CPU time of the process (GC included) per drill-down: on a
			// shared machine ns/op also counts the time waited for a core.
			b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(statements), "statements/op")
			b.ReportMetric(float64(first.Body.Len()), "response-bytes")
		})
	}
}
