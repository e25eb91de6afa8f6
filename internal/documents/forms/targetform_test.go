package forms

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
)

func dec(s string) *decimal.Decimal { d := decimal.RequireFromString(s); return &d }

func sampleForm() TargetForm {
	alloc := money.Yuan(1200000)
	return TargetForm{
		FiscalYear: 2026, ProjectCode: "P-001", ProjectName: "中小学校舍维修", DepartmentCode: "D01", DepartmentName: "市教育局",
		Category: "专项业务费", Allocated: &alloc, Goal: "完成 12 所学校的校舍维修。\n提高安全水平。",
		Indicators: []IndicatorRow{
			{Category: enums.IndicatorCategoryOutput, Subcategory: enums.SubcategoryQuantity, Name: "维修学校数", Comparator: enums.ComparatorGte, Value: dec("12"), Unit: "所", Weight: *dec("20"), Standard: "PLAN"},
			{Category: enums.IndicatorCategoryOutput, Subcategory: enums.SubcategoryQuantity, Name: "维修面积", Comparator: enums.ComparatorGte, Value: dec("0.1"), Unit: "万平方米", Weight: *dec("12.5"), Standard: "HISTORY"},
			{Category: enums.IndicatorCategoryOutput, Subcategory: enums.SubcategoryQuality, Name: "验收合格率", Comparator: enums.ComparatorEq, Value: dec("100"), Unit: "%", Weight: *dec("17.5"), Standard: "INDUSTRY"},
			{Category: enums.IndicatorCategoryEffect, Subcategory: enums.SubcategorySocialBenefit, Name: "校舍安全", Comparator: enums.ComparatorQualitative, Text: "明显改善", Weight: *dec("30"), Standard: "OTHER"},
			{Category: enums.IndicatorCategorySatisfaction, Subcategory: enums.SubcategoryServiceSatisfaction, Name: "师生满意度", Comparator: enums.ComparatorGte, Value: dec("90"), Unit: "%", Weight: *dec("10"), Standard: "PLAN"},
		},
	}
}

func TestTargetFormRoundTrip(t *testing.T) {
	in := []TargetForm{sampleForm(), sampleForm()}
	in[1].ProjectCode, in[1].MidTerm = "P-002", true
	var buf bytes.Buffer
	if err := WriteTargets(&buf, in); err != nil {
		t.Fatal(err)
	}
	out, errs := ReadTargets(bytes.NewReader(buf.Bytes()), "a.xlsx")
	if len(errs) > 0 {
		t.Fatalf("errors: %+v", errs)
	}
	if len(out) != 2 {
		t.Fatalf("read %d forms, want 2", len(out))
	}
	for i := range out {
		got, want := out[i], in[i]
		if got.FiscalYear != want.FiscalYear || got.ProjectCode != want.ProjectCode || got.Goal != want.Goal ||
			got.MidTerm != want.MidTerm || got.DepartmentCode != want.DepartmentCode {
			t.Errorf("form %d head: got %+v", i, got)
		}
		for j, ind := range got.Indicators {
			w := want.Indicators[j]
			if ind.Row != firstRow+j {
				t.Errorf("row %d, want %d", ind.Row, firstRow+j)
			}
			ind.Row = 0
			if !reflect.DeepEqual(ind, w) && !(ind.Value != nil && w.Value != nil && ind.Value.Equal(*w.Value) && ind.Weight.Equal(w.Weight)) {
				t.Errorf("indicator %d: got %+v, want %+v", j, ind, w)
			}
		}
	}
}

func TestTargetFormLayout(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTargets(&buf, []TargetForm{sampleForm()}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	merged, _ := f.GetMergeCells("P-001")
	want := map[string]bool{"A1:I1": false, "B7:I7": false, "A8:I8": false, "B10:B12": false, "C10:C11": false}
	for _, m := range merged {
		if _, ok := want[m.GetStartAxis()+":"+m.GetEndAxis()]; ok {
			want[m.GetStartAxis()+":"+m.GetEndAxis()] = true
		}
	}
	for k, seen := range want {
		if !seen {
			t.Errorf("cells %s not merged (merged: %d ranges)", k, len(merged))
		}
	}
	dvs, _ := f.GetDataValidations("P-001")
	if len(dvs) != 4 {
		t.Errorf("%d drop-downs, want 4", len(dvs))
	}
	layout, _ := f.GetPageLayout("P-001")
	if layout.Size == nil || *layout.Size != 9 {
		t.Errorf("paper size %v, want A4 (9)", layout.Size)
	}
	if v, _ := f.GetCellValue("P-001", "G6"); v != "1,200,000.00" {
		t.Errorf("allocated amount shows %q", v)
	}
}

func TestTargetFormCellErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTemplate(&buf, 2026); err != nil {
		t.Fatal(err)
	}
	f, _ := excelize.OpenReader(&buf)
	set := func(cell string, v any) { _ = f.SetCellValue("申报表", cell, v) }
	set("G3", "P-9")
	set("B7", "目标")
	set("B10", "产出指标")
	set("C10", "数量指标")
	set("D10", "人次")
	set("E10", "≥")
	set("F10", "很多")
	set("H10", 10)
	set("B11", "产出")
	set("C11", "质量")
	set("D11", "合格率")
	set("E11", "约等于")
	set("F11", 95)
	set("H11", "十")
	var out bytes.Buffer
	_ = f.Write(&out)
	forms, errs := ReadTargets(&out, "x.xlsx")
	if len(forms) != 1 || len(forms[0].Indicators) != 2 {
		t.Fatalf("forms %+v", forms)
	}
	want := []string{"F10", "E11", "H11"}
	if len(errs) != len(want) {
		t.Fatalf("errors %+v, want cells %v", errs, want)
	}
	for i, e := range errs {
		if e.Cell != want[i] || e.Sheet != "申报表" || e.ZH == "" || e.EN == "" {
			t.Errorf("error %d: %+v, want cell %s", i, e, want[i])
		}
	}
	if errs[0].Column != "指标值" || errs[0].Row != 10 {
		t.Errorf("first error %+v", errs[0])
	}
}

func TestReadTargetsRejectsOtherFiles(t *testing.T) {
	if _, errs := ReadTargets(bytes.NewReader([]byte("not a zip")), "x.xlsx"); len(errs) != 1 {
		t.Fatalf("errors %+v", errs)
	}
	f := excelize.NewFile()
	var buf bytes.Buffer
	_ = f.Write(&buf)
	if _, errs := ReadTargets(&buf, "empty.xlsx"); len(errs) != 1 || errs[0].Row != 0 {
		t.Fatalf("errors %+v", errs)
	}
}
