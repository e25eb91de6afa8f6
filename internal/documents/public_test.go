package documents_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/internal/documents"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// publicFixture adds to env: a published evaluation of the department's
// project with a disclosed and an undisclosed budget link, an unpublished
// one of the same year, a published one of the other department (another
// sector), and a published one of another year.
type publicFixture struct {
	published, draft, other, lastYear *ent.Evaluation
}

func (e *env) publishResults() publicFixture {
	e.t.Helper()
	c, ctx := e.client, allow()
	// The target of the year is approved: its goal is disclosed with the result.
	e.target = e.target.Update().SetStatus("APPROVED").SaveX(ctx)
	at := time.Date(2027, 3, 31, 2, 0, 0, 0, time.UTC)
	ev := func(project *ent.Project, dep int, year int, status evaluation.Status, total string, grade enums.Grade) *ent.Evaluation {
		q := c.Evaluation.Create().SetFiscalYear(year).SetKind("SELF").SetScheme("SELF").SetDepartmentID(dep).
			SetStatus(status).SetTotalScore(dec(total)).SetGrade(grade).SetFindings("支付进度偏慢，" + total).
			SetRecommendations("加快支付").SetReport("内部报告：专家张三意见").SetNillableProjectID(nilID(project))
		if status == evaluation.StatusPublished {
			q.SetPublishedAt(at)
		}
		return q.SaveX(ctx)
	}
	var f publicFixture
	f.published = ev(e.project, e.dep.ID, 2026, evaluation.StatusPublished, "86.5", enums.GradeGood)
	f.draft = ev(e.newProject("2026-JY-002", e.dep.ID), e.dep.ID, 2026, evaluation.StatusReviewed, "55", enums.GradePoor)
	otherProject := e.client.Project.Create().SetCode("2026-WJ-001").SetName("基层医疗设备购置").SetFiscalYear(2026).
		SetCategory("SPECIAL_BUSINESS").SetSector(enums.SectorHealth).SetDepartmentID(e.other.ID).SaveX(ctx)
	f.other = ev(otherProject, e.other.ID, 2026, evaluation.StatusPublished, "92", enums.GradeExcellent)
	f.lastYear = ev(nil, e.dep.ID, 2025, evaluation.StatusPublished, "70", enums.GradeFair)
	amount := money.Yuan(100000)
	c.BudgetLink.Create().SetEvaluationID(f.published.ID).SetFiscalYear(2027).SetSuggestion("CUT").SetAmount(amount).
		SetDisclose(true).SetNote("内部说明").ExecX(ctx)
	c.BudgetLink.Create().SetEvaluationID(f.published.ID).SetFiscalYear(2027).SetSuggestion("KEEP").
		SetDisclose(false).SetAccountability(true).ExecX(ctx)
	return f
}

func nilID(p *ent.Project) *int {
	if p == nil {
		return nil
	}
	return &p.ID
}

const publicQuery = `query($y: Int!, $first: Int, $after: Cursor, $sector: Sector, $search: String, $dep: ID) {
  publicResults(fiscalYear: $y, first: $first, after: $after, sector: $sector, search: $search, departmentId: $dep) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id fiscalYear kind departmentCode departmentName sector projectCode projectName goal
      totalScore grade findings recommendations publishedAt budgetLinks { fiscalYear suggestion amount percent } } }
  }
}`

type publicPage struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage bool
		EndCursor   *string
	}
	Edges []struct{ Node documents.PublicRecord }
}

// gql posts a query as a user ("" = anonymous) and returns data and errors.
func (e *env) gql(user, query string, vars map[string]any) (json.RawMessage, []map[string]any) {
	e.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	_, _, out := e.send(user, req)
	var res struct {
		Data   json.RawMessage
		Errors []map[string]any
	}
	if err := json.Unmarshal(out, &res); err != nil {
		e.t.Fatalf("%v: %s", err, out)
	}
	return res.Data, res.Errors
}

func (e *env) publicResults(user string, vars map[string]any) publicPage {
	e.t.Helper()
	data, errs := e.gql(user, publicQuery, vars)
	if len(errs) > 0 {
		e.t.Fatalf("publicResults as %q: %v", user, errs)
	}
	var out struct{ PublicResults publicPage }
	if err := json.Unmarshal(data, &out); err != nil {
		e.t.Fatal(err)
	}
	return out.PublicResults
}

func nodes(p publicPage) []documents.PublicRecord {
	out := make([]documents.PublicRecord, len(p.Edges))
	for i, e := range p.Edges {
		out[i] = e.Node
	}
	return out
}

