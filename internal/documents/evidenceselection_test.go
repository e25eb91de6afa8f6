package documents_test

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"strconv"
	"testing"

	"jixiao/ent/scoreitem"
	"jixiao/internal/domain/money"
	"jixiao/internal/testdb"
)

// uploadSelecting is uploadEvidence with the caller's selection of fields.
func (e *env) uploadSelecting(user string, attachTo int, selection string) map[string]any {
	e.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	ops, _ := json.Marshal(map[string]any{
		"query":     `mutation($to: ID!, $f: Upload!) { uploadEvidence(attachTo: $to, file: $f) ` + selection + ` }`,
		"variables": map[string]any{"to": strconv.Itoa(attachTo), "f": nil},
	})
	mw.WriteField("operations", string(ops))
	mw.WriteField("map", `{"0": ["variables.f"]}`)
	fw, _ := mw.CreateFormFile("0", "验收报告.pdf")
	fw.Write(pdf)
	mw.Close()
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/graphql", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("GraphQL-Preflight", "1")
	_, _, out := e.send(user, req)
	var answer map[string]any
	json.Unmarshal(out, &answer)
	return answer
}

// TestEvidenceUploadWhateverSelection: the record a file backs is read whole
// whatever fields the request selects. ent's Noder selected only the columns
// named in the request (a score item's "name", a monitoring's "createdAt"),
// which left the record's department out and the upload failed or went to no
// department. The answer holds every field asked for.
func TestEvidenceUploadWhateverSelection(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		t.Setenv("JIXIAO_FILES_DIR", t.TempDir())
		e := newEnv(t, url)
		mon := e.client.Monitoring.Create().SetFiscalYear(2026).SetMonth(7).SetBudget(money.Yuan(100)).
			SetPaidToDate(money.Yuan(40)).SetProjectID(e.project.ID).SetTargetID(e.target.ID).SaveX(allow())
		ev := e.client.Evaluation.Create().SetFiscalYear(2026).SetKind("SELF").SetScheme("SELF").SetDepartmentID(e.dep.ID).
			SetProjectID(e.project.ID).SaveX(allow())
		item := e.client.ScoreItem.Create().SetName("产出数量").SetWeight(dec("20")).SetMethod(scoreitem.MethodManual).
			SetEvaluationID(ev.ID).SetDepartmentID(ev.DepartmentID).SaveX(allow())
		for _, c := range []struct {
			name      string
			attachTo  int
			selection string
			want      []string
		}{
			{"score item, id and name", item.ID, `{ id name }`, []string{"id", "name"}},
			{"score item, id only", item.ID, `{ id }`, []string{"id"}},
			{"monitoring, id and createdAt", mon.ID, `{ id createdAt }`, []string{"id", "createdAt"}},
			{"monitoring, every field", mon.ID, `{ id name size sha256 contentType url createdAt public }`,
				[]string{"id", "name", "size", "sha256", "contentType", "url", "createdAt", "public"}},
		} {
			answer := e.uploadSelecting("dept", c.attachTo, c.selection)
			if codeOf(answer) != "" {
				t.Errorf("%s: %v", c.name, answer)
				continue
			}
			got, _ := answer["data"].(map[string]any)["uploadEvidence"].(map[string]any)
			for _, field := range c.want {
				if v, ok := got[field]; !ok || v == nil || v == "" {
					t.Errorf("%s: field %s missing in %v", c.name, field, got)
				}
			}
			row := e.client.Evidence.GetX(allow(), atoi(got["id"].(string)))
			if row.DepartmentID != e.dep.ID || row.Size != int64(len(pdf)) || len(row.Sha256) != 64 || row.ContentType != "application/pdf" {
				t.Errorf("%s: stored %+v, want department %d", c.name, row, e.dep.ID)
			}
			if (row.ScoreItemID == nil) == (c.attachTo == item.ID) {
				t.Errorf("%s: attached to the wrong record: %+v", c.name, row)
			}
		}
	})
}
