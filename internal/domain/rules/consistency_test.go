package rules

import (
	"testing"

	"jixiao/internal/domain/enums"
)

func TestConsistencyChecks(t *testing.T) {
	for _, tc := range []struct {
		name                        string
		score, points, paid, budget string
		flags                       []string
	}{
		// Execution 90 %: indicators may score up to 90 % × 1.05 = 94.5 % of 90 = 85.05.
		{"at the tolerance", "85.05", "90", "90", "100", nil},
		{"just above the tolerance", "85.06", "90", "90", "100", []string{FlagHighScoreLowSpending}},
		{"perfect scores, full spending", "90", "90", "100", "100", nil},
		{"overspent", "90", "90", "120", "100", nil},
		// Unspent: exactly 20 % is fine, more is not.
		{"20 % unspent", "70", "90", "80", "100", nil},
		{"just over 20 % unspent", "70", "90", "79.99", "100", []string{FlagUnderspent}},
		{"both", "90", "90", "50", "100", []string{FlagHighScoreLowSpending, FlagUnderspent}},
		{"nothing spent, nothing scored", "0", "90", "0", "100", []string{FlagUnderspent}},
	} {
		got, err := ConsistencyChecks(defaults, d(tc.score), d(tc.points), d(tc.paid), d(tc.budget))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		var flags []string
		for _, w := range got {
			flags = append(flags, w.Flag)
			wantLevel := map[string]enums.WarningLevel{FlagHighScoreLowSpending: enums.WarningLevelRed, FlagUnderspent: enums.WarningLevelYellow}[w.Flag]
			if w.Level != wantLevel || w.ZH == "" || w.EN == "" {
				t.Errorf("%s: warning %+v", tc.name, w)
			}
		}
		equalStrings(t, tc.name, flags, tc.flags)
	}
	got, _ := ConsistencyChecks(defaults, d("90"), d("90"), d("50"), d("100"))
	if want := "指标得分率 100% 高于预算执行率 50% 超过 5%（相对），存在“高分低支出”"; got[0].ZH != want {
		t.Errorf("ZH = %q, want %q", got[0].ZH, want)
	}
	if want := "50% of the budget is unspent, more than 20%"; got[1].EN != want {
		t.Errorf("EN = %q, want %q", got[1].EN, want)
	}
	if _, err := ConsistencyChecks(defaults, d("1"), d("0"), d("1"), d("1")); inputErrorField(t, err) != "indicatorPoints" {
		t.Error("indicator points 0 accepted")
	}
	if _, err := ConsistencyChecks(defaults, d("1"), d("90"), d("1"), d("0")); inputErrorField(t, err) != "budget" {
		t.Error("budget 0 accepted")
	}
}

// TestSchemeConsistencyFlags: the flags stored on a computed evaluation are
// those the self-evaluation preview shows for the same inputs.
func TestSchemeConsistencyFlags(t *testing.T) {
	for _, tc := range []struct {
		name                 string
		paid, budget, actual string
		flags                []string
	}{
		{"on track", "100", "100", "10", []string{}},
		{"high score, low spending", "50", "100", "10", []string{FlagHighScoreLowSpending, FlagUnderspent}},
		{"underspent, low scores", "70", "100", "3", []string{FlagUnderspent}},
		{"full spending, nothing achieved", "100", "100", "0", []string{}},
	} {
		in := SelfEvalInput{Paid: d(tc.paid), Budget: d(tc.budget), Indicators: []SelfEvalIndicator{
			{Category: enums.IndicatorCategoryOutput, Indicator: Indicator{Comparator: enums.ComparatorGte, Target: dp("10"), Actual: dp(tc.actual)}},
			{Category: enums.IndicatorCategoryEffect, Indicator: Indicator{Comparator: enums.ComparatorGte, Target: dp("10"), Actual: dp(tc.actual)}},
		}}
		preview, err := PreviewSelfEvaluation(defaults, in)
		if err != nil {
			t.Fatal(err)
		}
		root, err := SelfEvaluationScheme(defaults, in)
		if err != nil {
			t.Fatal(err)
		}
		got, err := SchemeConsistencyFlags(defaults, root, preview.Scheme)
		if err != nil {
			t.Fatal(err)
		}
		equalStrings(t, tc.name, got, tc.flags)
		equalStrings(t, tc.name+" (preview)", preview.Flags, tc.flags)
	}
	// A key evaluation has no execution-rate item at its top: no flags.
	root := Item{Method: MethodComposite, Points: d("100"), Children: []Item{{Method: MethodManual, Points: d("100"), Manual: dp("95")}}}
	res, err := ScoreScheme(defaults, root)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := SchemeConsistencyFlags(defaults, root, res); got == nil || len(got) != 0 {
		t.Errorf("flags %v for a scheme without an execution item", got)
	}
}
