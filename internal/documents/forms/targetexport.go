package forms

import (
	"fmt"
	"io"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
)

// blankRows is how many empty indicator rows the template offers, and how far
// below the last indicator the drop-downs reach.
const blankRows = 30

// WriteTargets writes one sheet per form, streamed row by row (constant memory
// per row whatever the number of indicators).
func WriteTargets(w io.Writer, forms []TargetForm) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	names := map[string]bool{}
	for i, form := range forms {
		name := sheetName(form.ProjectCode, i, names)
		if i == 0 {
			err = f.SetSheetName("Sheet1", name)
		} else {
			_, err = f.NewSheet(name)
		}
		if err != nil {
			return err
		}
		if err := writeTarget(f, st, name, form, 0); err != nil {
			return err
		}
	}
	return f.Write(w)
}

// WriteTemplate writes an empty 申报表 with drop-downs, for a year.
func WriteTemplate(w io.Writer, fiscalYear int) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	name := "申报表"
	if err := f.SetSheetName("Sheet1", name); err != nil {
		return err
	}
	if err := writeTarget(f, st, name, TargetForm{FiscalYear: fiscalYear}, blankRows); err != nil {
		return err
	}
	return f.Write(w)
}

// sheetName is the project code made a valid, unique sheet name.
func sheetName(code string, i int, used map[string]bool) string {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\'`, r) {
			return '_'
		}
		return r
	}, code)
	if r := []rune(name); len(r) > 28 {
		name = string(r[:28])
	}
	if name == "" || used[name] {
		name = fmt.Sprintf("%s(%d)", name, i+1)
	}
	used[name] = true
	return name
}

