package forms

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"jixiao/internal/domain/enums"
)

// CellError is a problem with one cell (Row 0: with the whole sheet or file).
type CellError struct {
	File   string `json:"file,omitempty"`
	Sheet  string `json:"sheet"`
	Row    int    `json:"row"`
	Column string `json:"column"`
	Cell   string `json:"cell,omitempty"`
	ZH     string `json:"-"`
	EN     string `json:"-"`
}

// Message is the error in both languages, Chinese first.
func (e CellError) Message() string { return e.ZH + " / " + e.EN }

// CellOf names the cell of an indicator column in a row ("F12"), or "".
func CellOf(row int, column string) string {
	for i, c := range columns {
		if c == column && row > 0 {
			return fmt.Sprintf("%c%d", 'A'+i, row)
		}
	}
	return ""
}

// ReadTargets reads every 申报表 sheet of a workbook. Sheets laid out otherwise
// are skipped; a workbook without any is an error. Cell errors are collected
// over the whole workbook rather than stopping at the first.
func ReadTargets(r io.Reader, file string) ([]TargetForm, []CellError) {
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, []CellError{{File: file, ZH: "无法读取文件：不是有效的 Excel（.xlsx）工作簿", EN: "cannot read the file: not a valid Excel (.xlsx) workbook"}}
	}
	defer f.Close()
	var (
		forms []TargetForm
		errs  []CellError
	)
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, []CellError{{File: file, Sheet: sheet, ZH: "无法读取工作表", EN: "cannot read the sheet"}}
		}
		s := sheetReader{file: file, sheet: sheet, rows: rows}
		if s.at(rowProject, 0) != "项目名称" || s.at(rowHeader, colName) != columns[colName] {
			continue
		}
		form := s.read()
		forms = append(forms, form)
		errs = append(errs, s.errs...)
	}
	if len(forms) == 0 && len(errs) == 0 {
		errs = append(errs, CellError{File: file, ZH: "文件中没有绩效目标申报表（第 3 行应为“项目名称”，第 9 行为指标表头）",
			EN: "the file holds no target declaration form (row 3 starts with 项目名称, row 9 is the indicator header)"})
	}
	return forms, errs
}

type sheetReader struct {
	file, sheet string
	rows        [][]string
	errs        []CellError
}

// at is the trimmed text of a cell (row 1-based, column 0-based).
func (s *sheetReader) at(row, col int) string {
	if row-1 >= len(s.rows) || col >= len(s.rows[row-1]) {
		return ""
	}
	return strings.TrimSpace(s.rows[row-1][col])
}

func (s *sheetReader) fail(row int, column string, col int, zh, en string) {
	cell := ""
	if col >= 0 {
		cell = fmt.Sprintf("%c%d", 'A'+col, row)
	}
	s.errs = append(s.errs, CellError{File: s.file, Sheet: s.sheet, Row: row, Column: column, Cell: cell, ZH: zh, EN: en})
}

var yearPattern = regexp.MustCompile(`(\d{4})`)

func (s *sheetReader) read() TargetForm {
	form := TargetForm{Sheet: s.sheet}
	if m := yearPattern.FindStringSubmatch(s.at(rowYear, 0)); m != nil {
		fmt.Sscan(m[1], &form.FiscalYear)
	} else {
		s.fail(rowYear, YearColumn, 0, "缺少年度，应写作“（2026年度）”", "the fiscal year is missing; write it as （2026年度）")
	}
	form.ProjectName = s.at(rowProject, 1)
	form.ProjectCode = s.at(rowProject, 6)
	if form.ProjectCode == "" {
		s.fail(rowProject, ProjectColumn, 6, "项目编码必填", "the project code is required")
	}
	form.DepartmentName = s.at(rowDepartment, 1)
	form.DepartmentCode = s.at(rowDepartment, 6)
	switch s.at(rowCategory, 6) {
	case "", "年度":
	case "中期":
		form.MidTerm = true
	default:
		s.fail(rowCategory, "目标期限", 6, "目标期限只能是“年度”或“中期”", "the term is either 年度 (annual) or 中期 (mid-term)")
	}
	form.Goal = s.at(rowGoal, 1)
	var prev *IndicatorRow
	for r := firstRow; r <= len(s.rows); r++ {
		if s.emptyRow(r) {
			continue
		}
		ind := s.indicator(r, prev)
		form.Indicators = append(form.Indicators, ind)
		prev = &form.Indicators[len(form.Indicators)-1]
	}
	return form
}

func (s *sheetReader) emptyRow(r int) bool {
	for c := colCategory; c <= colStandard; c++ {
		if s.at(r, c) != "" {
			return false
		}
	}
	return true
}

