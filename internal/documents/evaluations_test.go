package documents_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jixiao/ent/indicator"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// TestEvaluationSheetExport: the 绩效自评表 holds the items, total and grade,
// for those who may read the evaluation only.
func TestEvaluationSheetExport(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		e := newEnv(t, url)
		ctx := allow()
		ind := e.client.Indicator.Query().Where(indicator.TargetID(e.target.ID)).FirstX(ctx)
		grade := enums.Grade("GOOD")
		total := dec("86.5")
		ev := e.client.Evaluation.Create().SetFiscalYear(2026).SetKind("SELF").SetScheme("SELF").SetProjectID(e.project.ID).
			SetDepartmentID(e.dep.ID).SetTotalScore(total).SetGrade(grade).SetFindings("支付进度偏慢").SaveX(ctx)
		score := dec("18.5")
		e.client.ScoreItem.Create().SetName("维修学校数").SetWeight(dec("20")).SetMethod("INDICATOR").SetScore(score).
			SetExplanation("完成 11 所，未达目标").SetEvaluationID(ev.ID).SetIndicatorID(ind.ID).ExecX(ctx)

		path := fmt.Sprintf("/export/evaluations/%d.xlsx", ev.ID)
		status, _, body := e.get("dept", path)
		if status != 200 {
			t.Fatalf("export: %d %s", status, body)
		}
		f, err := excelize.OpenReader(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := f.GetRows("自评表", excelize.Options{RawCellValue: true})
		text := fmt.Sprint(rows)
		for _, want := range []string{"项目支出绩效自评表", e.project.Name, "维修学校数", "18.5", "86.5", "良", "支付进度偏慢", "完成 11 所"} {
			if !strings.Contains(text, want) {
				t.Errorf("sheet lacks %q: %s", want, text)
			}
		}
		if status, _, body := e.get("otherdept", path); status != 404 || errorCode(t, body) != "NOT_FOUND" {
			t.Errorf("other department: %d %s", status, body)
		}
		if status, _, _ := e.get("", path); status != 401 {
			t.Errorf("anonymous: %d", status)
		}
	})
}