// writeTarget lays out one form; blank adds empty indicator rows.
func writeTarget(f *excelize.File, st styles, sheet string, form TargetForm, blank int) error {
	last := firstRow + len(form.Indicators) + blank - 1
	// Sheet-level settings go in before streaming: the stream writer keeps them.
	if err := pageSetup(f, sheet, rowBanner, rowHeader); err != nil {
		return err
	}
	if err := dropDowns(f, sheet, last+blankRows); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	for i, width := range []float64{6, 12, 16, 30, 8, 14, 10, 8, 16} {
		if err := sw.SetColWidth(i+1, i+1, width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: rowHeader, TopLeftCell: fmt.Sprintf("A%d", firstRow), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	c := func(style int, v any) excelize.Cell { return excelize.Cell{StyleID: style, Value: v} }
	row := func(r int, height float64, cells ...excelize.Cell) error {
		values := make([]any, len(cells))
		for i := range cells {
			values[i] = cells[i]
		}
		return sw.SetRow(fmt.Sprintf("A%d", r), values, excelize.RowOpts{Height: height})
	}
	merge := func(from, to string) error { return sw.MergeCell(from, to) }
	year := ""
	if form.FiscalYear > 0 {
		year = fmt.Sprint(form.FiscalYear)
	}
	term := "年度"
	if form.MidTerm {
		term = "中期"
	}
	// pair writes "label | value(B:E) | label | value(G:I)".
	pair := func(r int, l1 string, v1 any, s1 int, l2 string, v2 any, s2 int) error {
		if err := row(r, 22, c(st.label, l1), c(s1, v1), c(s1, nil), c(s1, nil), c(s1, nil),
			c(st.label, l2), c(s2, v2), c(s2, nil), c(s2, nil)); err != nil {
			return err
		}
		if err := merge(fmt.Sprintf("B%d", r), fmt.Sprintf("E%d", r)); err != nil {
			return err
		}
		return merge(fmt.Sprintf("G%d", r), fmt.Sprintf("I%d", r))
	}
	steps := []func() error{
		func() error { return row(rowTitle, 32, c(st.title, titleText)) },
		func() error { return merge("A1", lastColumn+"1") },
		func() error { return row(rowYear, 20, c(st.subtitle, "（"+year+"年度）")) },
		func() error { return merge("A2", lastColumn+"2") },
		func() error {
			return pair(rowProject, "项目名称", form.ProjectName, st.text, "项目编码", form.ProjectCode, st.text)
		},
		func() error {
			return pair(rowDepartment, "主管部门", form.DepartmentName, st.text, "部门编码", form.DepartmentCode, st.text)
		},
		func() error {
			return pair(rowCategory, "项目类别", form.Category, st.text, "目标期限", term, st.center)
		},
		// 申请金额 is the department's request; 预算安排 what the budget granted (both in yuan).
		func() error {
			return pair(rowAmounts, "申请金额（元）", amount(form.Requested), st.amount, "预算安排（元）", amount(form.Allocated), st.amount)
		},
		func() error {
			cells := []excelize.Cell{c(st.label, "年度总体目标"), c(st.wrap, form.Goal)}
			for range 7 {
				cells = append(cells, c(st.wrap, nil))
			}
			return row(rowGoal, goalHeight(form.Goal), cells...)
		},
		func() error { return merge(fmt.Sprintf("B%d", rowGoal), fmt.Sprintf("I%d", rowGoal)) },
		func() error {
			cells := []excelize.Cell{c(st.header, "绩效指标")}
			for range 8 {
				cells = append(cells, c(st.header, nil))
			}
			return row(rowBanner, 20, cells...)
		},
		func() error { return merge(fmt.Sprintf("A%d", rowBanner), fmt.Sprintf("I%d", rowBanner)) },
		func() error {
			cells := make([]excelize.Cell, len(columns))
			for i, h := range columns {
				cells[i] = c(st.header, h)
			}
			return row(rowHeader, 22, cells...)
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	for i, ind := range form.Indicators {
		r := firstRow + i
		var value any
		if ind.Comparator == enums.ComparatorQualitative {
			value = ind.Text
		} else {
			value = number(ind.Value)
		}
		err := row(r, 0, c(st.center, i+1), c(st.center, categoryLabels[ind.Category]),
			c(st.center, enums.Subcategory("").Labels()[string(ind.Subcategory)].ZH), c(st.text, ind.Name),
			c(st.center, comparatorLabels[ind.Comparator]), c(st.number, value), c(st.center, ind.Unit),
			c(st.weight, number(&ind.Weight)), c(st.center, standardLabel(ind.Standard)))
		if err != nil {
			return err
		}
	}
	for r := firstRow + len(form.Indicators); r <= last; r++ {
		err := row(r, 0, c(st.center, nil), c(st.center, nil), c(st.center, nil), c(st.text, nil),
			c(st.center, nil), c(st.number, nil), c(st.center, nil), c(st.weight, nil), c(st.center, nil))
		if err != nil {
			return err
		}
	}
	if err := mergeRuns(sw, form.Indicators); err != nil {
		return err
	}
	return sw.Flush()
}

// mergeRuns merges the level-1 and level-2 cells of consecutive indicators of
// the same category, as the official form does.
func mergeRuns(sw *excelize.StreamWriter, rows []IndicatorRow) error {
	run := func(col string, key func(IndicatorRow) string, inside func(i, j int) bool) error {
		for i := 0; i < len(rows); {
			j := i
			for j+1 < len(rows) && key(rows[j+1]) == key(rows[i]) && inside(i, j+1) {
				j++
			}
			if j > i {
				if err := sw.MergeCell(fmt.Sprintf("%s%d", col, firstRow+i), fmt.Sprintf("%s%d", col, firstRow+j)); err != nil {
					return err
				}
			}
			i = j + 1
		}
		return nil
	}
	category := func(r IndicatorRow) string { return string(r.Category) }
	if err := run("B", category, func(int, int) bool { return true }); err != nil {
		return err
	}
	// A level-2 run never crosses a level-1 boundary.
	return run("C", func(r IndicatorRow) string { return string(r.Subcategory) }, func(i, j int) bool {
		return rows[i].Category == rows[j].Category
	})
}

// number writes a decimal as an Excel number when a float holds it exactly,
// as text otherwise (the reader accepts both).
func number(d *decimal.Decimal) any {
	if d == nil {
		return nil
	}
	f := d.InexactFloat64()
	if decimal.NewFromFloat(f).Equal(*d) {
		return f
	}
	return d.String()
}

func amount(m *money.Money) any {
	if m == nil {
		return nil
	}
	return m.Decimal().InexactFloat64()
}

// goalHeight grows the goal's row with its length (about 60 characters a line).
func goalHeight(goal string) float64 {
	lines := len([]rune(goal))/60 + 1
	for _, l := range strings.Split(goal, "\n")[1:] {
		lines += len([]rune(l))/60 + 1
	}
	return float64(max(3, lines)) * 15
}

// pageSetup prints the form on A4 portrait, one page wide, the table's
// headers repeated on every page, with page numbers.
func pageSetup(f *excelize.File, sheet string, firstTitle, lastTitle int) error {
	size, orientation, fitW, fitH := 9, "portrait", 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orientation, FitToWidth: &fitW, FitToHeight: &fitH}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	m, top := 0.5, 0.7
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &m, Right: &m, Top: &top, Bottom: &top}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: "&C第 &P 页，共 &N 页"}); err != nil {
		return err
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet,
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", sheet, firstTitle, lastTitle)})
}

// dropDowns offers the allowed values of the coded columns down to row last.
func dropDowns(f *excelize.File, sheet string, last int) error {
	lists := []struct {
		col    string
		values []string
	}{
		{"B", categoryList()}, {"C", subcategoryList()}, {"E", comparatorList()}, {"I", standardLabels},
	}
	for _, l := range lists {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("%s%d:%s%d", l.col, firstRow, l.col, last)
		if err := dv.SetDropList(l.values); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, "无效的值 / invalid value", "请从下拉列表中选择 / choose from the list")
		if err := f.AddDataValidation(sheet, dv); err != nil {
			return err
		}
	}
	return nil
}