// TestPublicResults: anonymous readers see the published evaluations of the
// year and nothing else — no unpublished row, no undisclosed budget link, no
// internal field — and logged-in readers see exactly the same.
func TestPublicResults(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		e := newEnv(t, url)
		f := e.publishResults()

		page := e.publicResults("", map[string]any{"y": 2026})
		rows := nodes(page)
		if page.TotalCount != 2 || len(rows) != 2 {
			t.Fatalf("anonymous: want the 2 published results of 2026, got %d: %+v", page.TotalCount, rows)
		}
		ids := []string{rows[0].ID, rows[1].ID}
		if !slices.Contains(ids, itoa(f.published.ID)) || !slices.Contains(ids, itoa(f.other.ID)) {
			t.Fatalf("rows %v, want %d and %d", ids, f.published.ID, f.other.ID)
		}
		r := rows[slices.Index(ids, itoa(f.published.ID))]
		if r.DepartmentName != "市教育局" || deref(r.ProjectCode) != e.project.Code || deref(r.Goal) != e.target.Goal ||
			deref(r.TotalScore) != "86.5" || deref(r.Grade) != "GOOD" || deref(r.Sector) != "EDUCATION" ||
			deref(r.PublishedAt) != "2027-03-31T02:00:00Z" || r.Kind != "SELF" {
			t.Errorf("published row: %+v", r)
		}
		if len(r.BudgetLinks) != 1 || r.BudgetLinks[0].Suggestion != "CUT" || deref(r.BudgetLinks[0].Amount) != "100000.00" {
			t.Errorf("want only the disclosed budget link, got %+v", r.BudgetLinks)
		}
		// Nothing internal reaches the public: the report text, notes and the
		// undisclosed link are in the database, not in the answer.
		data, _ := e.gql("", publicQuery, map[string]any{"y": 2026})
		for _, secret := range []string{"内部报告", "内部说明", "KEEP", "REVIEWED", "lockVersion"} {
			if strings.Contains(string(data), secret) {
				t.Errorf("the public answer holds %q: %s", secret, data)
			}
		}
		// The type has no internal field to ask for.
		if _, errs := e.gql("", `{ publicResults(fiscalYear: 2026) { edges { node { report } } } }`, nil); len(errs) == 0 {
			t.Error("report is selectable on PublicResult")
		}
		// Not a bypass: the anonymous evaluations list stays refused.
		if _, errs := e.gql("", `{ evaluations(first: 5) { totalCount } }`, nil); len(errs) == 0 {
			t.Error("anonymous evaluations answered")
		}
		// Logged in, every role reads the same public rows (a department user
		// sees its unpublished evaluation elsewhere, not here).
		for _, user := range []string{"dept", "admin"} {
			if got := nodes(e.publicResults(user, map[string]any{"y": 2026})); !slices.EqualFunc(got, rows, sameRecord) {
				t.Errorf("%s sees %+v, anonymous %+v", user, got, rows)
			}
		}
		// Filters: sector, search, department, year; paging by cursor.
		if got := nodes(e.publicResults("", map[string]any{"y": 2026, "sector": "HEALTH"})); len(got) != 1 || got[0].ID != itoa(f.other.ID) {
			t.Errorf("sector HEALTH: %+v", got)
		}
		if got := nodes(e.publicResults("", map[string]any{"y": 2026, "search": "医疗"})); len(got) != 1 || got[0].ID != itoa(f.other.ID) {
			t.Errorf("search 医疗: %+v", got)
		}
		if got := nodes(e.publicResults("", map[string]any{"y": 2026, "dep": itoa(e.dep.ID)})); len(got) != 1 || got[0].ID != itoa(f.published.ID) {
			t.Errorf("department: %+v", got)
		}
		if got := nodes(e.publicResults("", map[string]any{"y": 2025})); len(got) != 1 || got[0].ID != itoa(f.lastYear.ID) || got[0].ProjectCode != nil {
			t.Errorf("2025: %+v", got)
		}
		first := e.publicResults("", map[string]any{"y": 2026, "first": 1})
		if !first.PageInfo.HasNextPage || first.PageInfo.EndCursor == nil || first.TotalCount != 2 {
			t.Fatalf("first page: %+v", first)
		}
		second := e.publicResults("", map[string]any{"y": 2026, "first": 1, "after": *first.PageInfo.EndCursor})
		if second.PageInfo.HasNextPage || len(second.Edges) != 1 || second.Edges[0].Node.ID == first.Edges[0].Node.ID {
			t.Errorf("second page: %+v", second)
		}
		// Bad arguments are refused, naming the field.
		for _, vars := range []map[string]any{{"y": 2026, "first": 101}, {"y": 2026, "search": strings.Repeat("字", 51)}, {"y": 1999}} {
			if _, errs := e.gql("", publicQuery, vars); len(errs) == 0 {
				t.Errorf("%v accepted", vars)
			}
		}
	})
}

