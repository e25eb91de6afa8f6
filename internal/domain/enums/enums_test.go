package enums

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

func TestUnmarshalRejectsUnknown(t *testing.T) {
	var c Comparator
	if err := c.UnmarshalGQL("GTE"); err != nil || c != ComparatorGte {
		t.Fatalf("GTE: %v %q", err, c)
	}
	if err := c.UnmarshalGQL("BIGGER"); err == nil {
		t.Fatal("unknown value accepted")
	}
	if err := c.UnmarshalGQL(3); err == nil {
		t.Fatal("number accepted")
	}
	var buf bytes.Buffer
	GradeExcellent.MarshalGQL(&buf)
	if buf.String() != `"EXCELLENT"` {
		t.Fatalf("marshal: %s", buf.String())
	}
}

func TestEveryValueHasLabels(t *testing.T) {
	types := []interface {
		Values() []string
		Labels() map[string]Label
	}{Comparator(""), QualitativeLevel(""), Grade(""), IndicatorCategory(""), Subcategory(""), Sector(""), WarningLevel(""), Role("")}
	for _, typ := range types {
		for _, v := range typ.Values() {
			if l, ok := typ.Labels()[v]; !ok || l.ZH == "" || l.EN == "" {
				t.Errorf("%T %s has no label", typ, v)
			}
		}
	}
}

func TestSubcategoryCategory(t *testing.T) {
	cases := map[Subcategory]IndicatorCategory{
		SubcategoryQuantity:            IndicatorCategoryOutput,
		SubcategoryOutputCost:          IndicatorCategoryOutput,
		SubcategorySocialBenefit:       IndicatorCategoryEffect,
		SubcategoryServiceSatisfaction: IndicatorCategorySatisfaction,
		SubcategoryEcologicalCost:      IndicatorCategoryCost,
	}
	for sub, want := range cases {
		if got := sub.Category(); got != want {
			t.Errorf("%s → %s, want %s", sub, got, want)
		}
	}
}

// MarshalName writes what strconv.Quote writes, for names and for anything else.
func TestMarshalNameIsQuote(t *testing.T) {
	for _, v := range []string{"GTE", "OUTPUT", "_a1", "a_B_9", "", "9A", "带中文", `a"b`, "a b", "a\nb", "Ä"} {
		var b strings.Builder
		MarshalName(&b, v)
		if want := strconv.Quote(v); b.String() != want {
			t.Errorf("MarshalName(%q) = %s, want %s", v, b.String(), want)
		}
	}
}
