package pdfreport

import (
	"fmt"
	"io"
	"time"

	"github.com/go-pdf/fpdf"
	"github.com/shopspring/decimal"

	"jixiao/internal/documents/forms"
	"jixiao/internal/domain/beijing"
	"jixiao/internal/domain/money"
)

// Evaluation is what the 评价报告 of one evaluation shows: the scoring
// sheet's facts and items, with the kind, status and report text.
type Evaluation struct {
	forms.EvaluationForm
	Kind, Status string // as shown: 单位自评, 已公开 …
	Report       string // 评价报告正文
	Generated    time.Time
	// LowShare is the share of its points below which an item's bar is red:
	// the 中 grade's line of the evaluation's rule set (GradeFair ÷ 100).
	LowShare decimal.Decimal
}

const (
	family  = "cjk"
	margin  = 18.0
	pageW   = 210.0
	bodyW   = pageW - 2*margin
	lineH   = 6.0
	barArea = 110.0 // width of a chart's bars, mm
)

// WriteEvaluation writes the report: a cover, the project's facts, charts of
// execution and indicator completion, the scoring table with each item's
// explanation, the total and grade, findings, recommendations and the text.
func WriteEvaluation(w io.Writer, e Evaluation) error {
	ttf, err := Font()
	if err != nil {
		return err
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(family, "", ttf)
	pdf.SetTitle(e.Title+" "+e.ProjectName, true)
	pdf.SetCreator("Jixiao", true)
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(true, margin)
	pdf.SetFooterFunc(func() {
		if pdf.PageNo() == 1 {
			return
		}
		pdf.SetY(-12)
		pdf.SetFont(family, "", 9)
		pdf.CellFormat(0, 5, fmt.Sprintf("第 %d 页", pdf.PageNo()), "", 0, "C", false, 0, "")
	})
	title := "绩效评价报告"
	if e.Kind == "单位自评" {
		title = "项目支出绩效自评报告"
	}
	cover(pdf, title, e)
	pdf.AddPage()
	heading(pdf, "一、项目基本情况")
	facts := [][2]string{
		{"项目名称", e.ProjectName}, {"项目编码", e.ProjectCode}, {"主管部门", e.DepartmentName},
		{"预算年度", fmt.Sprintf("%d", e.FiscalYear)}, {"评价类型", e.Kind}, {"评价状态", e.Status},
		{"全年预算数（元）", yuanText(e.Budget)}, {"全年执行数（元）", yuanText(e.Paid)}, {"预算执行率", rateText(e)},
	}
	for _, f := range facts {
		pdf.SetFont(family, "", 10.5)
		pdf.SetFillColor(242, 242, 242)
		pdf.CellFormat(45, 8, f[0], "1", 0, "C", true, 0, "")
		pdf.CellFormat(bodyW-45, 8, f[1], "1", 1, "L", false, 0, "")
	}
	heading(pdf, "二、预算执行与指标完成情况")
	executionChart(pdf, e)
	completionChart(pdf, e)
	heading(pdf, "三、评分情况")
	scoreTable(pdf, e)
	heading(pdf, "四、评价结论")
	paragraph(pdf, fmt.Sprintf("总分 %s 分，评价等级：%s。", scoreText(e.Total), orDash(e.Grade)))
	heading(pdf, "五、存在问题")
	paragraph(pdf, orDash(e.Findings))
	heading(pdf, "六、意见建议")
	paragraph(pdf, orDash(e.Recommendations))
	if e.Report != "" {
		heading(pdf, "七、评价报告正文")
		paragraph(pdf, e.Report)
	}
	if err := pdf.Error(); err != nil {
		return err
	}
	return pdf.Output(w)
}

func cover(pdf *fpdf.Fpdf, title string, e Evaluation) {
	pdf.AddPage()
	pdf.SetY(70)
	pdf.SetFont(family, "", 26)
	pdf.CellFormat(0, 14, title, "", 1, "C", false, 0, "")
	pdf.Ln(16)
	pdf.SetFont(family, "", 14)
	for _, line := range []string{e.ProjectName, fmt.Sprintf("（%d年度）", e.FiscalYear)} {
		pdf.MultiCell(0, 9, line, "", "C", false)
	}
	pdf.SetY(200)
	pdf.SetFont(family, "", 12)
	for _, line := range []string{"主管部门：" + e.DepartmentName, "评价类型：" + e.Kind,
		"报告日期：" + e.Generated.In(beijing.Location).Format("2006年1月2日")} {
		pdf.CellFormat(0, 8, line, "", 1, "C", false, 0, "")
	}
}

func heading(pdf *fpdf.Fpdf, text string) {
	pdf.Ln(4)
	pdf.SetFont(family, "", 13)
	pdf.CellFormat(0, 9, text, "", 1, "L", false, 0, "")
	pdf.SetFont(family, "", 10.5)
}

func paragraph(pdf *fpdf.Fpdf, text string) {
	pdf.SetFont(family, "", 10.5)
	pdf.MultiCell(0, lineH, text, "", "L", false)
}

// executionChart draws the budget and what was paid as two bars.
func executionChart(pdf *fpdf.Fpdf, e Evaluation) {
	if e.Budget == nil || e.Paid == nil || *e.Budget <= 0 {
		paragraph(pdf, "（无预算数据）")
		return
	}
	pdf.SetFont(family, "", 10)
	pdf.CellFormat(0, 7, "预算执行（元）", "", 1, "L", false, 0, "")
	top := decimal.Max(e.Budget.Decimal(), e.Paid.Decimal())
	for _, b := range []struct {
		label string
		value decimal.Decimal
		r     int
	}{{"预算数", e.Budget.Decimal(), 31}, {"执行数", e.Paid.Decimal(), 35}} {
		bar(pdf, b.label, b.value.Div(top).InexactFloat64(), b.value.StringFixed(2), [3]int{b.r, 95, 168})
	}
	pdf.Ln(2)
}

// completionChart draws each scored item's share of its points.
func completionChart(pdf *fpdf.Fpdf, e Evaluation) {
	pdf.SetFont(family, "", 10)
	pdf.CellFormat(0, 7, "各评分项得分率（得分 ÷ 分值）", "", 1, "L", false, 0, "")
	shown := 0
	for _, it := range e.Items {
		if it.Score == nil || !it.Weight.IsPositive() {
			continue
		}
		ratio := it.Score.Div(it.Weight).InexactFloat64()
		colour := [3]int{35, 120, 4}
		if it.Score.LessThan(it.Weight.Mul(e.LowShare)) {
			colour = [3]int{185, 28, 28}
		}
		bar(pdf, it.Name, ratio, fmt.Sprintf("%s/%s", it.Score.String(), it.Weight.String()), colour)
		shown++
	}
	if shown == 0 {
		paragraph(pdf, "（尚无得分）")
	}
	pdf.Ln(2)
}

func bar(pdf *fpdf.Fpdf, label string, ratio float64, value string, rgb [3]int) {
	ratio = min(max(ratio, 0), 1)
	pdf.SetFont(family, "", 9)
	if r := []rune(label); len(r) > 14 {
		label = string(r[:13]) + "…"
	}
	y := pdf.GetY()
	pdf.CellFormat(42, 6, label, "", 0, "R", false, 0, "")
	x := pdf.GetX() + 2
	pdf.SetFillColor(rgb[0], rgb[1], rgb[2])
	if ratio > 0 {
		pdf.Rect(x, y+1, barArea*ratio, 4, "F")
	}
	pdf.SetX(x + barArea*ratio + 2)
	pdf.CellFormat(0, 6, value, "", 1, "L", false, 0, "")
}

// scoreTable lists the items: number, name, target, actual, points, score,
// and the explanation on a line of its own.
func scoreTable(pdf *fpdf.Fpdf, e Evaluation) {
	widths := []float64{10, 62, 26, 26, 25, 25}
	header := []string{"序号", "评分项", "指标值", "实际完成值", "分值", "得分"}
	pdf.SetFont(family, "", 10)
	pdf.SetFillColor(242, 242, 242)
	for i, h := range header {
		pdf.CellFormat(widths[i], 8, h, "1", 0, "C", true, 0, "")
	}
	pdf.Ln(-1)
	for i, it := range e.Items {
		pdf.SetFont(family, "", 9.5)
		cells := []string{fmt.Sprint(i + 1), it.Name, it.TargetValue, it.Actual, it.Weight.String(), scoreText(it.Score)}
		lines := 1
		for j, c := range cells {
			lines = max(lines, len(pdf.SplitText(c, widths[j]-2)))
		}
		h := float64(lines) * 5
		if pdf.GetY()+h+5 > 297-margin {
			pdf.AddPage()
		}
		x, y := pdf.GetX(), pdf.GetY()
		for j, c := range cells {
			pdf.Rect(x, y, widths[j], h, "D")
			pdf.SetXY(x+1, y)
			align := "C"
			if j == 1 {
				align = "L"
			}
			pdf.MultiCell(widths[j]-2, 5, c, "", align, false)
			x += widths[j]
		}
		pdf.SetXY(margin, y+h)
		if it.Explanation != "" {
			pdf.SetFont(family, "", 8.5)
			pdf.SetTextColor(80, 80, 80)
			pdf.MultiCell(bodyW, 4.5, "说明："+it.Explanation, "LRB", "L", false)
			pdf.SetTextColor(0, 0, 0)
		}
	}
	pdf.SetFont(family, "", 10.5)
	pdf.CellFormat(widths[0]+widths[1]+widths[2]+widths[3]+widths[4], 8, "总分", "1", 0, "C", true, 0, "")
	pdf.CellFormat(widths[5], 8, scoreText(e.Total), "1", 1, "C", false, 0, "")
	pdf.CellFormat(widths[0]+widths[1]+widths[2]+widths[3]+widths[4], 8, "评价等级", "1", 0, "C", true, 0, "")
	pdf.CellFormat(widths[5], 8, orDash(e.Grade), "1", 1, "C", false, 0, "")
}

func scoreText(d *decimal.Decimal) string {
	if d == nil {
		return "—"
	}
	return d.StringFixed(2)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func yuanText(m *money.Money) string {
	if m == nil {
		return "—"
	}
	return m.String()
}

func rateText(e Evaluation) string {
	if e.Budget == nil || e.Paid == nil || *e.Budget <= 0 {
		return "—"
	}
	return e.Paid.Decimal().Mul(decimal.NewFromInt(100)).Div(e.Budget.Decimal()).StringFixed(2) + "%"
}
