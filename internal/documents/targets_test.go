package documents_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"net/http"

	"github.com/xuri/excelize/v2"

	"jixiao/ent"
	"jixiao/ent/indicator"
	"jixiao/ent/target"
	"jixiao/internal/documents/forms"
	"jixiao/internal/platform/httpapi"
	"jixiao/internal/testdb"
)

type importAnswer struct {
	Created, Updated, Unchanged []string
	Sheets                      []struct{ Sheet, Action, TargetID string }
	Errors                      []struct {
		Sheet, Column, Cell, Message string
		Row                          int
	}
}

func decodeImport(t *testing.T, body []byte) importAnswer {
	t.Helper()
	var a importAnswer
	if err := json.Unmarshal(body, &a); err != nil {
		t.Fatalf("decode %s: %v", body, err)
	}
	return a
}

// indicatorsOf lists a target's indicators as comparable text.
func (e *env) indicatorsOf(id int) []string {
	rows := e.client.Indicator.Query().Where(indicator.TargetID(id)).Order(ent.Asc(indicator.FieldSortOrder)).AllX(allow())
	out := make([]string, len(rows))
	for i, r := range rows {
		value := ""
		if r.TargetValue != nil {
			value = r.TargetValue.String()
		}
		out[i] = fmt.Sprintf("%s/%s/%s/%s/%s/%s/%s/%s/%s", r.Category, r.Subcategory, r.Name, r.Comparator, value, r.TargetText, r.Unit, r.Weight, r.Standard)
	}
	return out
}

func (e *env) targetCount() int {
	return e.client.Target.Query().Where(target.ProjectID(e.project.ID)).CountX(allow())
}

// TestTargetFormRoundTrip: the exported 申报表 imports back as the same target,
// and importing it again changes nothing.
func TestTargetFormRoundTrip(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		e := newEnv(t, url)
		status, header, file := e.get("dept", fmt.Sprintf("/export/targets/%d.xlsx", e.target.ID))
		if status != 200 || !strings.Contains(header.Get("Content-Type"), "spreadsheetml") {
			t.Fatalf("export: %d %s %s", status, header.Get("Content-Type"), file)
		}
		if !strings.Contains(header.Get("Content-Disposition"), "filename*=UTF-8''") {
			t.Errorf("Content-Disposition %q", header.Get("Content-Disposition"))
		}
		want := e.indicatorsOf(e.target.ID)
		goal := e.target.Goal
		// Remove the target, then import the exported file: the same target comes back.
		ctx := allow()
		e.client.Indicator.Delete().Where(indicator.TargetID(e.target.ID)).ExecX(ctx)
		e.client.Target.DeleteOneID(e.target.ID).ExecX(ctx)

		status, body := e.upload("dept", "/import/targets", map[string][]byte{"申报表.xlsx": file})
		if status != 200 {
			t.Fatalf("import: %d %s", status, body)
		}
		got := decodeImport(t, body)
		if len(got.Created) != 1 || len(got.Sheets) != 1 || got.Sheets[0].Action != "CREATED" {
			t.Fatalf("import answer %s", body)
		}
		id, _ := strconv.Atoi(got.Created[0])
		created := e.client.Target.GetX(ctx, id)
		if created.Goal != goal || created.FiscalYear != 2026 || *created.ProjectID != e.project.ID || created.DepartmentID != e.dep.ID {
			t.Errorf("imported target %+v", created)
		}
		if have := e.indicatorsOf(id); strings.Join(have, "\n") != strings.Join(want, "\n") {
			t.Errorf("indicators differ:\n got %q\nwant %q", have, want)
		}
		// The same file again: nothing new.
		status, body = e.upload("dept", "/import/targets", map[string][]byte{"申报表.xlsx": file})
		again := decodeImport(t, body)
		if status != 200 || len(again.Created) != 0 || len(again.Unchanged) != 1 || again.Unchanged[0] != got.Created[0] {
			t.Fatalf("second import: %d %s", status, body)
		}
		if n := e.targetCount(); n != 1 {
			t.Fatalf("%d targets after importing twice, want 1", n)
		}
	})
}

