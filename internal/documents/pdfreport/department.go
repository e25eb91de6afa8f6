package pdfreport

import (
	"fmt"
	"io"
	"strconv"

	"github.com/go-pdf/fpdf"

	"jixiao/internal/documents/forms"
)

// WriteDepartment writes the 部门绩效报告 as PDF (A4 landscape): the same
// summary and tables as the workbook, each table's header repeated on every
// page it spans.
func WriteDepartment(w io.Writer, rep forms.DepartmentReport) error {
	ttf, err := Font()
	if err != nil {
		return err
	}
	const pageH, width = 210.0, 297.0 - 2*margin
	pdf := fpdf.New("L", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(family, "", ttf)
	title := fmt.Sprintf("%s %d年度部门绩效报告", rep.DepartmentName, rep.FiscalYear)
	pdf.SetTitle(title, true)
	pdf.SetCreator("Jixiao", true)
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(false, margin)
	pdf.SetFooterFunc(func() {
		pdf.SetY(-12)
		pdf.SetFont(family, "", 9)
		pdf.CellFormat(0, 5, fmt.Sprintf("第 %d 页", pdf.PageNo()), "", 0, "C", false, 0, "")
	})
	pdf.AddPage()
	pdf.SetFont(family, "", 18)
	pdf.CellFormat(0, 12, title, "", 1, "C", false, 0, "")
	pdf.SetFont(family, "", 10)
	pdf.CellFormat(0, 7, "部门编码："+rep.DepartmentCode, "", 1, "C", false, 0, "")
	heading(pdf, "一、概况")
	for _, f := range rep.Summary {
		pdf.SetFont(family, "", 10.5)
		pdf.SetFillColor(242, 242, 242)
		pdf.CellFormat(80, 7.5, f.Label, "1", 0, "C", true, 0, "")
		pdf.CellFormat(100, 7.5, cellText(f.Value, f.Kind), "1", 1, "L", false, 0, "")
	}
	numbers := []string{"二", "三", "四", "五", "六", "七", "八"}
	for i, t := range rep.Sheets {
		pdf.AddPage()
		heading(pdf, fmt.Sprintf("%s、%s", numbers[min(i, len(numbers)-1)], t.Name))
		table(pdf, t, width, pageH)
	}
	if err := pdf.Error(); err != nil {
		return err
	}
	return pdf.Output(w)
}

// table draws a table whose column widths keep the workbook's proportions.
func table(pdf *fpdf.Fpdf, t forms.Table, width, pageH float64) {
	total := 0.0
	for _, c := range t.Columns {
		total += c.Width
	}
	widths := make([]float64, len(t.Columns))
	for i, c := range t.Columns {
		widths[i] = c.Width / total * width
	}
	header := func() {
		pdf.SetFont(family, "", 9.5)
		pdf.SetFillColor(242, 242, 242)
		for i, c := range t.Columns {
			pdf.CellFormat(widths[i], 8, c.Title, "1", 0, "C", true, 0, "")
		}
		pdf.Ln(-1)
	}
	header()
	if len(t.Rows) == 0 {
		pdf.CellFormat(width, 8, "（无）", "1", 1, "C", false, 0, "")
		return
	}
	pdf.SetFont(family, "", 9)
	for _, row := range t.Rows {
		cells := make([]string, len(t.Columns))
		lines := 1
		for i, c := range t.Columns {
			if i < len(row) {
				cells[i] = cellText(row[i], c.Kind)
			}
			lines = max(lines, len(pdf.SplitText(cells[i], widths[i]-2)))
		}
		h := float64(lines) * 4.8
		if pdf.GetY()+h > pageH-margin {
			pdf.AddPage()
			header()
			pdf.SetFont(family, "", 9)
		}
		x, y := pdf.GetX(), pdf.GetY()
		for i, c := range t.Columns {
			pdf.Rect(x, y, widths[i], h, "D")
			pdf.SetXY(x+1, y)
			align := "L"
			switch c.Kind {
			case forms.Centered:
				align = "C"
			case forms.Amount, forms.Score, forms.Percent:
				align = "R"
			}
			pdf.MultiCell(widths[i]-2, 4.8, cells[i], "", align, false)
			x += widths[i]
		}
		pdf.SetXY(margin, y+h)
	}
}

// cellText shows a value as the workbook's format would.
func cellText(v any, kind forms.CellKind) string {
	switch x := v.(type) {
	case nil:
		return ""
	case float64:
		switch kind {
		case forms.Percent:
			return strconv.FormatFloat(x*100, 'f', 2, 64) + "%"
		case forms.Amount, forms.Score:
			return strconv.FormatFloat(x, 'f', 2, 64)
		}
		return strconv.FormatFloat(x, 'f', -1, 64)
	default:
		return fmt.Sprint(x)
	}
}
