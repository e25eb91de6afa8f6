package rules

import "testing"

func TestMethodExplanations(t *testing.T) {
	bands := []SurveyBand{{d("0.9"), d("1")}, {d("0.8"), d("0.8")}}
	for _, tc := range []struct {
		name   string
		score  func() (Score, error)
		want   string
		rule   string
		zh, en string
	}{
		{"manual", func() (Score, error) { return scoreManual(defaults, d("8.5"), d("10")) },
			"8.5", "MANUAL", "人工评分 8.50 / 10", "manual score 8.50 of 10"},
		{"manual at the top", func() (Score, error) { return scoreManual(defaults, d("10"), d("10")) },
			"10", "MANUAL", "人工评分 10.00 / 10", "manual score 10.00 of 10"},
		{"survey proportional", func() (Score, error) { return scoreSurvey(defaults, Survey{Rate: d("0.925")}, d("10")) },
			"9.25", "SURVEY_PROPORTIONAL", "满意度 92.5%，按比例得分 = 10 × 92.5% = 9.25", "satisfaction 92.5%, proportional score = 10 × 92.5% = 9.25"},
		{"survey band", func() (Score, error) { return scoreSurvey(defaults, Survey{Rate: d("0.85"), Bands: bands}, d("10")) },
			"8", "SURVEY_BAND", "满意度 85% 达到“≥ 80%”档，得分 = 10 × 80% = 8.00", "satisfaction 85% reaches the “≥ 80%” band, score = 10 × 80% = 8.00"},
		{"survey below the bands", func() (Score, error) { return scoreSurvey(defaults, Survey{Rate: d("0.5"), Bands: bands}, d("10")) },
			"0", "SURVEY_BELOW_BANDS", "满意度 50% 低于最低档 80%，得 0 分", "satisfaction 50% is below the lowest band 80%, 0 points"},
		{"deduction", func() (Score, error) { return scoreDeduction(defaults, Deduction{3, d("2")}, d("10")) },
			"4", "DEDUCTION", "扣分：3 次，每次 2 分，得分 = max(0, 10 − 3 × 2) = 4.00", "deduction: 3 incidents at 2 points each, score = max(0, 10 − 3 × 2) = 4.00"},
		{"deduction floored", func() (Score, error) { return scoreDeduction(defaults, Deduction{7, d("1.5")}, d("10")) },
			"0", "DEDUCTION", "扣分：7 次，每次 1.5 分，得分 = max(0, 10 − 7 × 1.5) = 0.00", "deduction: 7 incidents at 1.5 points each, score = max(0, 10 − 7 × 1.5) = 0.00"},
		{"veto not triggered", func() (Score, error) { return scoreVeto(defaults, nil) },
			"0", "VETO_NOT_TRIGGERED", "一票否决项：未触发", "veto: not triggered"},
		{"veto triggered", func() (Score, error) { return scoreVeto(defaults, &Veto{true, "重大安全事故"}) },
			"0", "VETO_TRIGGERED", "一票否决：已触发（重大安全事故），上级评分项得 0 分", "veto triggered (重大安全事故): the parent item scores 0"},
		{"adjustments", func() (Score, error) {
			return scoreAdjustments(defaults, []Adjustment{{d("3"), "获奖"}, {d("-1.25"), "通报"}})
		}, "1.75", "BONUS_PENALTY", "加减分：+3.00（获奖）、-1.25（通报），合计 +1.75", "bonus/penalty: +3.00 (获奖), -1.25 (通报), in all +1.75"},
		{"no adjustments", func() (Score, error) { return scoreAdjustments(defaults, nil) },
			"0", "BONUS_PENALTY", "无加减分", "no bonus or penalty"},
	} {
		s, err := tc.score()
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		equalDecimal(t, tc.name, s.Score, tc.want)
		suffixZH, suffixEN := "（规则集 国家默认 v1）", " (rule set national default v1)"
		if s.Explanation.Rule != tc.rule || s.Explanation.ZH != tc.zh+suffixZH || s.Explanation.EN != tc.en+suffixEN {
			t.Errorf("%s: %s\n  %q\n  %q\nwant %s\n  %q\n  %q", tc.name, s.Explanation.Rule, s.Explanation.ZH, s.Explanation.EN, tc.rule, tc.zh+suffixZH, tc.en+suffixEN)
		}
		if s.Flags == nil {
			t.Errorf("%s: flags are nil", tc.name)
		}
	}
}

func TestMethodBadInput(t *testing.T) {
	for _, tc := range []struct {
		name  string
		score func() (Score, error)
		field string
	}{
		{"manual above W", func() (Score, error) { return scoreManual(defaults, d("10.01"), d("10")) }, "manual"},
		{"manual negative", func() (Score, error) { return scoreManual(defaults, d("-0.01"), d("10")) }, "manual"},
		{"survey rate negative", func() (Score, error) { return scoreSurvey(defaults, Survey{Rate: d("-0.1")}, d("10")) }, "survey.rate"},
		{"survey band start above 1", func() (Score, error) {
			return scoreSurvey(defaults, Survey{Rate: d("0.5"), Bands: []SurveyBand{{d("0.5"), d("1")}, {d("2"), d("1")}}}, d("10"))
		}, "survey.bands[1]"},
		{"negative per incident", func() (Score, error) { return scoreDeduction(defaults, Deduction{1, d("-2")}, d("10")) }, "deduction"},
		{"veto without reason", func() (Score, error) { return scoreVeto(defaults, &Veto{Triggered: true}) }, "veto.reason"},
		{"adjustment without reason", func() (Score, error) {
			return scoreAdjustments(defaults, []Adjustment{{d("1"), "ok"}, {d("1"), "\t"}})
		}, "adjustments[1].reason"},
	} {
		_, err := tc.score()
		if got := inputErrorField(t, err); got != tc.field {
			t.Errorf("%s: field %q, want %q", tc.name, got, tc.field)
		}
	}
}
