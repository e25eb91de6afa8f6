package documents_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"jixiao/ent/auditentry"
	"jixiao/ent/evidence"
	"jixiao/internal/domain/money"
	"jixiao/internal/testdb"
)

var pdf = []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")

// uploadEvidence sends the GraphQL multipart request (operations, map, file).
func (e *env) uploadEvidence(user string, attachTo int, name string, content []byte, preflight bool) (int, map[string]any) {
	e.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	ops, _ := json.Marshal(map[string]any{
		"query":     `mutation($to: ID!, $f: Upload!) { uploadEvidence(attachTo: $to, file: $f) { id name size sha256 contentType url } }`,
		"variables": map[string]any{"to": strconv.Itoa(attachTo), "f": nil},
	})
	mw.WriteField("operations", string(ops))
	mw.WriteField("map", `{"0": ["variables.f"]}`)
	fw, _ := mw.CreateFormFile("0", name)
	fw.Write(content)
	mw.Close()
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/graphql", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	if preflight {
		req.Header.Set("GraphQL-Preflight", "1")
	}
	status, _, out := e.send(user, req)
	var answer map[string]any
	json.Unmarshal(out, &answer)
	return status, answer
}

func codeOf(answer map[string]any) string {
	errs, _ := answer["errors"].([]any)
	if len(errs) == 0 {
		return ""
	}
	ext, _ := errs[0].(map[string]any)["extensions"].(map[string]any)
	code, _ := ext["code"].(string)
	return code
}

func TestEvidenceUploadAndDownload(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		dir := t.TempDir()
		t.Setenv("JIXIAO_FILES_DIR", dir)
		e := newEnv(t, url)
		mon := e.client.Monitoring.Create().SetFiscalYear(2026).SetMonth(7).SetBudget(money.Yuan(100)).
			SetPaidToDate(money.Yuan(40)).SetProjectID(e.project.ID).SetTargetID(e.target.ID).SaveX(allow())

		status, answer := e.uploadEvidence("dept", mon.ID, "验收报告.pdf", pdf, true)
		if status != 200 || codeOf(answer) != "" {
			t.Fatalf("upload: %d %v", status, answer)
		}
		got := answer["data"].(map[string]any)["uploadEvidence"].(map[string]any)
		if got["contentType"] != "application/pdf" || got["size"] != float64(len(pdf)) || len(got["sha256"].(string)) != 64 ||
			got["url"] != "/files/"+got["id"].(string) || got["name"] != "验收报告.pdf" {
			t.Fatalf("evidence %v", got)
		}
		sum := got["sha256"].(string)
		if _, err := os.Stat(filepath.Join(dir, sum[:2], sum)); err != nil {
			t.Fatalf("content not stored by hash: %v", err)
		}
		// The audit trail has the hash and the uploader.
		entry := e.client.AuditEntry.Query().Where(auditentry.EntityType("Evidence")).OnlyX(allow())
		if entry.ActorName != "dept" || !strings.Contains(fmt.Sprint(entry.After), sum) {
			t.Errorf("audit entry %+v", entry)
		}

		path := got["url"].(string)
		for _, c := range []struct {
			user   string
			status int
		}{{"dept", 200}, {"admin", 200}, {"leader", 200}, {"otherdept", 404}, {"", 401}} {
			status, header, body := e.get(c.user, path)
			if status != c.status {
				t.Errorf("%q downloads: %d %s, want %d", c.user, status, body, c.status)
				continue
			}
			if status == 200 && (!bytes.Equal(body, pdf) || header.Get("Content-Type") != "application/pdf") {
				t.Errorf("%q got %q (%s)", c.user, body, header.Get("Content-Type"))
			}
			if status != 200 {
				errorCode(t, body)
			}
		}
		if status, _, _ := e.get("admin", "/files/999999"); status != 404 {
			t.Errorf("missing file: %d", status)
		}
		// The same content again is stored once.
		if status, answer := e.uploadEvidence("dept", mon.ID, "副本.pdf", pdf, true); status != 200 || codeOf(answer) != "" {
			t.Fatalf("second upload: %d %v", status, answer)
		}
		if entries, _ := os.ReadDir(filepath.Join(dir, sum[:2])); len(entries) != 1 {
			t.Errorf("%d stored contents for one hash", len(entries))
		}
		// Evidence is never deleted.
		if err := e.client.Evidence.DeleteOneID(atoi(got["id"].(string))).Exec(allow()); err == nil {
			t.Error("evidence was deleted")
		}
	})
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func TestEvidenceLimits(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		t.Setenv("JIXIAO_FILES_DIR", t.TempDir())
		e := newEnv(t, url)
		mon := e.client.Monitoring.Create().SetFiscalYear(2026).SetMonth(7).SetBudget(money.Yuan(100)).
			SetPaidToDate(money.Yuan(40)).SetProjectID(e.project.ID).SaveX(allow())
		big := append(append([]byte{}, pdf...), bytes.Repeat([]byte{' '}, 20<<20)...)
		for _, c := range []struct {
			name, user, file string
			content          []byte
			attachTo         int
			code             string
		}{
			{"script named .pdf", "dept", "a.pdf", []byte("<script>alert(1)</script>"), mon.ID, "BAD_USER_INPUT"},
			{"executable", "dept", "a.exe", []byte("MZ\x90\x00\x03\x00\x00\x00"), mon.ID, "BAD_USER_INPUT"},
			{"zip named .zip", "dept", "a.zip", []byte("PK\x03\x04rest"), mon.ID, "BAD_USER_INPUT"},
			{"empty", "dept", "a.pdf", nil, mon.ID, "BAD_USER_INPUT"},
			{"too large", "dept", "big.pdf", big, mon.ID, "BAD_USER_INPUT"},
			{"not attachable", "dept", "a.pdf", pdf, e.target.ID, "BAD_USER_INPUT"},
			{"another department's record", "otherdept", "a.pdf", pdf, mon.ID, "BAD_USER_INPUT"},
			{"read-only role", "leader", "a.pdf", pdf, mon.ID, "FORBIDDEN"},
		} {
			status, answer := e.uploadEvidence(c.user, c.attachTo, c.file, c.content, true)
			if code := codeOf(answer); code != c.code {
				t.Errorf("%s: %d %v, want %s", c.name, status, answer, c.code)
			}
		}
		if n := e.client.Evidence.Query().Where(evidence.MonitoringID(mon.ID)).CountX(allow()); n != 0 {
			t.Errorf("%d evidence rows after refused uploads", n)
		}
		// Without the preflight-forcing header a multipart request is refused.
		if status, _ := e.uploadEvidence("dept", mon.ID, "a.pdf", pdf, false); status != 415 {
			t.Errorf("multipart without GraphQL-Preflight: %d", status)
		}
		// Office files are told by their container and name; images by content.
		docx := []byte("PK\x03\x04\x14\x00\x06\x00[Content_Types].xml")
		png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
		for name, content := range map[string][]byte{"合同.docx": docx, "照片.png": png} {
			if status, answer := e.uploadEvidence("dept", mon.ID, name, content, true); codeOf(answer) != "" {
				t.Errorf("%s: %d %v", name, status, answer)
			}
		}
	})
}
