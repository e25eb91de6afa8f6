package documents_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"testing"

	"jixiao/ent"
	"jixiao/ent/auditentry"
	"jixiao/ent/evidence"
	"jixiao/ent/scoreitem"
	"jixiao/internal/testdb"
)

// TestEvidenceMarkedPublic: finance marks evidence public (audited; nobody
// else may); the public results then list it, and anyone downloads it —
// but only a public file backing a score of a published evaluation. Every
// other file stays 404 to other departments and asks an anonymous caller
// to log in.
func TestEvidenceMarkedPublic(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		t.Setenv("JIXIAO_FILES_DIR", t.TempDir())
		e := newEnv(t, url)
		f := e.publishResults()
		item := func(ev *ent.Evaluation) *ent.ScoreItem {
			return e.client.ScoreItem.Create().SetName("产出数量").SetWeight(dec("20")).SetMethod(scoreitem.MethodManual).
				SetEvaluationID(ev.ID).SetDepartmentID(ev.DepartmentID).SaveX(allow())
		}
		upload := func(attachTo int, name string) string {
			t.Helper()
			status, answer := e.uploadEvidence("dept", attachTo, name, pdf, true)
			if status != 200 || codeOf(answer) != "" {
				t.Fatalf("upload %s: %d %v", name, status, answer)
			}
			return answer["data"].(map[string]any)["uploadEvidence"].(map[string]any)["id"].(string)
		}
		onPublished := upload(item(f.published).ID, "验收报告.pdf")
		onDraft := upload(item(f.draft).ID, "草稿佐证.pdf")
		notMarked := upload(item(f.published).ID, "内部材料.pdf")

		const mark = `mutation($id: ID!, $p: Boolean!) { setEvidencePublic(id: $id, public: $p) { id public } }`
		// Only finance marks; a department user or leader is refused and nothing changes.
		for _, user := range []string{"dept", "leader"} {
			if _, errs := e.gql(user, mark, map[string]any{"id": onPublished, "p": true}); len(errs) == 0 || errs[0]["extensions"].(map[string]any)["code"] != "FORBIDDEN" {
				t.Errorf("%s marked evidence public: %v", user, errs)
			}
		}
		if _, errs := e.gql("", mark, map[string]any{"id": onPublished, "p": true}); len(errs) == 0 {
			t.Error("anonymous marked evidence public")
		}
		if e.client.Evidence.Query().Where(evidence.Public(true)).CountX(allow()) != 0 {
			t.Fatal("a refused mark was written")
		}
		for _, id := range []string{onPublished, onDraft} {
			data, errs := e.gql("admin", mark, map[string]any{"id": id, "p": true})
			if len(errs) > 0 || !bytes.Contains(data, []byte(`"public":true`)) {
				t.Fatalf("finance marks %s: %s %v", id, data, errs)
			}
		}
		// The mark is in the audit trail, with who set it.
		entry := e.client.AuditEntry.Query().Where(auditentry.EntityType("Evidence"), auditentry.EntityID(atoi(onPublished)), auditentry.ActorName("admin")).OnlyX(allow())
		if fmt.Sprint(entry.After["public"]) != "true" {
			t.Errorf("audit entry %+v", entry)
		}
		// The mark is the only change evidence admits.
		if err := e.client.Evidence.UpdateOneID(atoi(onPublished)).SetName("改名.pdf").Exec(allow()); err == nil {
			t.Error("evidence renamed")
		}

		// Public results list the public file of the published evaluation only.
		data, errs := e.gql("", `query { publicResults(fiscalYear: 2026) { edges { node { id evidence { name size contentType url } } } } }`, nil)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		var page struct {
			PublicResults struct {
				Edges []struct {
					Node struct {
						ID       string
						Evidence []struct {
							Name, ContentType, URL string
							Size                   int
						}
					}
				}
			}
		}
		json.Unmarshal(data, &page)
		listed := map[string]string{}
		for _, edge := range page.PublicResults.Edges {
			for _, ev := range edge.Node.Evidence {
				listed[ev.URL] = edge.Node.ID
				if ev.Size != len(pdf) || ev.ContentType != "application/pdf" {
					t.Errorf("public evidence %+v", ev)
				}
			}
		}
		if len(listed) != 1 || listed["/files/"+onPublished] != strconv.Itoa(f.published.ID) {
			t.Errorf("public evidence listed: %v, want only /files/%s on %d", listed, onPublished, f.published.ID)
		}

		// Downloads: the public file to anyone; the others as before.
		for _, c := range []struct {
			user, id string
			status   int
		}{
			{"", onPublished, 200}, {"otherdept", onPublished, 200},
			{"", onDraft, 401}, {"otherdept", onDraft, 404}, {"dept", onDraft, 200},
			{"", notMarked, 401}, {"otherdept", notMarked, 404}, {"dept", notMarked, 200},
			{"", "999999", 401},
		} {
			status, _, body := e.get(c.user, "/files/"+c.id)
			if status != c.status {
				t.Errorf("%q downloads %s: %d %s, want %d", c.user, c.id, status, body, c.status)
			}
			if status == 200 && !bytes.Equal(body, pdf) {
				t.Errorf("%q downloads %s: wrong content", c.user, c.id)
			}
		}
		// Withdrawing the mark closes the file again.
		if _, errs := e.gql("admin", mark, map[string]any{"id": onPublished, "p": false}); len(errs) > 0 {
			t.Fatal(errs)
		}
		if status, _, _ := e.get("", "/files/"+onPublished); status != 401 {
			t.Errorf("anonymous after the mark was withdrawn: %d", status)
		}
		if status, _, _ := e.get("otherdept", "/files/"+onPublished); status != 404 {
			t.Errorf("other department after the mark was withdrawn: %d", status)
		}
	})
}
