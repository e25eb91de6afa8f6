package documents

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/money"
)

// PublicRecord is a public result as the open-data downloads write it: the
// fields and formats of the GraphQL type PublicResult (decimals, money and
// times as strings, absent values as null), so a program may use either.
type PublicRecord struct {
	ID              string             `json:"id"`
	FiscalYear      int                `json:"fiscalYear"`
	Kind            string             `json:"kind"`
	DepartmentCode  string             `json:"departmentCode"`
	DepartmentName  string             `json:"departmentName"`
	Sector          *string            `json:"sector"`
	ProjectCode     *string            `json:"projectCode"`
	ProjectName     *string            `json:"projectName"`
	Goal            *string            `json:"goal"`
	TotalScore      *string            `json:"totalScore"`
	Grade           *string            `json:"grade"`
	Findings        string             `json:"findings"`
	Recommendations string             `json:"recommendations"`
	PublishedAt     *string            `json:"publishedAt"`
	BudgetLinks     []PublicLinkRecord `json:"budgetLinks"`
}

// PublicLinkRecord is a disclosed budget link in the downloads.
type PublicLinkRecord struct {
	FiscalYear int     `json:"fiscalYear"`
	Suggestion string  `json:"suggestion"`
	Amount     *string `json:"amount"`
	Percent    *string `json:"percent"`
}

// Record is the download form of a result.
func (r *PublicResult) Record() PublicRecord {
	out := PublicRecord{ID: strconv.Itoa(r.ID), FiscalYear: r.FiscalYear, Kind: string(r.Kind),
		DepartmentCode: r.DepartmentCode, DepartmentName: r.DepartmentName, ProjectCode: r.ProjectCode,
		ProjectName: r.ProjectName, Goal: r.Goal, TotalScore: decimalText(r.TotalScore),
		Findings: r.Findings, Recommendations: r.Recommendations, BudgetLinks: []PublicLinkRecord{}}
	if r.Sector != nil {
		s := string(*r.Sector)
		out.Sector = &s
	}
	if r.Grade != nil {
		g := string(*r.Grade)
		out.Grade = &g
	}
	if r.PublishedAt != nil {
		t := r.PublishedAt.UTC().Format(time.RFC3339Nano) // as the Time scalar writes it
		out.PublishedAt = &t
	}
	for _, l := range r.BudgetLinks {
		out.BudgetLinks = append(out.BudgetLinks, PublicLinkRecord{FiscalYear: l.FiscalYear, Suggestion: string(l.Suggestion),
			Amount: moneyText(l.Amount), Percent: decimalText(l.Percent)})
	}
	return out
}

func decimalText(d *decimal.Decimal) *string {
	if d == nil {
		return nil
	}
	s := d.String() // as the Decimal scalar writes it
	return &s
}

func moneyText(m *money.Money) *string {
	if m == nil {
		return nil
	}
	s := m.String()
	return &s
}

// PublicCSVHeader names the CSV columns: Chinese first, then the field name
// the JSON download and the GraphQL type use.
var PublicCSVHeader = []string{
	"评价ID id", "年度 fiscalYear", "评价类型 kind", "部门编码 departmentCode", "部门名称 departmentName",
	"行业领域 sector", "项目编码 projectCode", "项目名称 projectName", "总体目标 goal", "总分 totalScore",
	"等级 grade", "存在问题 findings", "意见建议 recommendations", "公开时间 publishedAt", "结果应用 budgetLinks",
}

// CSVRow is the record as one CSV row: absent values are empty cells; the
// budget links are "year:suggestion:amount:percent" joined by "; ".
func (p PublicRecord) CSVRow() []string {
	opt := func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	}
	links := make([]string, len(p.BudgetLinks))
	for i, l := range p.BudgetLinks {
		links[i] = fmt.Sprintf("%d:%s:%s:%s", l.FiscalYear, l.Suggestion, opt(l.Amount), opt(l.Percent))
	}
	return []string{p.ID, strconv.Itoa(p.FiscalYear), p.Kind, p.DepartmentCode, p.DepartmentName, opt(p.Sector),
		opt(p.ProjectCode), opt(p.ProjectName), opt(p.Goal), opt(p.TotalScore), opt(p.Grade), p.Findings,
		p.Recommendations, opt(p.PublishedAt), strings.Join(links, "; ")}
}

// csvSafe keeps a spreadsheet from reading a cell as a formula (CSV
// injection): a text cell that starts with = + - @ or a control character
// gets a leading apostrophe. Numbers and dates never start with those but "-".
func csvSafe(row []string) []string {
	for i, c := range row {
		if c == "" {
			continue
		}
		if strings.ContainsRune("=+@\t\r", rune(c[0])) || (c[0] == '-' && !isNumber(c)) {
			row[i] = "'" + c
		}
	}
	return row
}

func isNumber(s string) bool {
	_, err := decimal.NewFromString(s)
	return err == nil
}

// publicWriter writes records in one of the download formats.
type publicWriter interface {
	Write(PublicRecord) error
	Close() error
}

type csvPublic struct{ w *csv.Writer }

func newCSVPublic(w io.Writer) (*csvPublic, error) {
	// A byte-order mark: spreadsheet programs then read the file as UTF-8.
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return nil, err
	}
	c := &csvPublic{w: csv.NewWriter(w)}
	return c, c.w.Write(PublicCSVHeader)
}

func (c *csvPublic) Write(p PublicRecord) error { return c.w.Write(csvSafe(p.CSVRow())) }
func (c *csvPublic) Close() error               { c.w.Flush(); return c.w.Error() }

// jsonPublic streams {"fiscalYear": y, "<list>": [...]} one record at a time.
type jsonPublic struct {
	w     io.Writer
	count int
}

func newJSONPublic(w io.Writer, year int, list string) (*jsonPublic, error) {
	_, err := fmt.Fprintf(w, "{\"fiscalYear\":%d,\"%s\":[", year, list)
	return &jsonPublic{w: w}, err
}

func (j *jsonPublic) write(record any) error {
	if j.count > 0 {
		if _, err := io.WriteString(j.w, ",\n"); err != nil {
			return err
		}
	}
	j.count++
	b, err := json.Marshal(record)
	if err != nil {
		return err
	}
	_, err = j.w.Write(b)
	return err
}

func (j *jsonPublic) Write(p PublicRecord) error { return j.write(p) }

func (j *jsonPublic) Close() error {
	_, err := io.WriteString(j.w, "]}\n")
	return err
}

// jsonTargets streams {"fiscalYear": y, "targets": [...]}.
type jsonTargets struct{ *jsonPublic }

func (j jsonTargets) Write(p PublicTargetRecord) error { return j.write(p) }
