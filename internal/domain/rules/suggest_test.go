package rules

import (
	"testing"

	"jixiao/internal/domain/enums"
)

func TestPercentile(t *testing.T) {
	sorted := decimals("10", "20", "30", "40", "50")
	for _, tc := range []struct {
		p    int64
		want string
	}{{0, "10"}, {25, "20"}, {50, "30"}, {75, "40"}, {100, "50"}, {10, "14"}} {
		equalDecimal(t, "percentile", Percentile(sorted, tc.p), tc.want)
	}
	// n = 4: h = 0.75, 1.5, 2.25.
	four := decimals("1", "2", "4", "8")
	equalDecimal(t, "p25 of 4", Percentile(four, 25), "1.75")
	equalDecimal(t, "p50 of 4", Percentile(four, 50), "3")
	equalDecimal(t, "p75 of 4", Percentile(four, 75), "5")
	equalDecimal(t, "one value", Percentile(decimals("7.125"), 75), "7.13")
}

func TestSuggestTarget(t *testing.T) {
	own := []YearValue{
		{2021, d("50")}, // outside the window of 2025
		{2022, d("90")},
		{2023, d("100")}, {2023, d("110")}, // two indicators: mean 105
		{2024, d("95")},
		{2025, d("1")}, // the year declared itself: ignored
	}
	sector := decimals("80", "120", "100", "90", "110")
	s := SuggestTarget(enums.ComparatorGte, 2025, own, sector)
	if len(s.LastActuals) != 3 || s.LastActuals[0].Year != 2022 || !s.LastActuals[1].Value.Equal(d("105")) {
		t.Fatalf("last actuals %+v", s.LastActuals)
	}
	equalDecimal(t, "last year", *s.LastYearActual, "95")
	equalDecimal(t, "positive: mean of three (96.67) above last year", *s.Suggested, "96.67")
	equalDecimal(t, "p25", *s.SectorP25, "90")
	equalDecimal(t, "p50", *s.SectorP50, "100")
	equalDecimal(t, "p75", *s.SectorP75, "110")
	if s.SectorCount != 5 {
		t.Errorf("sector count %d", s.SectorCount)
	}

	rising := []YearValue{{2022, d("10")}, {2023, d("20")}, {2024, d("60")}}
	equalDecimal(t, "positive: floored at last year's actual", *SuggestTarget(enums.ComparatorGt, 2025, rising, nil).Suggested, "60")
	equalDecimal(t, "reverse: capped at last year's actual", *SuggestTarget(enums.ComparatorLte, 2025, []YearValue{{2023, d("10")}, {2024, d("4")}}, nil).Suggested, "4")
	equalDecimal(t, "equal: the mean", *SuggestTarget(enums.ComparatorEq, 2025, rising, nil).Suggested, "30")

	gap := SuggestTarget(enums.ComparatorGte, 2025, []YearValue{{2022, d("10")}}, sector)
	if gap.LastYearActual != nil || !gap.Suggested.Equal(d("10")) {
		t.Errorf("no actual last year: %+v", gap)
	}
	none := SuggestTarget(enums.ComparatorGte, 2025, nil, sector)
	equalDecimal(t, "no own history: the sector's median", *none.Suggested, "100")
	if empty := SuggestTarget(enums.ComparatorGte, 2025, nil, nil); empty.Suggested != nil || empty.SectorP50 != nil {
		t.Errorf("no history at all: %+v", empty)
	}
}

func TestNotBelowLastActual(t *testing.T) {
	base := ReviewInput{Indicators: []ReviewIndicator{
		{Name: "培训人次", Category: enums.IndicatorCategoryOutput, Comparator: enums.ComparatorGte, Target: dp("100"), Unit: "人次", LastYearActual: dp("100")},
		{Name: "投诉率", Category: enums.IndicatorCategoryEffect, Comparator: enums.ComparatorLte, Target: dp("5"), Unit: "%", LastYearActual: dp("5")},
	}}
	find := func(in ReviewInput) *Check {
		for _, c := range ReviewChecks(defaults, in) {
			if c.Code == CheckNotBelowLastActual {
				return &c
			}
		}
		return nil
	}
	if c := find(base); c == nil || !c.Passed {
		t.Fatalf("targets equal to last year's actuals: %+v", c)
	}
	for _, tc := range []struct {
		name   string
		change func(*ReviewInput)
		passed bool
	}{
		{"positive below", func(in *ReviewInput) { in.Indicators[0].Target = dp("99.99") }, false},
		{"positive above", func(in *ReviewInput) { in.Indicators[0].Target = dp("120") }, true},
		{"reverse above", func(in *ReviewInput) { in.Indicators[1].Target = dp("5.01") }, false},
		{"reverse below", func(in *ReviewInput) { in.Indicators[1].Target = dp("4") }, true},
	} {
		in := base
		in.Indicators = append([]ReviewIndicator(nil), base.Indicators...)
		tc.change(&in)
		c := find(in)
		if c == nil || c.Passed != tc.passed || c.Severity != SeverityWarning || c.ZH == "" || c.EN == "" {
			t.Errorf("%s: %+v", tc.name, c)
		}
	}
	none := base
	none.Indicators = []ReviewIndicator{{Name: "x", Category: enums.IndicatorCategoryOutput, Comparator: enums.ComparatorGte, Target: dp("1"), Unit: "个"}}
	if c := find(none); c != nil {
		t.Errorf("no last-year actual: the check should be left out, got %+v", c)
	}
}
