package forms

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// DepartmentReport is the annual 部门绩效报告 of a department and its
// subordinate units: a summary, then one sheet per stage of the closed loop
// (targets, monitoring, evaluations, rectifications, budget links).
type DepartmentReport struct {
	FiscalYear     int
	DepartmentCode string
	DepartmentName string
	Summary        []Fact  // 概况: label and value
	Sheets         []Table // 绩效目标, 绩效监控, 评价结果, 整改, 结果应用
}

// Fact is one line of the summary.
type Fact struct {
	Label string
	Value any
	Kind  CellKind
}

// Table is one sheet of the report.
type Table struct {
	Name    string
	Columns []Column
	Rows    [][]any
}

// Column is a table column with its width and cell kind.
type Column struct {
	Title string
	Width float64
	Kind  CellKind
}

// CellKind chooses a cell's format.
type CellKind int

// Cell kinds.
const (
	Text CellKind = iota
	Wrapped
	Centered
	Amount  // yuan, #,##0.00
	Score   // 0.00
	Percent // 0.00%
)

// WriteDepartmentReport writes the report, each table streamed row by row.
func WriteDepartmentReport(w io.Writer, rep DepartmentReport) error {
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
	style := map[CellKind]int{Text: st.text, Wrapped: st.wrap, Centered: st.center, Amount: st.amount, Score: st.weight, Percent: pct}
	title := fmt.Sprintf("%s %d年度部门绩效报告", rep.DepartmentName, rep.FiscalYear)

	summary := "概况"
	if err := f.SetSheetName("Sheet1", summary); err != nil {
		return err
	}
	if err := pageSetup(f, summary, 3, 3); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(summary)
	if err != nil {
		return err
	}
	if err := sw.SetColWidth(1, 1, 28); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 2, 40); err != nil {
		return err
	}
	cell := func(s int, v any) excelize.Cell { return excelize.Cell{StyleID: s, Value: v} }
	steps := []func() error{
		func() error {
			return sw.SetRow("A1", []any{cell(st.title, title), cell(st.title, nil)}, excelize.RowOpts{Height: 32})
		},
		func() error { return sw.MergeCell("A1", "B1") },
		func() error {
			return sw.SetRow("A2", []any{cell(st.subtitle, fmt.Sprintf("部门编码：%s", rep.DepartmentCode)), cell(st.subtitle, nil)})
		},
		func() error { return sw.MergeCell("A2", "B2") },
		func() error { return sw.SetRow("A3", []any{cell(st.header, "项目"), cell(st.header, "内容")}) },
	}
	for i, fact := range rep.Summary {
		steps = append(steps, func() error {
			return sw.SetRow(fmt.Sprintf("A%d", 4+i), []any{cell(st.label, fact.Label), cell(style[fact.Kind], fact.Value)})
		})
	}
	steps = append(steps, sw.Flush)
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	for _, t := range rep.Sheets {
		if err := writeTable(f, st, style, title, t); err != nil {
			return err
		}
	}
	return f.Write(w)
}

// writeTable writes one sheet: the report's title, the table's name, a header
// row repeated on every printed page, and the rows.
func writeTable(f *excelize.File, st styles, style map[CellKind]int, title string, t Table) error {
	if _, err := f.NewSheet(t.Name); err != nil {
		return err
	}
	if err := pageSetup(f, t.Name, 3, 3); err != nil {
		return err
	}
	landscape := "landscape"
	if err := f.SetPageLayout(t.Name, &excelize.PageLayoutOptions{Orientation: &landscape}); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(t.Name)
	if err != nil {
		return err
	}
	last, _ := excelize.ColumnNumberToName(len(t.Columns))
	for i, c := range t.Columns {
		if err := sw.SetColWidth(i+1, i+1, c.Width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 3, TopLeftCell: "A4", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	banner := func(r int, s int, v string, height float64) error {
		cells := make([]any, len(t.Columns))
		cells[0] = excelize.Cell{StyleID: s, Value: v}
		for i := 1; i < len(cells); i++ {
			cells[i] = excelize.Cell{StyleID: s}
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", r), cells, excelize.RowOpts{Height: height}); err != nil {
			return err
		}
		return sw.MergeCell(fmt.Sprintf("A%d", r), fmt.Sprintf("%s%d", last, r))
	}
	if err := banner(1, st.title, title, 28); err != nil {
		return err
	}
	if err := banner(2, st.subtitle, t.Name, 20); err != nil {
		return err
	}
	header := make([]any, len(t.Columns))
	for i, c := range t.Columns {
		header[i] = excelize.Cell{StyleID: st.header, Value: c.Title}
	}
	if err := sw.SetRow("A3", header); err != nil {
		return err
	}
	for r, row := range t.Rows {
		cells := make([]any, len(t.Columns))
		for i, c := range t.Columns {
			var v any
			if i < len(row) {
				v = row[i]
			}
			cells[i] = excelize.Cell{StyleID: style[c.Kind], Value: v}
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", 4+r), cells); err != nil {
			return err
		}
	}
	if len(t.Rows) == 0 {
		if err := banner(4, st.center, "（无）", 20); err != nil {
			return err
		}
	}
	return sw.Flush()
}
