package forms

import (
	"fmt"
	"io"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
)

// MonitoringForm is one 项目支出绩效目标执行监控表 (财预〔2020〕10号): a
// project's execution against time progress and each indicator's progress at
// the end of a month.
type MonitoringForm struct {
	FiscalYear, Month        int
	ProjectCode, ProjectName string
	DepartmentName           string
	Goal                     string
	Budget, Paid             money.Money
	TimeProgress             decimal.Decimal // 0..1
	Warning                  string          // 预警等级, as shown
	CorrectiveAction, Note   string
	Recommendation           string // 继续 / 调整 / 暂缓 / 终止
	Items                    []ProgressRow
}

// ProgressRow is one indicator's line of the 监控表.
type ProgressRow struct {
	Category            enums.IndicatorCategory
	Subcategory         enums.Subcategory
	Name                string
	Target              string // the year's target value, as shown (comparator, value, unit)
	ToDate, Expected    string // completed to date and expected for the year, as shown
	Reason              string // 偏差原因 (category and explanation)
	Likelihood, Warning string
}

// WriteMonitoring writes the 监控表 of one monitoring record on one A4
// landscape sheet: facts, funds against time progress, the indicators'
// progress with deviation reasons and likelihood, corrective actions.
func WriteMonitoring(w io.Writer, form MonitoringForm) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	percent := "0.00%"
	pct, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: "宋体", Size: 10.5}, CustomNumFmt: &percent,
		Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"},
		Border: []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
			{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}})
	if err != nil {
		return err
	}
	sheet := "监控表"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	const header = 9 // the indicator table's header row
	if err := pageSetup(f, sheet, header, header); err != nil {
		return err
	}
	landscape := "landscape"
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape}); err != nil {
		return err
	}
	for i, wd := range []float64{6, 12, 14, 26, 16, 16, 16, 26, 12, 12} {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, col, col, wd); err != nil {
			return err
		}
	}
	var firstErr error
	keep := func(err error) {
		if err != nil && firstErr == nil {
			firstErr = err
		}
	}
	set := func(cell string, v any, style int) {
		keep(f.SetCellValue(sheet, cell, v))
		keep(f.SetCellStyle(sheet, cell, cell, style))
	}
	span := func(from, to string, v any, style int) {
		set(from, v, style)
		keep(f.SetCellStyle(sheet, from, to, style))
		keep(f.MergeCell(sheet, from, to))
	}
	months := fmt.Sprintf("1—%d月", form.Month)
	span("A1", "J1", "项目支出绩效目标执行监控表", st.title)
	span("A2", "J2", fmt.Sprintf("（%d年%s）", form.FiscalYear, months), st.subtitle)
	set("A3", "项目名称", st.label)
	span("B3", "F3", form.ProjectName, st.text)
	set("G3", "项目编码", st.label)
	span("H3", "J3", form.ProjectCode, st.text)
	set("A4", "主管部门", st.label)
	span("B4", "F4", form.DepartmentName, st.text)
	set("G4", "预警等级", st.label)
	span("H4", "J4", form.Warning, st.center)
	// Funds: the year's budget, what was paid to the end of the month, the
	// execution rate against time progress (序时进度) and their gap.
	span("A5", "A6", "项目资金", st.label)
	for i, h := range []string{"年度预算数（元）", months + "执行数（元）", months + "执行率", "序时进度", "执行偏差", "处理建议"} {
		col, _ := excelize.ColumnNumberToName(2 + i)
		last := col
		if i == 5 {
			last = "J"
		}
		span(col+"5", last+"5", h, st.header)
	}
	set("B6", amount(&form.Budget), st.amount)
	set("C6", amount(&form.Paid), st.amount)
	rate := decimal.Zero
	if form.Budget > 0 {
		rate = form.Paid.Decimal().Div(form.Budget.Decimal()).Round(4)
	}
	set("D6", rate.InexactFloat64(), pct)
	set("E6", form.TimeProgress.InexactFloat64(), pct)
	set("F6", rate.Sub(form.TimeProgress).InexactFloat64(), pct)
	span("G6", "J6", form.Recommendation, st.center)
	set("A7", "年度总体目标", st.label)
	span("B7", "J7", form.Goal, st.wrap)
	keep(f.SetRowHeight(sheet, 7, goalHeight(form.Goal)))
	span("A8", "J8", "绩效指标执行情况", st.header)
	for i, h := range []string{"序号", "一级指标", "二级指标", "三级指标", "年度指标值", months + "执行情况", "全年预计完成情况", "偏差原因分析", "完成目标可能性", "预警"} {
		col, _ := excelize.ColumnNumberToName(i + 1)
		set(fmt.Sprintf("%s%d", col, header), h, st.header)
	}
	keep(f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: header, TopLeftCell: fmt.Sprintf("A%d", header+1), ActivePane: "bottomLeft"}))
	r := header + 1
	for i, it := range form.Items {
		for j, v := range []any{i + 1, categoryLabels[it.Category], enums.Subcategory("").Labels()[string(it.Subcategory)].ZH,
			it.Name, it.Target, it.ToDate, it.Expected, it.Reason, it.Likelihood, it.Warning} {
			col, _ := excelize.ColumnNumberToName(j + 1)
			style := st.center
			if j == 3 || j == 7 {
				style = st.wrap
			}
			set(fmt.Sprintf("%s%d", col, r), v, style)
		}
		r++
	}
	for _, row := range []struct{ label, text string }{{"纠偏措施", form.CorrectiveAction}, {"情况说明", form.Note}} {
		set(fmt.Sprintf("A%d", r), row.label, st.label)
		span(fmt.Sprintf("B%d", r), fmt.Sprintf("J%d", r), row.text, st.wrap)
		keep(f.SetRowHeight(sheet, r, goalHeight(row.text)))
		r++
	}
	if firstErr != nil {
		return firstErr
	}
	return f.Write(w)
}
