package documents_test

import (
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"jixiao/ent/indicator"
	"jixiao/internal/documents"
	"jixiao/internal/domain/money"
	"jixiao/internal/testdb"
)

// publicTargetsQuery asks for every field of PublicTarget.
const publicTargetsQuery = `query($y: Int!, $sector: Sector) { publicTargets(fiscalYear: $y, sector: $sector, first: 100) { edges { node {
	id fiscalYear departmentCode departmentName sector projectCode projectName goal approvedAmount
	indicators { category subcategory name comparator targetValue targetText unit }
	evidence { name size contentType sha256 url } } } } }`

// publicTargetRecords reads publicTargets as the public, in the download form.
func (e *env) publicTargetRecords(vars map[string]any) []documents.PublicTargetRecord {
	e.t.Helper()
	data, errs := e.gql("", publicTargetsQuery, vars)
	if len(errs) > 0 {
		e.t.Fatal(errs)
	}
	var page struct {
		PublicTargets struct {
			Edges []struct{ Node documents.PublicTargetRecord }
		}
	}
	if err := json.Unmarshal(data, &page); err != nil {
		e.t.Fatal(err)
	}
	out := []documents.PublicTargetRecord{}
	for _, edge := range page.PublicTargets.Edges {
		out = append(out, edge.Node)
	}
	return out
}

// TestPublicTargetEvidence: a file finance marked public on the monitoring
// or an indicator's progress of an approved target is listed on the public
// target (name, size, hash, URL) and downloads anonymously; an unmarked file,
// or a public one of a target not approved, is neither listed nor served.
func TestPublicTargetEvidence(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		t.Setenv("JIXIAO_FILES_DIR", t.TempDir())
		e := newEnv(t, url)
		ctx := allow()
		mon := e.client.Monitoring.Create().SetFiscalYear(2026).SetMonth(6).SetBudget(money.Yuan(100)).
			SetPaidToDate(money.Yuan(40)).SetProjectID(e.project.ID).SetTargetID(e.target.ID).SaveX(ctx)
		ind := e.client.Indicator.Query().Where(indicator.TargetID(e.target.ID), indicator.Name("维修学校数")).OnlyX(ctx)
		prog := e.client.IndicatorProgress.Create().SetMonitoringID(mon.ID).SetIndicatorID(ind.ID).SetCompletedToDate(dec("5")).SaveX(ctx)
		// A second project whose target stays a draft.
		draftProject := e.newProject("2026-JY-002", e.dep.ID)
		draft := e.client.Target.Create().SetFiscalYear(2026).SetGoal("草稿目标").SetProjectID(draftProject.ID).SetDepartmentID(e.dep.ID).SaveX(ctx)
		draftMon := e.client.Monitoring.Create().SetFiscalYear(2026).SetMonth(6).SetBudget(money.Yuan(100)).
			SetPaidToDate(money.Yuan(40)).SetProjectID(draftProject.ID).SetTargetID(draft.ID).SaveX(ctx)

		upload := func(attachTo int, name string) string {
			t.Helper()
			status, answer := e.uploadEvidence("dept", attachTo, name, pdf, true)
			if status != 200 || codeOf(answer) != "" {
				t.Fatalf("upload %s: %d %v", name, status, answer)
			}
			return answer["data"].(map[string]any)["uploadEvidence"].(map[string]any)["id"].(string)
		}
		onMonitoring := upload(mon.ID, "监控报告.pdf")
		onProgress := upload(prog.ID, "进度照片.pdf")
		unmarked := upload(mon.ID, "内部材料.pdf")
		onDraft := upload(draftMon.ID, "草稿佐证.pdf")
		const mark = `mutation($id: ID!) { setEvidencePublic(id: $id, public: true) { id public } }`
		for _, id := range []string{onMonitoring, onProgress, onDraft} {
			if _, errs := e.gql("admin", mark, map[string]any{"id": id}); len(errs) > 0 {
				t.Fatalf("mark %s: %v", id, errs)
			}
		}

		// Not approved yet: nothing public.
		if got := e.publicTargetRecords(map[string]any{"y": 2026}); len(got) != 0 {
			t.Fatalf("targets public before approval: %+v", got)
		}
		if status, _, _ := e.get("", "/files/"+onMonitoring); status != 401 {
			t.Errorf("public file of a target not approved: %d", status)
		}

		e.target = e.target.Update().SetStatus("APPROVED").SaveX(ctx)
		got := e.publicTargetRecords(map[string]any{"y": 2026})
		if len(got) != 1 {
			t.Fatalf("public targets: %+v", got)
		}
		var urls []string
		for _, f := range got[0].Evidence {
			urls = append(urls, f.URL)
			if f.Size != int64(len(pdf)) || len(f.Sha256) != 64 || f.ContentType != "application/pdf" || f.Name == "" {
				t.Errorf("public evidence %+v", f)
			}
		}
		if want := []string{"/files/" + onMonitoring, "/files/" + onProgress}; !slices.Equal(urls, want) {
			t.Errorf("public evidence listed %v, want %v", urls, want)
		}
		for _, c := range []struct {
			user, id string
			status   int
		}{
			{"", onMonitoring, 200}, {"", onProgress, 200}, {"otherdept", onProgress, 200},
			{"", unmarked, 401}, {"otherdept", unmarked, 404}, {"dept", unmarked, 200},
			{"", onDraft, 401}, {"otherdept", onDraft, 404},
		} {
			if status, _, body := e.get(c.user, "/files/"+c.id); status != c.status {
				t.Errorf("%q downloads %s: %d %s, want %d", c.user, c.id, status, body, c.status)
			}
		}
		// Nobody outside finance reads the uploader through the public type.
		if _, errs := e.gql("", `{ publicTargets(fiscalYear: 2026) { edges { node { evidence { uploadedBy } } } } }`, nil); len(errs) == 0 {
			t.Error("uploader readable on public evidence")
		}
	})
}

