package rules

import (
	"testing"

	"github.com/shopspring/decimal"
)

func quant(cat IndicatorCategory, comparator Comparator, target, actual string, weight *decimal.Decimal) SelfEvalIndicator {
	return SelfEvalIndicator{Category: cat, Weight: weight, Indicator: Indicator{Comparator: comparator, Target: dp(target), Actual: dp(actual)}}
}

func qual(cat IndicatorCategory, level QualitativeLevel, rate string) SelfEvalIndicator {
	return SelfEvalIndicator{Category: cat, Indicator: Indicator{Comparator: ComparatorQualitative, Level: level, LevelRate: dp(rate)}}
}

type categoryWant struct {
	cat           IndicatorCategory
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
		grade      Grade
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
				quant(CategoryOutput, ComparatorGTE, "100", "100", nil),
				quant(CategoryOutput, ComparatorGTE, "100", "50", nil),
				qual(CategoryEffect, LevelAchieved, "0.9"),
				quant(CategorySatisfaction, ComparatorGTE, "90", "95", nil),
			}},
			total: "83.5", grade: GradeGood, execution: "9",
			categories: []categoryWant{{CategoryOutput, "50", "37.5"}, {CategoryEffect, "30", "27"}, {CategorySatisfaction, "10", "10"}},
			items:      []string{"25", "12.5", "27", "10"},
			flags:      nil,
		},
		{
			// No satisfaction indicator: 效益 gets 40. Indicators 90 / 90 = 100 % vs execution 50 %.
			name: "satisfaction fallback, high score with low spending",
			p:    defaults,
			in: SelfEvalInput{Paid: d("50"), Budget: d("100"), Indicators: []SelfEvalIndicator{
				quant(CategoryEffect, ComparatorGTE, "1", "1", nil),
				quant(CategoryOutput, ComparatorGTE, "1", "1", nil),
			}},
			total: "95", grade: GradeExcellent, execution: "5",
			categories: []categoryWant{{CategoryOutput, "50", "50"}, {CategoryEffect, "40", "40"}},
			items:      []string{"40", "50"},
			flags:      []string{FlagHighScoreLowSpending, FlagUnderspent},
		},
		{
			// 成本 shares 产出 by weight 30 : 20; the cost indicator at 1.5 T scores half.
			name: "cost shares the output points",
			p:    defaults,
			in: SelfEvalInput{Paid: d("100"), Budget: d("100"), Indicators: []SelfEvalIndicator{
				quant(CategoryOutput, ComparatorGTE, "10", "10", dp("30")),
				quant(CategoryCost, ComparatorLTE, "100", "150", dp("20")),
				quant(CategoryEffect, ComparatorGTE, "1", "1", nil),
				quant(CategorySatisfaction, ComparatorGTE, "90", "90", nil),
			}},
			total: "90", grade: GradeExcellent, execution: "10",
			categories: []categoryWant{{CategoryOutput, "50", "40"}, {CategoryEffect, "30", "30"}, {CategorySatisfaction, "10", "10"}},
			items:      []string{"30", "10", "30", "10"},
		},
		{
			// 50 split 1 : 2 → 16.67 + 33.33 (remainder to the larger fraction).
			name: "weights that do not divide evenly",
			p:    defaults,
			in: SelfEvalInput{Paid: d("100"), Budget: d("100"), Indicators: []SelfEvalIndicator{
				quant(CategoryOutput, ComparatorGTE, "1", "1", dp("1")),
				quant(CategoryOutput, ComparatorGTE, "1", "1", dp("2")),
				quant(CategoryEffect, ComparatorGTE, "1", "0", nil),
			}},
			total: "60", grade: GradeFair, execution: "10",
			categories: []categoryWant{{CategoryOutput, "50", "50"}, {CategoryEffect, "40", "0"}},
			items:      []string{"16.67", "33.33", "0"},
			flags:      nil,
		},
		{
			name: "three equal shares",
			p:    defaults,
			in: SelfEvalInput{Paid: d("100"), Budget: d("100"), Indicators: []SelfEvalIndicator{
				quant(CategoryOutput, ComparatorGTE, "1", "1", nil),
				quant(CategoryOutput, ComparatorGTE, "1", "1", nil),
				quant(CategoryOutput, ComparatorGTE, "2", "1", nil),
				quant(CategoryEffect, ComparatorGTE, "1", "1", nil),
			}},
			total: "91.67", grade: GradeExcellent, execution: "10", // 16.67 + 16.67 + 8.33 + 40 + 10
			categories: []categoryWant{{CategoryOutput, "50", "41.67"}, {CategoryEffect, "40", "40"}},
			items:      []string{"16.67", "16.67", "8.33", "40"},
		},
		{
			name: "missing actual scores 0 and is flagged",
			p:    defaults,
			in: SelfEvalInput{Paid: d("100"), Budget: d("100"), Indicators: []SelfEvalIndicator{
				{Category: CategoryOutput, Indicator: Indicator{Comparator: ComparatorGTE, Target: dp("1")}},
				quant(CategoryEffect, ComparatorGTE, "1", "1", nil),
			}},
			total: "50", grade: GradePoor, execution: "10",
			categories: []categoryWant{{CategoryOutput, "50", "0"}, {CategoryEffect, "40", "40"}},
			items:      []string{"0", "40"},
		},
		{
			name: "cost as its own category",
			p:    separateCost,
			in: SelfEvalInput{Paid: d("100"), Budget: d("100"), Indicators: []SelfEvalIndicator{
				quant(CategoryOutput, ComparatorGTE, "1", "1", nil),
				quant(CategoryCost, ComparatorLTE, "100", "125", nil),
				quant(CategoryEffect, ComparatorGTE, "1", "1", nil),
			}},
			total: "97.5", grade: GradeExcellent, execution: "10",
			categories: []categoryWant{{CategoryOutput, "40", "40"}, {CategoryEffect, "40", "40"}, {CategoryCost, "10", "7.5"}},
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
	ok := quant(CategoryOutput, ComparatorGTE, "1", "1", nil)
	effect := quant(CategoryEffect, ComparatorGTE, "1", "1", nil)
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
			quant(CategoryOutput, ComparatorGTE, "1", "1", dp("1")), ok, effect}}, "indicators[1].weight"},
		{"negative weight", defaults, SelfEvalInput{Paid: d("1"), Budget: d("1"), Indicators: []SelfEvalIndicator{
			quant(CategoryOutput, ComparatorGTE, "1", "1", dp("-1")), effect}}, "indicators[0].weight"},
		{"all weights 0", defaults, SelfEvalInput{Paid: d("1"), Budget: d("1"), Indicators: []SelfEvalIndicator{
			quant(CategoryOutput, ComparatorGTE, "1", "1", dp("0")), effect}}, "indicators[0].weight"},
		{"qualitative rate outside its band", defaults, SelfEvalInput{Paid: d("1"), Budget: d("1"), Indicators: []SelfEvalIndicator{
			ok, effect, qual(CategoryEffect, LevelPartlyAchieved, "0.85")}}, "indicators[2].levelRate"},
		{"quantitative without target", defaults, SelfEvalInput{Paid: d("1"), Budget: d("1"), Indicators: []SelfEvalIndicator{
			ok, {Category: CategoryEffect, Indicator: Indicator{Comparator: ComparatorGTE}}}}, "indicators[1].targetValue"},
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
		{Name: "培训人次", Category: CategoryOutput, Indicator: Indicator{Comparator: ComparatorGTE, Target: dp("1"), Actual: dp("1")}},
		quant(CategoryEffect, ComparatorGTE, "1", "1", nil),
		quant(CategorySatisfaction, ComparatorGTE, "1", "1", nil),
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
		categories := []IndicatorCategory{CategoryOutput, CategoryEffect, CategorySatisfaction, CategoryCost}
		comparators := []Comparator{ComparatorGTE, ComparatorGT, ComparatorEQ, ComparatorLT, ComparatorLTE}
		// Each indicator takes 3 bytes: category and comparator, target, actual.
		for i := 0; i+2 < len(raw) && len(in.Indicators) < 30; i += 3 {
			ind := SelfEvalIndicator{Category: categories[raw[i]%4]}
			if raw[i]&0x80 != 0 {
				rate := decimal.New(int64(raw[i+2]%101), -2)
				ind.Indicator = Indicator{Comparator: ComparatorQualitative, Level: []QualitativeLevel{LevelAchieved, LevelPartlyAchieved, LevelNotAchieved}[raw[i+1]%3], LevelRate: &rate}
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
