package documents

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// PublicTargetRecord is a published target as the open-data downloads write
// it: the fields and formats of the GraphQL type PublicTarget (decimals and
// money as strings, absent values as null).
type PublicTargetRecord struct {
	ID             string                  `json:"id"`
	FiscalYear     int                     `json:"fiscalYear"`
	DepartmentCode string                  `json:"departmentCode"`
	DepartmentName string                  `json:"departmentName"`
	Sector         string                  `json:"sector"`
	ProjectCode    *string                 `json:"projectCode"`
	ProjectName    *string                 `json:"projectName"`
	Goal           string                  `json:"goal"`
	ApprovedAmount *string                 `json:"approvedAmount"`
	Indicators     []PublicIndicatorRecord `json:"indicators"`
	Evidence       []PublicEvidence        `json:"evidence"`
}

// PublicIndicatorRecord is an indicator of a published target in the downloads.
type PublicIndicatorRecord struct {
	Category    string  `json:"category"`
	Subcategory string  `json:"subcategory"`
	Name        string  `json:"name"`
	Comparator  string  `json:"comparator"`
	TargetValue *string `json:"targetValue"`
	TargetText  *string `json:"targetText"`
	Unit        *string `json:"unit"`
}

// Record is the download form of a published target.
func (t *PublicTarget) Record() PublicTargetRecord {
	out := PublicTargetRecord{ID: strconv.Itoa(t.ID), FiscalYear: t.FiscalYear, DepartmentCode: t.DepartmentCode,
		DepartmentName: t.DepartmentName, Sector: string(t.Sector), ProjectCode: t.ProjectCode, ProjectName: t.ProjectName,
		Goal: t.Goal, ApprovedAmount: moneyText(t.ApprovedAmount), Indicators: []PublicIndicatorRecord{}, Evidence: []PublicEvidence{}}
	for _, i := range t.Indicators {
		out.Indicators = append(out.Indicators, PublicIndicatorRecord{Category: string(i.Category), Subcategory: string(i.Subcategory),
			Name: i.Name, Comparator: string(i.Comparator), TargetValue: decimalText(i.TargetValue), TargetText: i.TargetText, Unit: i.Unit})
	}
	out.Evidence = append(out.Evidence, t.Evidence...)
	return out
}

// PublicTargetCSVHeader names the columns of the targets CSV: Chinese first,
// then the field name of the JSON download and the GraphQL type.
var PublicTargetCSVHeader = []string{
	"目标ID id", "年度 fiscalYear", "部门编码 departmentCode", "部门名称 departmentName", "行业领域 sector",
	"项目编码 projectCode", "项目名称 projectName", "年度总体目标 goal", "批复金额 approvedAmount",
	"一级指标 category", "二级指标 subcategory", "三级指标 name", "比较符 comparator", "指标值 targetValue",
	"指标值（定性）targetText", "计量单位 unit", "公开佐证材料 evidence",
}

// CSVRows is the record as CSV rows, one per indicator (one row with empty
// indicator cells for a target without any): the target's columns repeat,
// so that every row stands alone. The public files are their URLs joined by "; ".
func (p PublicTargetRecord) CSVRows() [][]string {
	opt := func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	}
	urls := make([]string, len(p.Evidence))
	for i, e := range p.Evidence {
		urls[i] = e.URL
	}
	head := []string{p.ID, strconv.Itoa(p.FiscalYear), p.DepartmentCode, p.DepartmentName, p.Sector,
		opt(p.ProjectCode), opt(p.ProjectName), p.Goal, opt(p.ApprovedAmount)}
	files := strings.Join(urls, "; ")
	if len(p.Indicators) == 0 {
		return [][]string{append(head, "", "", "", "", "", "", "", files)}
	}
	rows := make([][]string, len(p.Indicators))
	for i, ind := range p.Indicators {
		rows[i] = append(append([]string{}, head...), ind.Category, ind.Subcategory, ind.Name, ind.Comparator,
			opt(ind.TargetValue), opt(ind.TargetText), opt(ind.Unit), files)
	}
	return rows
}

// csvTargets writes the targets CSV.
type csvTargets struct{ w *csv.Writer }

func newCSVTargets(w io.Writer) (*csvTargets, error) {
	// A byte-order mark: spreadsheet programs then read the file as UTF-8.
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return nil, err
	}
	c := &csvTargets{w: csv.NewWriter(w)}
	return c, c.w.Write(PublicTargetCSVHeader)
}

func (c *csvTargets) Write(p PublicTargetRecord) error {
	for _, row := range p.CSVRows() {
		if err := c.w.Write(csvSafe(row)); err != nil {
			return err
		}
	}
	return nil
}

func (c *csvTargets) Close() error { c.w.Flush(); return c.w.Error() }
