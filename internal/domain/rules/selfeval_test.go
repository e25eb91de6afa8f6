package rules

import (
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

func quant(cat enums.IndicatorCategory, comparator enums.Comparator, target, actual string, weight *decimal.Decimal) SelfEvalIndicator {
	return SelfEvalIndicator{Category: cat, Weight: weight, Indicator: Indicator{Comparator: comparator, Target: dp(target), Actual: dp(actual)}}
}

func qual(cat enums.IndicatorCategory, level enums.QualitativeLevel, rate string) SelfEvalIndicator {
	return SelfEvalIndicator{Category: cat, Indicator: Indicator{Comparator: enums.ComparatorQualitative, Level: level, LevelRate: dp(rate)}}
}

type categoryWant struct {
	cat           enums.IndicatorCategory
	points, score string
}

func TestPreviewSelfEvaluation(t *testing.T) {
	separateCost := NationalDefaults()
	separateCost.CostSharesOutput = false
	separateCost.SelfOutputPoints, separateCost.SelfCostPoints = d("40"), d("10")
	for _, tc := range []struct {
		name       string
		p          Params
		in         SelfEvalInput
		total      string
		grade      enums.Grade
		execution  string
		categories []categoryWant
		items      []string
		flags      []string
	}{
		{
			// execution 10 × 0.9 = 9; 产出 25 + 12.5; 效益 30 × 0.9 = 27; 满意度 10.
			name: "all four categories",
			p:    defaults,
			in: SelfEvalInput{Paid: d("90000"), Budget: d("100000"), Indicators: []SelfEvalIndicator{
				quant(enums.IndicatorCategoryOutput, enums.ComparatorGte, "100", "100", nil),
				quant(enums.IndicatorCategoryOutput, enums.ComparatorGte, "100", "50", nil),
				qual(enums.IndicatorCategoryEffect, enums.QualitativeLevelAchieved, "0.9"),
				quant(enums.IndicatorCategorySatisfaction, enums.ComparatorGte, "90", "95", nil),
			}},
			total: "83.5", grade: enums.GradeGood, execution: "9",
			categories: []categoryWant{{enums.IndicatorCategoryOutput, "50", "37.5"}, {enums.IndicatorCategoryEffect, "30", "27"}, {enums.IndicatorCategorySatisfaction, "10", "10"}},
			items:      []string{"25", "12.5", "27", "10"},
			flags:      nil,
		},
		{
			// No satisfaction indicator: 效益 gets 40. Indicators 90 / 90 = 100 % vs execution 50 %.
			name: "satisfaction fallback, high score with low spending",
			p:    defaults,
			in: SelfEvalInput{Paid: d("50"), Budget: d("100"), Indicators: []SelfEvalIndicator{
				quant(enums.IndicatorCategoryEffect, enums.ComparatorGte, "1", "1", nil),
				quant(enums.IndicatorCategoryOutput, enums.ComparatorGte, "1", "1", nil),
			}},
			total: "95", grade: enums.GradeExcellent, execution: "5",
			categories: []categoryWant{{enums.IndicatorCategoryOutput, "50", "50"}, {enums.IndicatorCategoryEffect, "40", "40"}},
			items:      []string{"40", "50"},
			flags:      []string{FlagHighScoreLowSpending, FlagUnderspent},
		},
		{
			// 成本 shares 产出 by weight 30 : 20; the cost indicator at 1.5 T scores half.
			name: "cost shares the output points",
			p:    defaults,
			in: SelfEvalInput{Paid: d("100"), Budget: d("100"), Indicators: []SelfEvalIndicator{
				quant(enums.IndicatorCategoryOutput, enums.ComparatorGte, "10", "10", dp("30")),
				quant(enums.IndicatorCategoryCost, enums.ComparatorLte, "100", "150", dp("20")),
				quant(enums.IndicatorCategoryEffect, enums.ComparatorGte, "1", "1", nil),
				quant(enums.IndicatorCategorySatisfaction, enums.ComparatorGte, "90", "90", nil),
			}},
			total: "90", grade: enums.GradeExcellent, execution: "10",
			categories: []categoryWant{{enums.IndicatorCategoryOutput, "50", "40"}, {enums.IndicatorCategoryEffect, "30", "30"}, {enums.IndicatorCategorySatisfaction, "10", "10"}},
			items:      []string{"30", "10", "30", "10"},
		},
		{
			// 50 split 1 : 2 → 16.67 + 33.33 (remainder to the larger fraction).
			name: "weights that do not divide evenly",
			p:    defaults,
			in: SelfEvalInput{Paid: d("100"), Budget: d("100"), Indicators: []SelfEvalIndicator{
				quant(enums.IndicatorCategoryOutput, enums.ComparatorGte, "1", "1", dp("1")),
				quant(enums.IndicatorCategoryOutput, enums.ComparatorGte, "1", "1", dp("2")),
				quant(enums.IndicatorCategoryEffect, enums.ComparatorGte, "1", "0", nil),
			}},
			total: "60", grade: enums.GradeFair, execution: "10",
			categories: []categoryWant{{enums.IndicatorCategoryOutput, "50", "50"}, {enums.IndicatorCategoryEffect, "40", "0"}},
			items:      []string{"16.67", "33.33", "0"},
			flags:      nil,
		},
		{
			name: "three equal shares",
			p:    defaults,
			in: SelfEvalInput{Paid: d("100"), Budget: d("100"), Indicators: []SelfEvalIndicator{
				quant(enums.IndicatorCategoryOutput, enums.ComparatorGte, "1", "1", nil),
				quant(enums.IndicatorCategoryOutput, enums.ComparatorGte, "1", "1", nil),
				quant(enums.IndicatorCategoryOutput, enums.ComparatorGte, "2", "1", nil),
				quant(enums.IndicatorCategoryEffect, enums.ComparatorGte, "1", "1", nil),
			}},
			total: "91.67", grade: enums.GradeExcellent, execution: "10", // 16.67 + 16.67 + 8.33 + 40 + 10
			categories: []categoryWant{{enums.IndicatorCategoryOutput, "50", "41.67"}, {enums.IndicatorCategoryEffect, "40", "40"}},
			items:      []string{"16.67", "16.67", "8.33", "40"},
		},
		{
			name: "missing actual scores 0 and is flagged",
			p:    defaults,
			in: SelfEvalInput{Paid: d("100"), Budget: d("100"), Indicators: []SelfEvalIndicator{
				{Category: enums.IndicatorCategoryOutput, Indicator: Indicator{Comparator: enums.ComparatorGte, Target: dp("1")}},
				quant(enums.IndicatorCategoryEffect, enums.ComparatorGte, "1", "1", nil),
			}},
			total: "50", grade: enums.GradePoor, execution: "10",
			categories: []categoryWant{{enums.IndicatorCategoryOutput, "50", "0"}, {enums.IndicatorCategoryEffect, "40", "40"}},
			items:      []string{"0", "40"},
		},
		{
			name: "cost as its own category",
			p:    separateCost,
			in: SelfEvalInput{Paid: d("100"), Budget: d("100"), Indicators: []SelfEvalIndicator{
				quant(enums.IndicatorCategoryOutput, enums.ComparatorGte, "1", "1", nil),
				quant(enums.IndicatorCategoryCost, enums.ComparatorLte, "100", "125", nil),
				quant(enums.IndicatorCategoryEffect, enums.ComparatorGte, "1", "1", nil),
			}},
			total: "97.5", grade: enums.GradeExcellent, execution: "10",
			categories: []categoryWant{{enums.IndicatorCategoryOutput, "40", "40"}, {enums.IndicatorCategoryEffect, "40", "40"}, {enums.IndicatorCategoryCost, "10", "7.5"}},
			items:      []string{"40", "7.5", "40"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := PreviewSelfEvaluation(tc.p, tc.in)
			if err != nil {
				t.Fatal(err)
			}
			equalDecimal(t, "total", r.Total, tc.total)
			equalDecimal(t, "execution", r.ExecutionScore, tc.execution)
			if r.Grade != tc.grade {
				t.Errorf("grade = %s, want %s", r.Grade, tc.grade)
			}
			if len(r.Categories) != len(tc.categories) {
				t.Fatalf("categories = %+v", r.Categories)
			}
			for i, c := range tc.categories {
				if r.Categories[i].Category != c.cat {
					t.Errorf("category %d = %s, want %s", i, r.Categories[i].Category, c.cat)
				}
				equalDecimal(t, string(c.cat)+" points", r.Categories[i].Points, c.points)
				equalDecimal(t, string(c.cat)+" score", r.Categories[i].Score, c.score)
			}
			if len(r.Items) != len(tc.items) {
				t.Fatalf("items = %d, want %d", len(r.Items), len(tc.items))
			}
			for i, want := range tc.items {
				equalDecimal(t, "item", r.Items[i].Score, want)
			}
			if r.Flags == nil {
				t.Error("flags are nil")
			}
			equalStrings(t, "flags", r.Flags, tc.flags)
		})
	}
}

func TestPreviewSelfEvaluationBadInput(t *testing.T) {
	noFallback := NationalDefaults()
	noFallback.SatisfactionFallbackToEffect = false
	ok := quant(enums.IndicatorCategoryOutput, enums.ComparatorGte, "1", "1", nil)
	effect := quant(enums.IndicatorCategoryEffect, enums.ComparatorGte, "1", "1", nil)
	for _, tc := range []struct {
		name  string
		p     Params
		in    SelfEvalInput
		field string
	}{
		{"no indicators", defaults, SelfEvalInput{Paid: d("1"), Budget: d("1")}, "indicators"},
		{"budget 0", defaults, SelfEvalInput{Paid: d("1"), Budget: d("0"), Indicators: []SelfEvalIndicator{ok, effect}}, "budget"},
		{"no effect indicator", defaults, SelfEvalInput{Paid: d("1"), Budget: d("1"), Indicators: []SelfEvalIndicator{ok}}, "indicators"},
		{"no satisfaction without fallback", noFallback, SelfEvalInput{Paid: d("1"), Budget: d("1"), Indicators: []SelfEvalIndicator{ok, effect}}, "indicators"},
		{"unknown category", defaults, SelfEvalInput{Paid: d("1"), Budget: d("1"), Indicators: []SelfEvalIndicator{ok, effect, {Category: "IMPACT"}}}, "indicators[2].category"},
		{"some weights missing", defaults, SelfEvalInput{Paid: d("1"), Budget: d("1"), Indicators: []SelfEvalIndicator{
			quant(enums.IndicatorCategoryOutput, enums.ComparatorGte, "1", "1", dp("1")), ok, effect}}, "indicators[1].weight"},
		{"negative weight", defaults, SelfEvalInput{Paid: d("1"), Budget: d("1"), Indicators: []SelfEvalIndicator{
			quant(enums.IndicatorCategoryOutput, enums.ComparatorGte, "1", "1", dp("-1")), effect}}, "indicators[0].weight"},
		{"all weights 0", defaults, SelfEvalInput{Paid: d("1"), Budget: d("1"), Indicators: []SelfEvalIndicator{
			quant(enums.IndicatorCategoryOutput, enums.ComparatorGte, "1", "1", dp("0")), effect}}, "indicators[0].weight"},
		{"qualitative rate outside its band", defaults, SelfEvalInput{Paid: d("1"), Budget: d("1"), Indicators: []SelfEvalIndicator{
			ok, effect, qual(enums.IndicatorCategoryEffect, enums.QualitativeLevelPartlyAchieved, "0.85")}}, "indicators[2].levelRate"},
		{"quantitative without target", defaults, SelfEvalInput{Paid: d("1"), Budget: d("1"), Indicators: []SelfEvalIndicator{
			ok, {Category: enums.IndicatorCategoryEffect, Indicator: Indicator{Comparator: enums.ComparatorGte}}}}, "indicators[1].targetValue"},
	} {
		_, err := PreviewSelfEvaluation(tc.p, tc.in)
		if err == nil {
			t.Errorf("%s: no error", tc.name)
			continue
		}
		if got := inputErrorField(t, err); got != tc.field {
			t.Errorf("%s: field %q, want %q", tc.name, got, tc.field)
		}
	}
}

func TestSelfEvaluationScheme(t *testing.T) {
	root, err := SelfEvaluationScheme(defaults, SelfEvalInput{Paid: d("1"), Budget: d("2"), Indicators: []SelfEvalIndicator{
		{Name: "培训人次", Category: enums.IndicatorCategoryOutput, Indicator: Indicator{Comparator: enums.ComparatorGte, Target: dp("1"), Actual: dp("1")}},
		quant(enums.IndicatorCategoryEffect, enums.ComparatorGte, "1", "1", nil),
		quant(enums.IndicatorCategorySatisfaction, enums.ComparatorGte, "1", "1", nil),
	}})
	if err != nil {
		t.Fatal(err)
	}
	checkTemplate(t, root)
	var names []string
	for _, c := range root.Children {
		names = append(names, c.Name+"="+c.Points.String())
	}
	equalStrings(t, "level 1", names, []string{"预算执行率=10", "产出=50", "效益=30", "满意度=10"})
	if got := root.Children[1].Children[0].Name; got != "培训人次" {
		t.Errorf("indicator name = %q", got)
	}
	if got := root.Children[2].Children[0].Name; got != "效益指标 2" {
		t.Errorf("default indicator name = %q", got)
	}
}

func FuzzSelfEvaluation(f *testing.F) {
	f.Add(int64(5000), int64(10000), []byte{0, 10, 20, 1, 5, 5, 2, 1, 0})
	f.Add(int64(0), int64(1), []byte{3, 1, 9, 1, 0, 0})
	f.Fuzz(func(t *testing.T, paid, budget int64, raw []byte) {
		in := SelfEvalInput{Paid: decimal.New(paid, -2), Budget: decimal.New(budget, -2)}
		categories := []enums.IndicatorCategory{enums.IndicatorCategoryOutput, enums.IndicatorCategoryEffect, enums.IndicatorCategorySatisfaction, enums.IndicatorCategoryCost}
		comparators := []enums.Comparator{enums.ComparatorGte, enums.ComparatorGt, enums.ComparatorEq, enums.ComparatorLt, enums.ComparatorLte}
		// Each indicator takes 3 bytes: category and comparator, target, actual.
		for i := 0; i+2 < len(raw) && len(in.Indicators) < 30; i += 3 {
			ind := SelfEvalIndicator{Category: categories[raw[i]%4]}
			if raw[i]&0x80 != 0 {
				rate := decimal.New(int64(raw[i+2]%101), -2)
				ind.Indicator = Indicator{Comparator: enums.ComparatorQualitative, Level: []enums.QualitativeLevel{enums.QualitativeLevelAchieved, enums.QualitativeLevelPartlyAchieved, enums.QualitativeLevelNotAchieved}[raw[i+1]%3], LevelRate: &rate}
			} else {
				target, actual := decimal.NewFromInt(int64(raw[i+1])-20), decimal.NewFromInt(int64(raw[i+2]))
				ind.Indicator = Indicator{Comparator: comparators[(raw[i]>>2)%5], Target: &target, Actual: &actual}
			}
			if raw[i]&0x40 != 0 {
				w := decimal.NewFromInt(int64(raw[i+1] % 7))
				ind.Weight = &w
			}
			in.Indicators = append(in.Indicators, ind)
		}
		r, err := PreviewSelfEvaluation(defaults, in)
		if err != nil {
			inputErrorField(t, err)
			return
		}
		if r.Total.Sign() < 0 || r.Total.GreaterThan(hundred) || len(r.Items) != len(in.Indicators) {
			t.Fatalf("total %s, %d items for %d indicators", r.Total, len(r.Items), len(in.Indicators))
		}
		sum, points := r.ExecutionScore, defaults.SelfExecutionPoints
		for _, c := range r.Categories {
			sum, points = sum.Add(c.Score), points.Add(c.Points)
		}
		if !sum.Equal(r.Total) || !points.Equal(hundred) {
			t.Fatalf("categories sum to %s of %s, total %s", sum, points, r.Total)
		}
		if r.Grade != GradeFor(defaults, r.Total) {
			t.Fatalf("grade %s for %s", r.Grade, r.Total)
		}
	})
}
