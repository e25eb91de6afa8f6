package forms

import (
	"fmt"
	"io"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"jixiao/internal/domain/money"
)

// EvaluationForm is one 项目支出绩效自评表 (or 评价评分表 of a third-party evaluation).
type EvaluationForm struct {
	Title                     string // 项目支出绩效自评表 / 绩效评价评分表
	FiscalYear                int
	ProjectCode, ProjectName  string
	DepartmentName            string
	Budget, Paid              *money.Money
	Total                     *decimal.Decimal
	Grade                     string // 优 / 良 / 中 / 差, or empty before computing
	Findings, Recommendations string
	Items                     []ScoreRow
}

// ScoreRow is one item of the scoring sheet.
type ScoreRow struct {
	Level               int
	Name                string
	TargetValue, Actual string // the indicator's target and actual value, as shown
	Weight              decimal.Decimal
	Score               *decimal.Decimal
	Explanation         string
}

// WriteEvaluation writes the scoring sheet of one evaluation: facts, the
// items with their points, scores and explanations, total, grade, findings.
func WriteEvaluation(w io.Writer, form EvaluationForm) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	sheet := "自评表"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	if err := pageSetup(f, sheet, 6, 6); err != nil {
		return err
	}
	header := []string{"序号", "评分项", "指标值", "实际完成值", "分值", "得分", "得分说明"}
	widths := []float64{6, 34, 14, 14, 8, 8, 40}
	for i, wd := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, col, col, wd); err != nil {
			return err
		}
	}
	set := func(cell string, v any, style int) {
		_ = f.SetCellValue(sheet, cell, v)
		_ = f.SetCellStyle(sheet, cell, cell, style)
	}
	span := func(from, to string, v any, style int) {
		set(from, v, style)
		_ = f.SetCellStyle(sheet, from, to, style)
		_ = f.MergeCell(sheet, from, to)
	}
	span("A1", "G1", form.Title, st.title)
	span("A2", "G2", fmt.Sprintf("（%d年度）", form.FiscalYear), st.subtitle)
	set("A3", "项目名称", st.label)
	span("B3", "D3", form.ProjectName, st.text)
	set("E3", "项目编码", st.label)
	span("F3", "G3", form.ProjectCode, st.text)
	set("A4", "主管部门", st.label)
	span("B4", "G4", form.DepartmentName, st.text)
	set("A5", "全年预算数（元）", st.label)
	set("B5", amount(form.Budget), st.amount)
	set("C5", "全年执行数（元）", st.label)
	set("D5", amount(form.Paid), st.amount)
	set("E5", "执行率", st.label)
	rate := any(nil)
	if form.Budget != nil && form.Paid != nil && *form.Budget > 0 {
		rate = fmt.Sprintf("%s%%", form.Paid.Decimal().Mul(decimal.NewFromInt(100)).Div(form.Budget.Decimal()).StringFixed(2))
	}
	span("F5", "G5", rate, st.center)
	for i, h := range header {
		col, _ := excelize.ColumnNumberToName(i + 1)
		set(col+"6", h, st.header)
	}
	_ = f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 6, TopLeftCell: "A7", ActivePane: "bottomLeft"})
	r := 7
	for i, it := range form.Items {
		name := it.Name
		for range max(0, it.Level-1) {
			name = "　" + name // indent sub-items by their level
		}
		set(fmt.Sprintf("A%d", r), i+1, st.center)
		set(fmt.Sprintf("B%d", r), name, st.text)
		set(fmt.Sprintf("C%d", r), it.TargetValue, st.center)
		set(fmt.Sprintf("D%d", r), it.Actual, st.center)
		set(fmt.Sprintf("E%d", r), number(&it.Weight), st.weight)
		set(fmt.Sprintf("F%d", r), number(it.Score), st.weight)
		set(fmt.Sprintf("G%d", r), it.Explanation, st.wrap)
		r++
	}
	set(fmt.Sprintf("A%d", r), "总分", st.label)
	span(fmt.Sprintf("B%d", r), fmt.Sprintf("E%d", r), "", st.text)
	span(fmt.Sprintf("F%d", r), fmt.Sprintf("G%d", r), number(form.Total), st.weight)
	r++
	set(fmt.Sprintf("A%d", r), "评价等级", st.label)
	span(fmt.Sprintf("B%d", r), fmt.Sprintf("G%d", r), form.Grade, st.text)
	for _, row := range []struct{ label, text string }{{"存在问题", form.Findings}, {"意见建议", form.Recommendations}} {
		r++
		set(fmt.Sprintf("A%d", r), row.label, st.label)
		span(fmt.Sprintf("B%d", r), fmt.Sprintf("G%d", r), row.text, st.wrap)
		_ = f.SetRowHeight(sheet, r, goalHeight(row.text))
	}
	return f.Write(w)
}