// TestPublicDownloads: the CSV and JSON downloads hold exactly the rows of
// publicResults, for anonymous readers, with the same filters.
func TestPublicDownloads(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		e := newEnv(t, url)
		e.publishResults()
		for _, filter := range []struct {
			query string
			vars  map[string]any
		}{
			{"fiscalYear=2026", map[string]any{"y": 2026}},
			{"fiscalYear=2026&sector=EDUCATION", map[string]any{"y": 2026, "sector": "EDUCATION"}},
			{"fiscalYear=2025", map[string]any{"y": 2025}},
		} {
			want := nodes(e.publicResults("", filter.vars))

			status, header, body := e.get("", "/public/results.json?"+filter.query)
			if status != 200 || !strings.HasPrefix(header.Get("Content-Type"), "application/json") {
				t.Fatalf("json %s: %d %s", filter.query, status, body)
			}
			var doc struct {
				FiscalYear int
				Results    []documents.PublicRecord
			}
			if err := json.Unmarshal(body, &doc); err != nil {
				t.Fatalf("json: %v %s", err, body)
			}
			if doc.FiscalYear != filter.vars["y"] || !slices.EqualFunc(doc.Results, want, sameRecord) {
				t.Errorf("json %s:\n got %+v\nwant %+v", filter.query, doc.Results, want)
			}

			status, header, body = e.get("", "/public/results.csv?"+filter.query)
			if status != 200 || !strings.HasPrefix(header.Get("Content-Type"), "text/csv") ||
				!strings.Contains(header.Get("Content-Disposition"), "attachment") {
				t.Fatalf("csv %s: %d %v", filter.query, status, header)
			}
			table, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(body), "\uFEFF"))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(table[0], documents.PublicCSVHeader) || len(table) != len(want)+1 {
				t.Fatalf("csv %s: %v", filter.query, table)
			}
			for i, w := range want {
				if !slices.Equal(table[i+1], w.CSVRow()) {
					t.Errorf("csv row %d:\n got %q\nwant %q", i, table[i+1], w.CSVRow())
				}
			}
		}
		for _, bad := range []string{"", "fiscalYear=abc", "fiscalYear=2026&sector=NOPE", "fiscalYear=2026&departmentId=x"} {
			if status, _, body := e.get("", "/public/results.csv?"+bad); status != 422 || errorCode(t, body) != "BAD_USER_INPUT" {
				t.Errorf("%q: %d %s", bad, status, body)
			}
		}
	})
}

// TestPublicResultsStatements: a page costs the same few statements whatever its size.
func TestPublicResultsStatements(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		counter := &testdb.Counter{}
		opt := store.DefaultOptions
		opt.Wrap = counter.Wrap
		db := testdb.Open(t, url, opt)
		e := &env{t: t, client: db.Client}
		ctx := allow()
		e.dep = db.Client.Department.Create().SetCode("115001").SetName("市教育局").SetRegion("市本级").SetSector(enums.SectorEducation).SaveX(ctx)
		e.other = db.Client.Department.Create().SetCode("116001").SetName("市卫健委").SetRegion("市本级").SetSector(enums.SectorHealth).SaveX(ctx)
		svc := documents.New(db.Client)
		count := func() int64 {
			counter.Reset()
			conn, err := svc.PublicResults(context.Background(), documents.PublicFilter{FiscalYear: 2026}, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, edge := range conn.Edges {
				if edge.Node.ProjectName == nil || len(edge.Node.BudgetLinks) != 1 {
					t.Fatalf("row without its project or link: %+v", edge.Node)
				}
			}
			return counter.Count()
		}
		add := func(n int) {
			for i := range n {
				p := e.newProject("P-"+itoa(n)+"-"+itoa(i), e.dep.ID)
				ev := db.Client.Evaluation.Create().SetFiscalYear(2026).SetKind("SELF").SetScheme("SELF").SetDepartmentID(e.dep.ID).
					SetProjectID(p.ID).SetStatus("PUBLISHED").SaveX(ctx)
				db.Client.BudgetLink.Create().SetEvaluationID(ev.ID).SetFiscalYear(2027).SetSuggestion("KEEP").SetDisclose(true).ExecX(ctx)
			}
		}
		add(1)
		one := count()
		add(9)
		ten := count()
		if one != ten || ten > 8 {
			t.Errorf("statements: 1 row %d, 10 rows %d (want equal, at most 8)", one, ten)
		}
	})
}

func sameRecord(a, b documents.PublicRecord) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