// TestPublicTargetDownloads: /public/targets.json and .csv hold exactly the
// rows of publicTargets, for anonymous readers, with the same filters; a bad
// filter is refused before anything is written.
func TestPublicTargetDownloads(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		t.Setenv("JIXIAO_FILES_DIR", t.TempDir())
		e := newEnv(t, url)
		ctx := allow()
		e.target = e.target.Update().SetStatus("APPROVED").SetApprovedAmount(money.Yuan(1200000)).SaveX(ctx)
		mon := e.client.Monitoring.Create().SetFiscalYear(2026).SetMonth(6).SetBudget(money.Yuan(100)).
			SetPaidToDate(money.Yuan(40)).SetProjectID(e.project.ID).SetTargetID(e.target.ID).SaveX(ctx)
		status, answer := e.uploadEvidence("dept", mon.ID, "监控报告.pdf", pdf, true)
		if status != 200 || codeOf(answer) != "" {
			t.Fatalf("upload: %d %v", status, answer)
		}
		id := answer["data"].(map[string]any)["uploadEvidence"].(map[string]any)["id"].(string)
		if _, errs := e.gql("admin", `mutation($id: ID!) { setEvidencePublic(id: $id, public: true) { id } }`, map[string]any{"id": id}); len(errs) > 0 {
			t.Fatal(errs)
		}
		// A department-wide target of the other department, without indicators, and a draft.
		e.client.Target.Create().SetFiscalYear(2026).SetGoal("=部门整体目标").SetDepartmentID(e.other.ID).SetStatus("APPROVED").ExecX(ctx)
		e.client.Target.Create().SetFiscalYear(2026).SetGoal("草稿目标").SetDepartmentID(e.other.ID).ExecX(ctx)

		for _, filter := range []struct {
			query string
			vars  map[string]any
			rows  int
		}{
			{"fiscalYear=2026", map[string]any{"y": 2026}, 2},
			{"fiscalYear=2026&sector=EDUCATION", map[string]any{"y": 2026, "sector": "EDUCATION"}, 1},
			{"fiscalYear=2025", map[string]any{"y": 2025}, 0},
		} {
			want := e.publicTargetRecords(filter.vars)
			if len(want) != filter.rows {
				t.Fatalf("%s: %d public targets, want %d", filter.query, len(want), filter.rows)
			}
			status, header, body := e.get("", "/public/targets.json?"+filter.query)
			if status != 200 || !strings.HasPrefix(header.Get("Content-Type"), "application/json") {
				t.Fatalf("json %s: %d %s", filter.query, status, body)
			}
			var doc struct {
				FiscalYear int
				Targets    []documents.PublicTargetRecord
			}
			if err := json.Unmarshal(body, &doc); err != nil {
				t.Fatalf("json: %v %s", err, body)
			}
			if doc.FiscalYear != filter.vars["y"] || !sameJSON(doc.Targets, want) {
				t.Errorf("json %s:\n got %+v\nwant %+v", filter.query, doc.Targets, want)
			}
			for _, internal := range []string{"weight", "lockVersion", "uploadedBy", "dept", "草稿目标"} {
				if strings.Contains(string(body), internal) {
					t.Errorf("json %s holds %q: %s", filter.query, internal, body)
				}
			}

			status, header, body = e.get("", "/public/targets.csv?"+filter.query)
			if status != 200 || !strings.HasPrefix(header.Get("Content-Type"), "text/csv") ||
				!strings.Contains(header.Get("Content-Disposition"), "attachment") {
				t.Fatalf("csv %s: %d %v", filter.query, status, header)
			}
			table, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(body), "\uFEFF"))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			var wantRows [][]string
			for _, w := range want {
				wantRows = append(wantRows, w.CSVRows()...)
			}
			if !slices.Equal(table[0], documents.PublicTargetCSVHeader) || len(table) != len(wantRows)+1 {
				t.Fatalf("csv %s: %v", filter.query, table)
			}
			for i, w := range wantRows {
				got := table[i+1]
				// The goal that starts with "=" is kept from being read as a formula.
				if w[7] == "=部门整体目标" {
					w = append([]string{}, w...)
					w[7] = "'=部门整体目标"
				}
				if !slices.Equal(got, w) {
					t.Errorf("csv row %d:\n got %q\nwant %q", i, got, w)
				}
			}
		}
		// The education target: one CSV row per indicator, the public file's URL on each.
		want := e.publicTargetRecords(map[string]any{"y": 2026, "sector": "EDUCATION"})
		if rows := want[0].CSVRows(); len(rows) != 4 || rows[0][16] != "/files/"+id || rows[0][8] != "1200000.00" {
			t.Errorf("csv rows of the education target: %q", rows)
		}
		for _, bad := range []string{"", "fiscalYear=abc", "fiscalYear=1999", "fiscalYear=2026&sector=NOPE", "fiscalYear=2026&departmentId=x"} {
			if status, _, body := e.get("", "/public/targets.json?"+bad); status != 422 || errorCode(t, body) != "BAD_USER_INPUT" {
				t.Errorf("%q: %d %s", bad, status, body)
			}
		}
	})
}

func sameJSON(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}
