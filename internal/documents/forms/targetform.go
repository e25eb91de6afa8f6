// Package forms lays out the standard Excel forms (财预〔2020〕10号 attachments)
// and reads them back: plain data in, workbook out, and the reverse with every
// cell's position kept so that errors can name sheet, row and column. It knows
// nothing of the database; package documents fills and applies the forms.
package forms

import (
	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
)

// TargetForm is one 项目支出绩效目标申报表: one project's target of one year.
type TargetForm struct {
	Sheet          string // the sheet it was read from (import only)
	FiscalYear     int
	ProjectCode    string
	ProjectName    string
	DepartmentCode string
	DepartmentName string
	Category       string // 项目类别, shown only
	MidTerm        bool   // 目标期限: 中期 when true, 年度 otherwise
	Requested      *money.Money
	Allocated      *money.Money
	Goal           string
	Indicators     []IndicatorRow
}

// IndicatorRow is one level-3 indicator of the form.
type IndicatorRow struct {
	Row         int // the sheet row it was read from (import only)
	Category    enums.IndicatorCategory
	Subcategory enums.Subcategory
	Name        string
	Comparator  enums.Comparator
	Value       *decimal.Decimal // quantitative target value
	Text        string           // qualitative target wording
	Unit        string
	Weight      decimal.Decimal
	Standard    string // indicator.Standard value: PLAN, INDUSTRY, ...
}

// The layout of the 申报表: label cells, value cells and the indicator table.
const (
	titleText     = "项目支出绩效目标申报表"
	rowTitle      = 1
	rowYear       = 2
	rowProject    = 3 // 项目名称 … 项目编码
	rowDepartment = 4 // 主管部门 … 部门编码
	rowCategory   = 5 // 项目类别 … 目标期限
	rowAmounts    = 6 // 项目资金（元）: 申请金额 … 预算安排
	rowGoal       = 7 // 年度总体目标
	rowBanner     = 8 // 绩效指标 (merged over the table)
	rowHeader     = 9 // the table's column headers
	firstRow      = 10
	lastColumn    = "I"
)

// Columns of the indicator table, A to I.
var columns = []string{"序号", "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "分值", "指标值设定依据"}

const (
	colSeq = iota
	colCategory
	colSubcategory
	colName
	colComparator
	colValue
	colUnit
	colWeight
	colStandard
)

// ColumnOf names the form column of an indicator field (GraphQL name), for error messages.
func ColumnOf(field string) string {
	switch field {
	case "category":
		return columns[colCategory]
	case "subcategory":
		return columns[colSubcategory]
	case "name":
		return columns[colName]
	case "comparator":
		return columns[colComparator]
	case "targetValue", "targetText":
		return columns[colValue]
	case "unit":
		return columns[colUnit]
	case "weight":
		return columns[colWeight]
	case "standard":
		return columns[colStandard]
	}
	return ""
}

// GoalRow and GoalColumn locate the overall goal, for error messages.
const (
	GoalRow        = rowGoal
	GoalColumn     = "年度总体目标"
	FirstDataRow   = firstRow
	ProjectRow     = rowProject
	ProjectColumn  = "项目编码"
	YearRow        = rowYear
	YearColumn     = "年度"
	DepartmentRow  = rowDepartment
	DepartmentCell = "部门编码"
)

// Labels of the drop-downs, in enum order. Standards mirror ent's indicator.Standard.
var (
	standardCodes  = []string{"PLAN", "INDUSTRY", "HISTORY", "BUDGET_STANDARD", "OTHER"}
	standardLabels = []string{"计划标准", "行业标准", "历史标准", "预算支出标准", "其他标准"}
	categoryLabels = map[enums.IndicatorCategory]string{
		enums.IndicatorCategoryOutput: "产出指标", enums.IndicatorCategoryEffect: "效益指标",
		enums.IndicatorCategorySatisfaction: "满意度指标", enums.IndicatorCategoryCost: "成本指标",
	}
	comparatorLabels = map[enums.Comparator]string{
		enums.ComparatorGte: "≥", enums.ComparatorGt: ">", enums.ComparatorEq: "=",
		enums.ComparatorLt: "<", enums.ComparatorLte: "≤", enums.ComparatorQualitative: "定性",
	}
)

func categoryList() []string {
	var out []string
	for _, v := range enums.IndicatorCategory("").Values() {
		out = append(out, categoryLabels[enums.IndicatorCategory(v)])
	}
	return out
}

func subcategoryList() []string {
	var out []string
	labels := enums.Subcategory("").Labels()
	for _, v := range enums.Subcategory("").Values() {
		out = append(out, labels[v].ZH)
	}
	return out
}

func comparatorList() []string {
	var out []string
	for _, v := range enums.Comparator("").Values() {
		out = append(out, comparatorLabels[enums.Comparator(v)])
	}
	return out
}

func standardLabel(code string) string {
	for i, c := range standardCodes {
		if c == code {
			return standardLabels[i]
		}
	}
	return code
}
