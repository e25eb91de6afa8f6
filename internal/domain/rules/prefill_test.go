package rules

import (
	"strings"
	"testing"

	"jixiao/internal/domain/enums"
)

func TestPrefillFromIndicators(t *testing.T) {
	q := func(name string, c enums.Comparator, target, actual string, evidence ...string) IndicatorFact {
		f := IndicatorFact{Name: name, Indicator: Indicator{Comparator: c, Target: dp(target)}, Evidence: evidence}
		if actual != "" {
			f.Indicator.Actual = dp(actual)
		}
		return f
	}
	for _, tc := range []struct {
		name  string
		facts []IndicatorFact
		ok    bool
		want  string
	}{
		{"none", nil, false, ""},
		{"no actuals", []IndicatorFact{q("a", enums.ComparatorGte, "100", "")}, false, ""},
		{"qualitative only", []IndicatorFact{{Name: "q", Indicator: Indicator{Comparator: enums.ComparatorQualitative, Level: enums.QualitativeLevelAchieved}}}, false, ""},
		{"one met", []IndicatorFact{q("a", enums.ComparatorGte, "100", "100")}, true, "10"},
		{"mean of two", []IndicatorFact{q("a", enums.ComparatorGte, "100", "100"), q("b", enums.ComparatorGte, "100", "75")}, true, "8.75"},
		{"skips those without actual", []IndicatorFact{q("a", enums.ComparatorGte, "100", "50"), q("b", enums.ComparatorGte, "100", "")}, true, "5"},
	} {
		pf, ok, err := PrefillFromIndicators(defaults, tc.facts, d("10"))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if ok != tc.ok {
			t.Fatalf("%s: ok = %v", tc.name, ok)
		}
		if ok {
			equalDecimal(t, tc.name, pf.Score, tc.want)
		}
	}
	pf, _, _ := PrefillFromIndicators(defaults, []IndicatorFact{q("完成率", enums.ComparatorGte, "100", "90", "https://x/1.pdf")}, d("10"))
	if !strings.Contains(pf.ZH, "完成率 实际 90 / 目标 100") || !strings.Contains(pf.ZH, "https://x/1.pdf") || len(pf.Evidence) != 1 {
		t.Errorf("source %q", pf.ZH)
	}
}

func TestPrefilledManualItem(t *testing.T) {
	pf := Prefill{Score: d("8"), ZH: "据 1 项已批复指标预填 8.00 分", EN: "pre-filled 8.00 points"}
	item := Item{Name: "实际完成率", Method: MethodManual, Points: d("10"), Manual: dp("8"), Prefill: &pf}
	r, err := ScoreScheme(defaults, composite("产出", "10", item))
	if err != nil {
		t.Fatal(err)
	}
	if e := r.Root.Children[0].Explanation; !strings.Contains(e.ZH, "评价人确认") || !strings.Contains(e.EN, "confirmed") {
		t.Errorf("confirmed: %q", e.ZH)
	}
	item.Manual = dp("6")
	if _, err := ScoreScheme(defaults, composite("产出", "10", item)); inputErrorField(t, err) != "产出/实际完成率.note" {
		t.Errorf("a change without reason: %v", err)
	}
	pf.Reason = "现场核查数量不足"
	r, err = ScoreScheme(defaults, composite("产出", "10", item))
	if err != nil {
		t.Fatal(err)
	}
	e := r.Root.Children[0].Explanation
	if !strings.Contains(e.ZH, "评价人改为 6，理由：现场核查数量不足") || e.InputMap()["prefill"] != "8" || e.InputMap()["reason"] != pf.Reason {
		t.Errorf("changed: %q %v", e.ZH, e.Inputs)
	}
	equalDecimal(t, "changed score", r.Total, "6")
}
