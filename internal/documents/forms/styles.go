package forms

import "github.com/xuri/excelize/v2"

// styles are the cell formats of the forms, registered once per workbook.
type styles struct {
	title, subtitle, label, text, wrap, amount, header, center, number, weight int
}

func newStyles(f *excelize.File) (styles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	font := &excelize.Font{Family: "宋体", Size: 10.5}
	bold := &excelize.Font{Family: "宋体", Size: 10.5, Bold: true}
	grey := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}
	middle := func(h string, wrap bool) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: "center", WrapText: wrap}
	}
	amountFormat := "#,##0.00"
	weightFormat := "0.00"
	var s styles
	defs := []struct {
		id    *int
		style excelize.Style
	}{
		{&s.title, excelize.Style{Font: &excelize.Font{Family: "黑体", Size: 16, Bold: true}, Alignment: middle("center", false)}},
		{&s.subtitle, excelize.Style{Font: font, Alignment: middle("center", false)}},
		{&s.label, excelize.Style{Font: bold, Fill: grey, Border: border, Alignment: middle("center", true)}},
		{&s.text, excelize.Style{Font: font, Border: border, Alignment: middle("left", true)}},
		{&s.wrap, excelize.Style{Font: font, Border: border, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top", WrapText: true}}},
		{&s.amount, excelize.Style{Font: font, Border: border, Alignment: middle("right", false), CustomNumFmt: &amountFormat}},
		{&s.header, excelize.Style{Font: bold, Fill: grey, Border: border, Alignment: middle("center", true)}},
		{&s.center, excelize.Style{Font: font, Border: border, Alignment: middle("center", true)}},
		{&s.number, excelize.Style{Font: font, Border: border, Alignment: middle("right", true)}},
		{&s.weight, excelize.Style{Font: font, Border: border, Alignment: middle("right", false), CustomNumFmt: &weightFormat}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.style)
		if err != nil {
			return s, err
		}
		*d.id = id
	}
	return s, nil
}
