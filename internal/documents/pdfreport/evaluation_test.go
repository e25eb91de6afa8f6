package pdfreport

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/internal/documents/forms"
	"jixiao/internal/domain/money"
)

// TestEvaluationReport: the PDF holds the project, the items, the total,
// the grade and the findings, readable as text.
func TestEvaluationReport(t *testing.T) {
	d := func(s string) *decimal.Decimal { v := decimal.RequireFromString(s); return &v }
	budget, paid := money.Yuan(1200000), money.Yuan(1020000)
	e := Evaluation{EvaluationForm: forms.EvaluationForm{Title: "项目支出绩效自评表", FiscalYear: 2026,
		ProjectCode: "2026-JY-001", ProjectName: "中小学校舍维修改造", DepartmentName: "市教育局",
		Budget: &budget, Paid: &paid, Total: d("86.5"), Grade: "良", Findings: "支付进度偏慢（第三季度）", Recommendations: "加快支付",
		Items: []forms.ScoreRow{
			{Level: 1, Name: "预算执行率", Weight: *d("10"), Score: d("8.5"), Explanation: "执行率 85.00%"},
			{Level: 2, Name: "维修学校数", TargetValue: "12所", Actual: "11所", Weight: *d("20"), Score: d("18.33"), Explanation: "完成 11 所，未达目标"},
		}},
		Kind: "单位自评", Status: "已公开", Report: strings.Repeat("项目按计划实施。", 200), Generated: time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)}
	var buf bytes.Buffer
	if err := WriteEvaluation(&buf, e); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", buf.Bytes()[:20])
	}
	text := Text(buf.Bytes())
	for _, want := range []string{"项目支出绩效自评报告", "中小学校舍维修改造", "市教育局", "86.50", "良", "维修学校数", "18.33",
		"完成 11 所，未达目标", "支付进度偏慢（第三季度）", "加快支付", "2027年3月1日", "第 2 页"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %q:\n%s", want, text)
		}
	}
	if buf.Len() > 600<<10 {
		t.Errorf("the report is %d KiB: the font is not subset", buf.Len()>>10)
	}
	t.Logf("report: %d KiB", buf.Len()>>10)
}

func TestFirstFontOfCollection(t *testing.T) {
	plain := []byte("\x00\x01\x00\x00rest")
	if got, _ := firstFont(plain); !bytes.Equal(got, plain) {
		t.Error("a TrueType file is not returned as is")
	}
	if _, err := firstFont([]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\xff\xff")); err == nil {
		t.Error("a truncated collection was accepted")
	}
}
