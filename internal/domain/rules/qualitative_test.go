package rules

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

func TestScoreQualitative(t *testing.T) {
	for _, tc := range []struct {
		level  enums.QualitativeLevel
		score  *decimal.Decimal
		rate   *decimal.Decimal
		points string
		want   string // "" = rejected
		field  string
	}{
		// 达成 80–100 % of W.
		{enums.QualitativeLevelAchieved, dp("8"), nil, "10", "8", ""},
		{enums.QualitativeLevelAchieved, dp("10"), nil, "10", "10", ""},
		{enums.QualitativeLevelAchieved, dp("7.99"), nil, "10", "", "levelScore"},
		{enums.QualitativeLevelAchieved, dp("10.01"), nil, "10", "", "levelScore"},
		{enums.QualitativeLevelAchieved, dp("7.995"), nil, "10", "8", ""}, // rounds to 8.00
		// 部分达成 60 % up to, not including, 80 %.
		{enums.QualitativeLevelPartlyAchieved, dp("6"), nil, "10", "6", ""},
		{enums.QualitativeLevelPartlyAchieved, dp("7.99"), nil, "10", "7.99", ""},
		{enums.QualitativeLevelPartlyAchieved, dp("7.994"), nil, "10", "7.99", ""},
		{enums.QualitativeLevelPartlyAchieved, dp("7.995"), nil, "10", "", "levelScore"}, // rounds to 8.00
		{enums.QualitativeLevelPartlyAchieved, dp("8"), nil, "10", "", "levelScore"},
		{enums.QualitativeLevelPartlyAchieved, dp("5.99"), nil, "10", "", "levelScore"},
		{enums.QualitativeLevelPartlyAchieved, dp("11.99"), nil, "15", "11.99", ""},
		{enums.QualitativeLevelPartlyAchieved, dp("12"), nil, "15", "", "levelScore"},
		{enums.QualitativeLevelPartlyAchieved, dp("9"), nil, "15", "9", ""},
		// 未达成 0 up to, not including, 60 %.
		{enums.QualitativeLevelNotAchieved, dp("0"), nil, "10", "0", ""},
		{enums.QualitativeLevelNotAchieved, dp("5.99"), nil, "10", "5.99", ""},
		{enums.QualitativeLevelNotAchieved, dp("6"), nil, "10", "", "levelScore"},
		{enums.QualitativeLevelNotAchieved, dp("-1"), nil, "10", "", "levelScore"},
		// The rate variant: a share of W, inside the band.
		{enums.QualitativeLevelAchieved, nil, dp("0.9"), "10", "9", ""},
		{enums.QualitativeLevelAchieved, nil, dp("0.8"), "10", "8", ""},
		{enums.QualitativeLevelAchieved, nil, dp("1"), "10", "10", ""},
		{enums.QualitativeLevelPartlyAchieved, nil, dp("0.7"), "10", "7", ""},
		{enums.QualitativeLevelPartlyAchieved, nil, dp("0.8"), "10", "", "levelRate"},
		{enums.QualitativeLevelPartlyAchieved, nil, dp("0.6"), "25", "15", ""},
		{enums.QualitativeLevelNotAchieved, nil, dp("0.333"), "10", "3.33", ""},
		{enums.QualitativeLevelNotAchieved, nil, dp("0.6"), "10", "", "levelRate"},
		{enums.QualitativeLevelAchieved, nil, dp("1.2"), "10", "", "levelRate"},
		{enums.QualitativeLevelNotAchieved, nil, dp("-0.1"), "10", "", "levelRate"},
		// No points: 0 is the only score, whatever the level.
		{enums.QualitativeLevelAchieved, dp("0"), nil, "0", "0", ""},
		{enums.QualitativeLevelPartlyAchieved, dp("0"), nil, "0", "0", ""},
		{enums.QualitativeLevelNotAchieved, nil, dp("0.5"), "0", "0", ""},
		{enums.QualitativeLevelAchieved, dp("1"), nil, "0", "", "levelScore"},
		// Exactly one of score and rate.
		{enums.QualitativeLevelAchieved, nil, nil, "10", "", "levelScore"},
		{enums.QualitativeLevelAchieved, dp("9"), dp("0.9"), "10", "", "levelScore"},
		{"", dp("9"), nil, "10", "", "level"},
		{"ALMOST", dp("9"), nil, "10", "", "level"},
	} {
		ind := Indicator{Comparator: enums.ComparatorQualitative, Level: tc.level, LevelScore: tc.score, LevelRate: tc.rate}
		s, err := ScoreIndicator(defaults, ind, d(tc.points))
		name := string(tc.level) + " " + tc.points
		if tc.score != nil {
			name += " score " + tc.score.String()
		}
		if tc.rate != nil {
			name += " rate " + tc.rate.String()
		}
		if tc.want == "" {
			if err == nil {
				t.Errorf("%s: accepted with %s, want a %s error", name, s.Score, tc.field)
			} else if got := inputErrorField(t, err); got != tc.field {
				t.Errorf("%s: field %q, want %q", name, got, tc.field)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		equalDecimal(t, name, s.Score, tc.want)
		if s.Explanation.Rule != "QUALITATIVE_"+string(tc.level) {
			t.Errorf("%s: rule %s", name, s.Explanation.Rule)
		}
	}
}

func TestQualitativeMessages(t *testing.T) {
	s, err := ScoreIndicator(defaults, Indicator{Comparator: enums.ComparatorQualitative, Level: enums.QualitativeLevelPartlyAchieved, LevelScore: dp("7")}, d("10"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "定性指标：部分达成年度指标并具有一定效果（[60%, 80%)），得分 7.00 / 10.00（规则集 国家默认 v1）"; s.Explanation.ZH != want {
		t.Errorf("ZH = %q, want %q", s.Explanation.ZH, want)
	}
	_, err = ScoreIndicator(defaults, Indicator{Comparator: enums.ComparatorQualitative, Level: enums.QualitativeLevelPartlyAchieved, LevelScore: dp("8.5")}, d("10"))
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error %v is not an *InputError", err)
	}
	if want := "a partly achieved score must lie in [60%, 80%) of the points (6.00 ≤ x < 8.00), got 8.50"; ie.EN != want {
		t.Errorf("EN = %q, want %q", ie.EN, want)
	}
	if ie.Message("en") != ie.EN || ie.Message("zh") != ie.ZH {
		t.Error("Message does not pick the language")
	}
}

func TestQualitativeBand(t *testing.T) {
	low, high, inclusive, err := QualitativeBand(defaults, enums.QualitativeLevelAchieved)
	if err != nil || !low.Equal(d("0.8")) || !high.Equal(d("1")) || !inclusive {
		t.Errorf("achieved band = %s, %s, %v, %v", low, high, inclusive, err)
	}
	low, high, inclusive, _ = QualitativeBand(defaults, enums.QualitativeLevelNotAchieved)
	if !low.IsZero() || !high.Equal(d("0.6")) || inclusive {
		t.Errorf("not achieved band = %s, %s, %v", low, high, inclusive)
	}
}