// indicator reads one table row; empty level-1/2 cells continue the merged
// cells above them.
func (s *sheetReader) indicator(r int, prev *IndicatorRow) IndicatorRow {
	ind := IndicatorRow{Row: r, Name: s.at(r, colName), Unit: s.at(r, colUnit)}
	switch v := s.at(r, colCategory); {
	case v == "" && prev != nil:
		ind.Category = prev.Category
	default:
		c, ok := parseCategory(v)
		if !ok {
			s.fail(r, columns[colCategory], colCategory, fmt.Sprintf("一级指标“%s”无效，应为%s之一", v, strings.Join(categoryList(), "、")),
				fmt.Sprintf("level-1 category %q is not one of %s", v, strings.Join(categoryList(), ", ")))
		}
		ind.Category = c
	}
	switch v := s.at(r, colSubcategory); {
	case v == "" && prev != nil && prev.Category == ind.Category:
		ind.Subcategory = prev.Subcategory
	default:
		c, ok := parseSubcategory(v)
		if !ok {
			s.fail(r, columns[colSubcategory], colSubcategory, fmt.Sprintf("二级指标“%s”无效", v), fmt.Sprintf("level-2 category %q is not valid", v))
		}
		ind.Subcategory = c
	}
	comparator, ok := parseComparator(s.at(r, colComparator))
	if !ok {
		s.fail(r, columns[colComparator], colComparator, fmt.Sprintf("比较符“%s”无效，应为 ≥ > = < ≤ 或 定性", s.at(r, colComparator)),
			fmt.Sprintf("comparator %q is not one of ≥ > = < ≤ 定性 (qualitative)", s.at(r, colComparator)))
	}
	ind.Comparator = comparator
	value := s.at(r, colValue)
	switch {
	case comparator == enums.ComparatorQualitative:
		ind.Text = value
	case value != "":
		d, err := decimal.NewFromString(value)
		if err != nil {
			s.fail(r, columns[colValue], colValue, fmt.Sprintf("定量指标的指标值“%s”不是数字", value), fmt.Sprintf("the target value %q of a quantitative indicator is not a number", value))
		} else {
			ind.Value = &d
		}
	}
	weight := s.at(r, colWeight)
	if d, err := decimal.NewFromString(weight); err != nil {
		s.fail(r, columns[colWeight], colWeight, fmt.Sprintf("分值“%s”必须是数字", weight), fmt.Sprintf("the points %q must be a number", weight))
	} else {
		ind.Weight = d
	}
	if v := s.at(r, colStandard); v != "" {
		code, ok := parseStandard(v)
		if !ok {
			s.fail(r, columns[colStandard], colStandard, fmt.Sprintf("指标值设定依据“%s”无效，应为%s之一", v, strings.Join(standardLabels, "、")),
				fmt.Sprintf("standard %q is not one of %s", v, strings.Join(standardLabels, ", ")))
		}
		ind.Standard = code
	}
	return ind
}

// The parsers accept the form's label, its short form and the API's code.
func parseCategory(v string) (enums.IndicatorCategory, bool) {
	for c, label := range categoryLabels {
		if v == label || v == strings.TrimSuffix(label, "指标") || strings.EqualFold(v, string(c)) {
			return c, true
		}
	}
	return "", false
}

func parseSubcategory(v string) (enums.Subcategory, bool) {
	for code, label := range enums.Subcategory("").Labels() {
		if v == label.ZH || v == strings.TrimSuffix(label.ZH, "指标") || strings.EqualFold(v, code) {
			return enums.Subcategory(code), true
		}
	}
	return "", false
}

var comparatorAliases = map[string]enums.Comparator{
	">=": enums.ComparatorGte, "大于等于": enums.ComparatorGte, "<=": enums.ComparatorLte, "小于等于": enums.ComparatorLte,
	"大于": enums.ComparatorGt, "小于": enums.ComparatorLt, "等于": enums.ComparatorEq, "＝": enums.ComparatorEq,
	"≧": enums.ComparatorGte, "≦": enums.ComparatorLte,
}

func parseComparator(v string) (enums.Comparator, bool) {
	if c, ok := comparatorAliases[v]; ok {
		return c, true
	}
	labels := enums.Comparator("").Labels()
	for c, label := range comparatorLabels {
		if v == label || v == labels[string(c)].ZH || strings.EqualFold(v, string(c)) {
			return c, true
		}
	}
	return "", false
}

func parseStandard(v string) (string, bool) {
	for i, label := range standardLabels {
		if v == label || v == strings.TrimSuffix(label, "标准") || strings.EqualFold(v, standardCodes[i]) {
			return standardCodes[i], true
		}
	}
	return "", false
}
