package documents_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"jixiao/ent/indicator"
	"jixiao/internal/documents/pdfreport"
	"jixiao/internal/domain/money"
	"jixiao/internal/testdb"
)

// sheetText is every cell of a sheet, for "contains" checks.
func sheetText(t *testing.T, body []byte, sheet string) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("sheet %s: %v (sheets %v)", sheet, err, f.GetSheetList())
	}
	return fmt.Sprint(rows)
}

// TestMonitoringSheetExport: the 监控表 holds execution against time
// progress and each indicator's progress, for readers of the record only.
func TestMonitoringSheetExport(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		e := newEnv(t, url)
		ctx := allow()
		m := e.client.Monitoring.Create().SetFiscalYear(2026).SetMonth(6).SetBudget(money.Yuan(1200000)).
			SetPaidToDate(money.Yuan(480000)).SetWarningLevel("YELLOW").SetCorrectiveAction("加快合同签订与支付").
			SetProjectID(e.project.ID).SetTargetID(e.target.ID).SaveX(ctx)
		ind := e.client.Indicator.Query().Where(indicator.TargetID(e.target.ID), indicator.Name("维修学校数")).OnlyX(ctx)
		e.client.IndicatorProgress.Create().SetMonitoringID(m.ID).SetIndicatorID(ind.ID).SetCompletedToDate(dec("5")).
			SetExpectedFullYear(dec("12")).SetReason("FUNDING").SetReasonText("资金下达较晚").SetLikelihood("CERTAIN").
			SetWarningLevel("YELLOW").ExecX(ctx)

		path := fmt.Sprintf("/export/monitorings/%d.xlsx", m.ID)
		status, header, body := e.get("dept", path)
		if status != 200 || !strings.Contains(header.Get("Content-Disposition"), "attachment") {
			t.Fatalf("export: %d %s", status, body)
		}
		text := sheetText(t, body, "监控表")
		for _, want := range []string{"项目支出绩效目标执行监控表", e.project.Name, "1—6月", "1200000", "480000", "0.4", "0.5",
			"维修学校数", "≥12所", "5所", "经费保障：资金下达较晚", "确定能", "黄色预警", "加快合同签订与支付", "校舍安全状况"} {
			if !strings.Contains(text, want) {
				t.Errorf("监控表 lacks %q: %s", want, text)
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

// TestDepartmentReport: the 部门绩效报告 of a year gathers targets,
// monitoring, evaluations, rectifications and budget links of the department
// and its units; other departments get 404.
func TestDepartmentReport(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		e := newEnv(t, url)
		ctx := allow()
		unit := e.client.Department.Create().SetCode("115001001").SetName("市第一中学").SetRegion("市本级").
			SetSector("EDUCATION").SetParentID(e.dep.ID).SaveX(ctx)
		p := e.newProject("2026-JY-009", unit.ID)
		e.client.Target.Create().SetFiscalYear(2026).SetGoal("改善实验室条件").SetProjectID(p.ID).SetDepartmentID(unit.ID).ExecX(ctx)
		f := e.publishResults()
		e.client.Monitoring.Create().SetFiscalYear(2026).SetMonth(9).SetBudget(money.Yuan(1200000)).
			SetPaidToDate(money.Yuan(300000)).SetWarningLevel("RED").SetProjectID(e.project.ID).ExecX(ctx)
		e.client.Rectification.Create().SetProblem("支付进度慢").SetRequiredAction("按月调度支付").SetDepartmentID(e.dep.ID).
			SetDeadline(time.Date(2027, 6, 30, 15, 59, 59, 0, time.UTC)).SetEvaluationID(f.published.ID).ExecX(ctx)

		path := fmt.Sprintf("/export/departments/%d/2026.xlsx", e.dep.ID)
		status, _, body := e.get("dept", path)
		if status != 200 {
			t.Fatalf("report: %d %s", status, body)
		}
		for sheet, wants := range map[string][]string{
			"概况":   {"市教育局 2026年度部门绩效报告", "1200000", "1 / 2", "1 / 0"},
			"绩效目标": {e.project.Code, "已批复", "改善实验室条件", "市第一中学", "草稿"},
			"绩效监控": {"1—9月", "红色预警"},
			"评价结果": {"单位自评", "86.5", "良", "已公开", "已复核", "支付进度偏慢"},
			"整改":   {"支付进度慢", "按月调度支付", "2027-06-30", "待整改"},
			"结果应用": {"压减", "100000", "是"},
		} {
			text := sheetText(t, body, sheet)
			for _, want := range wants {
				if !strings.Contains(text, want) {
					t.Errorf("%s lacks %q: %s", sheet, want, text)
				}
			}
		}
		// The other department's published evaluation is not in this report.
		if text := sheetText(t, body, "评价结果"); strings.Contains(text, "基层医疗设备购置") {
			t.Errorf("another department's evaluation in the report: %s", text)
		}
		if status, _, body := e.get("otherdept", path); status != 404 || errorCode(t, body) != "NOT_FOUND" {
			t.Errorf("other department: %d %s", status, body)
		}
		if status, _, _ := e.get("admin", path); status != 200 {
			t.Errorf("admin: %d", status)
		}
		{
			status, header, body := e.get("dept", fmt.Sprintf("/export/departments/%d/2026.pdf", e.dep.ID))
			text := pdfreport.Text(body)
			if status != 200 || header.Get("Content-Type") != "application/pdf" {
				t.Fatalf("pdf: %d %.200s", status, body)
			}
			for _, want := range []string{"市教育局 2026年度部门绩效报告", "绩效目标", "改善实验室条件", "红色预警", "86.50", "支付进度慢", "压减", "第 2 页"} {
				if !strings.Contains(text, want) {
					t.Errorf("the report PDF lacks %q:\n%s", want, text)
				}
			}
		}
		if status, _, _ := e.get("dept", fmt.Sprintf("/export/departments/%d/1999.xlsx", e.dep.ID)); status != 404 {
			t.Errorf("year 1999: %d", status)
		}
	})
}

// TestEvaluationReportPDF: the 评价报告 is a PDF whose text holds the
// project, total and grade, for readers of the evaluation only.
func TestEvaluationReportPDF(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		e := newEnv(t, url)
		f := e.publishResults()
		path := fmt.Sprintf("/export/evaluations/%d.pdf", f.published.ID)
		status, header, body := e.get("dept", path)
		if status != 200 || header.Get("Content-Type") != "application/pdf" {
			t.Fatalf("pdf: %d %v %.200s", status, header, body)
		}
		text := pdfreport.Text(body)
		for _, want := range []string{"项目支出绩效自评报告", e.project.Name, "市教育局", "86.50", "良", "支付进度偏慢，86.5", "加快支付"} {
			if !strings.Contains(text, want) {
				t.Errorf("the report's text lacks %q:\n%s", want, text)
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
