package rules

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestScoreExecutionRate(t *testing.T) {
	uncapped := NationalDefaults()
	uncapped.ExecutionRateCap = false
	for _, tc := range []struct {
		name         string
		p            Params
		paid, budget string
		points       *decimal.Decimal
		want         string
		flags        []string
	}{
		{"85 %", defaults, "85000", "100000", nil, "8.5", nil},
		{"all spent", defaults, "100000", "100000", nil, "10", nil},
		{"overspent is capped", defaults, "120000", "100000", nil, "10", []string{FlagOverBudget}},
		{"nothing spent", defaults, "0", "100000", nil, "0", nil},
		{"a third", defaults, "1", "3", nil, "3.33", nil},
		{"two thirds", defaults, "2", "3", nil, "6.67", nil},
		{"fen", defaults, "12345.67", "20000.00", nil, "6.17", nil}, // 6.172835
		{"other points", defaults, "50", "100", dp("5"), "2.5", nil},
		{"cap off", uncapped, "120", "100", nil, "12", []string{FlagOverBudget}},
		{"cap off, under budget", uncapped, "60", "100", nil, "6", nil},
	} {
		s, err := ScoreExecutionRate(tc.p, d(tc.paid), d(tc.budget), tc.points)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		equalDecimal(t, tc.name, s.Score, tc.want)
		equalStrings(t, tc.name+" flags", s.Flags, tc.flags)
	}
}

func TestScoreExecutionRateExplanation(t *testing.T) {
	s, _ := ScoreExecutionRate(defaults, d("85000"), d("100000"), nil)
	if want := "预算执行率 = 支出 85000 ÷ 预算 100000 = 85%，得分 = 10 × 85000 ÷ 100000 = 8.50（规则集 国家默认 v1）"; s.Explanation.ZH != want {
		t.Errorf("ZH = %q, want %q", s.Explanation.ZH, want)
	}
	s, _ = ScoreExecutionRate(defaults, d("120000"), d("100000"), nil)
	if want := "execution rate = paid 120000 ÷ budget 100000 = 120%, counted as 100%: full points 10.00 (rule set national default v1)"; s.Explanation.EN != want {
		t.Errorf("EN = %q, want %q", s.Explanation.EN, want)
	}
}

func TestScoreExecutionRateBadInput(t *testing.T) {
	for _, tc := range []struct {
		paid, budget string
		points       *decimal.Decimal
		field        string
	}{
		{"10", "0", nil, "budget"},
		{"10", "-100", nil, "budget"},
		{"-1", "100", nil, "paid"},
		{"10", "100", dp("-10"), "points"},
	} {
		_, err := ScoreExecutionRate(defaults, d(tc.paid), d(tc.budget), tc.points)
		if got := inputErrorField(t, err); got != tc.field {
			t.Errorf("paid %s budget %s: field %q, want %q", tc.paid, tc.budget, got, tc.field)
		}
	}
}

func TestExecutionRate(t *testing.T) {
	r, err := ExecutionRate(d("1"), d("3"))
	if err != nil {
		t.Fatal(err)
	}
	equalDecimal(t, "1 ÷ 3", r, "0.3333")
	if _, err := ExecutionRate(d("1"), d("0")); inputErrorField(t, err) != "budget" {
		t.Error("budget 0 accepted")
	}
}

func FuzzExecutionRate(f *testing.F) {
	f.Add(int64(8500000), int64(10000000), int64(1000))
	f.Add(int64(1), int64(3), int64(0))
	f.Fuzz(func(t *testing.T, paidFen, budgetFen, centiPoints int64) {
		paid, budget := decimal.New(paidFen, -2), decimal.New(budgetFen, -2)
		w := decimal.New(centiPoints%100_000_000, -2)
		s, err := ScoreExecutionRate(defaults, paid, budget, &w)
		if err != nil {
			inputErrorField(t, err)
			return
		}
		if s.Score.Sign() < 0 || s.Score.GreaterThan(w) {
			t.Fatalf("score %s outside [0, %s] (paid %s, budget %s)", s.Score, w, paid, budget)
		}
	})
}