// TestTargetImportErrors: errors name sheet, row and column — those found
// reading the cells and those the data layer finds — and nothing is written.
func TestTargetImportErrors(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		e := newEnv(t, url)
		second := e.newProject("2026-JY-002", e.dep.ID)
		ok := forms.TargetForm{FiscalYear: 2026, ProjectCode: second.Code, DepartmentCode: e.dep.Code, Goal: "新目标",
			Indicators: []forms.IndicatorRow{{Category: "OUTPUT", Subcategory: "QUANTITY", Name: "培训人次", Comparator: "GTE", Value: ptr(dec("100")), Weight: dec("10")}}}
		bad := ok
		bad.ProjectCode = e.project.Code
		// A satisfaction subcategory under the output category and a negative weight:
		// only the data layer knows these rules.
		bad.Indicators = []forms.IndicatorRow{
			ok.Indicators[0],
			{Category: "OUTPUT", Subcategory: "SERVICE_SATISFACTION", Name: "满意度", Comparator: "GTE", Value: ptr(dec("90")), Weight: dec("10")},
		}
		var file bytes.Buffer
		if err := forms.WriteTargets(&file, []forms.TargetForm{ok, bad}); err != nil {
			t.Fatal(err)
		}
		beforeTargets := e.client.Target.Query().CountX(allow())
		beforeIndicators := e.client.Indicator.Query().CountX(allow())
		status, body := e.upload("dept", "/import/targets", map[string][]byte{"two.xlsx": file.Bytes()})
		got := decodeImport(t, body)
		if status != 422 || len(got.Errors) != 1 {
			t.Fatalf("import: %d %s", status, body)
		}
		if er := got.Errors[0]; er.Sheet != e.project.Code || er.Row != forms.FirstDataRow+1 || er.Column != "二级指标" || er.Cell != "C11" || er.Message == "" {
			t.Errorf("error %+v", er)
		}
		// Cell errors: a word where a number belongs, an unknown comparator.
		f, _ := excelize.OpenReader(bytes.NewReader(file.Bytes()))
		f.SetCellValue(second.Code, "F10", "一百")
		f.SetCellValue(second.Code, "E10", "约")
		var edited bytes.Buffer
		f.Write(&edited)
		status, body = e.upload("dept", "/import/targets", map[string][]byte{"edited.xlsx": edited.Bytes()})
		got = decodeImport(t, body)
		if status != 422 || len(got.Errors) != 2 || got.Errors[0].Cell != "E10" || got.Errors[1].Column != "指标值" || got.Errors[1].Row != 10 {
			t.Fatalf("cell errors: %d %s", status, body)
		}
		if n := e.client.Target.Query().CountX(allow()); n != beforeTargets {
			t.Errorf("%d targets after failed imports, want %d", n, beforeTargets)
		}
		if n := e.client.Indicator.Query().CountX(allow()); n != beforeIndicators {
			t.Errorf("%d indicators after failed imports, want %d", n, beforeIndicators)
		}
	})
}

// TestTargetDocumentsAuthorization: the documents answer as the rows do.
func TestTargetDocumentsAuthorization(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		e := newEnv(t, url)
		path := fmt.Sprintf("/export/targets/%d.xlsx", e.target.ID)
		for _, c := range []struct {
			user, path string
			status     int
			code       string
		}{
			{"", path, 401, "UNAUTHENTICATED"},
			{"otherdept", path, 404, "NOT_FOUND"},
			{"admin", "/export/targets/999999.xlsx", 404, "NOT_FOUND"},
			{"admin", "/export/targets/abc.xlsx", 404, "NOT_FOUND"},
			{"", "/export/targets/template.xlsx", 401, "UNAUTHENTICATED"},
		} {
			status, _, body := e.get(c.user, c.path)
			if status != c.status || errorCode(t, body) != c.code {
				t.Errorf("%s %s: %d %s, want %d %s", c.user, c.path, status, body, c.status, c.code)
			}
		}
		for _, user := range []string{"leader", "admin", "dept"} {
			if status, _, body := e.get(user, path); status != 200 {
				t.Errorf("%s export: %d %s", user, status, body)
			}
		}
		status, _, tpl := e.get("dept", "/export/targets/template.xlsx?fiscalYear=2027")
		if status != 200 {
			t.Fatalf("template: %d", status)
		}
		f, err := excelize.OpenReader(bytes.NewReader(tpl))
		if err != nil {
			t.Fatal(err)
		}
		if dvs, _ := f.GetDataValidations("申报表"); len(dvs) != 4 {
			t.Errorf("template has %d drop-downs", len(dvs))
		}
		if v, _ := f.GetCellValue("申报表", "A2"); v != "（2027年度）" {
			t.Errorf("template year %q", v)
		}
		_, _, file := e.get("admin", path)
		// Another department cannot see the project; the leader reads but may not write.
		status, body := e.upload("otherdept", "/import/targets", map[string][]byte{"a.xlsx": file})
		if got := decodeImport(t, body); status != 422 || len(got.Errors) != 1 || got.Errors[0].Cell != "G3" {
			t.Errorf("other department import: %d %s", status, body)
		}
		e.client.Target.UpdateOneID(e.target.ID).SetGoal("改过的目标").ExecX(allow())
		if status, body := e.upload("leader", "/import/targets", map[string][]byte{"a.xlsx": file}); status != 403 || errorCode(t, body) != "FORBIDDEN" {
			t.Errorf("leader import: %d %s", status, body)
		}
		if status, body := e.upload("", "/import/targets", map[string][]byte{"a.xlsx": file}); status != 401 {
			t.Errorf("anonymous import: %d %s", status, body)
		}
	})
}

// TestUploadNeedsPreflightHeader: a cookie-authenticated upload without a
// header that forces the CORS preflight is a possible cross-site form post.
func TestUploadNeedsPreflightHeader(t *testing.T) {
	e := newEnv(t, testdb.SQLiteURL(t))
	token := e.token("dept")
	for _, c := range []struct {
		header string
		status int
	}{{"", 403}, {"GraphQL-Preflight", 400}} {
		req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/import/targets", strings.NewReader("x"))
		req.Header.Set("Content-Type", "multipart/form-data; boundary=zz")
		req.AddCookie(&http.Cookie{Name: httpapi.SessionCookie, Value: token})
		if c.header != "" {
			req.Header.Set(c.header, "1")
		}
		status, _, body := e.send("", req)
		if status != c.status {
			t.Errorf("header %q: %d %s, want %d", c.header, status, body, c.status)
		}
	}
}
