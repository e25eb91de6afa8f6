package rules

import (
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

func TestScoreIndicatorQuantitative(t *testing.T) {
	for _, tc := range []struct {
		name       string
		comparator enums.Comparator
		target     string
		actual     *decimal.Decimal
		points     string
		want       string
		rule       string
		flags      []string
	}{
		// Positive: A ≥ T → W; W × A ÷ T; 0 when A ≤ 0.
		{"met", enums.ComparatorGte, "100", dp("100"), "10", "10", "POSITIVE_MET", nil},
		{"above, below 1.3", enums.ComparatorGte, "100", dp("129.99"), "10", "10", "POSITIVE_MET", nil},
		{"over-achieved at 1.3", enums.ComparatorGte, "100", dp("130"), "10", "10", "POSITIVE_MET", []string{FlagOverAchieved}},
		{"partial", enums.ComparatorGte, "100", dp("75"), "10", "7.5", "POSITIVE_PARTIAL", nil},
		{"partial rounds half up", enums.ComparatorGte, "100", dp("66.65"), "10", "6.67", "POSITIVE_PARTIAL", nil},
		{"partial rounds down", enums.ComparatorGte, "100", dp("66.64"), "10", "6.66", "POSITIVE_PARTIAL", nil},
		{"a third", enums.ComparatorGt, "3", dp("1"), "10", "3.33", "POSITIVE_PARTIAL", nil},
		{"two thirds", enums.ComparatorGt, "3", dp("2"), "10", "6.67", "POSITIVE_PARTIAL", nil},
		{"A = 0", enums.ComparatorGte, "100", dp("0"), "10", "0", "POSITIVE_NONE", nil},
		{"A < 0", enums.ComparatorGt, "100", dp("-5"), "10", "0", "POSITIVE_NONE", nil},
		{"T = 0, A = 0", enums.ComparatorGte, "0", dp("0"), "10", "10", "POSITIVE_MET", nil},
		{"T = 0, A > 0 is not over-achieved", enums.ComparatorGte, "0", dp("5"), "10", "10", "POSITIVE_MET", nil},
		{"T = 0, A < 0", enums.ComparatorGte, "0", dp("-1"), "10", "0", "POSITIVE_NONE", nil},
		{"T < 0 met", enums.ComparatorGte, "-5", dp("-5"), "10", "10", "POSITIVE_MET", nil},
		{"T < 0 missed", enums.ComparatorGte, "-5", dp("-6"), "10", "0", "POSITIVE_NONE", nil},
		{"missing actual", enums.ComparatorGte, "100", nil, "10", "0", "MISSING_ACTUAL", []string{FlagMissingActual}},
		{"zero points", enums.ComparatorGte, "100", dp("50"), "0", "0", "POSITIVE_PARTIAL", nil},
		{"points with 2 decimals", enums.ComparatorGte, "3", dp("1"), "16.67", "5.56", "POSITIVE_PARTIAL", nil},

		// Reverse: A ≤ T → W; T < A < 2T → W × (1 − (A − T) ÷ T); A ≥ 2T → 0.
		{"reverse below", enums.ComparatorLte, "100", dp("80"), "10", "10", "REVERSE_MET", nil},
		{"reverse at target", enums.ComparatorLte, "100", dp("100"), "10", "10", "REVERSE_MET", nil},
		{"reverse 1.25 T", enums.ComparatorLte, "100", dp("125"), "10", "7.5", "REVERSE_PARTIAL", nil},
		{"reverse 1.5 T", enums.ComparatorLt, "100", dp("150"), "10", "5", "REVERSE_PARTIAL", nil},
		{"reverse 1.33 T", enums.ComparatorLte, "100", dp("133"), "10", "6.7", "REVERSE_PARTIAL", nil},
		{"reverse just below 2T", enums.ComparatorLte, "100", dp("199"), "10", "0.1", "REVERSE_PARTIAL", nil},
		{"reverse at 2T", enums.ComparatorLte, "100", dp("200"), "10", "0", "REVERSE_ZERO", nil},
		{"reverse above 2T", enums.ComparatorLte, "100", dp("300"), "10", "0", "REVERSE_ZERO", nil},
		{"reverse T = 0, A = 0", enums.ComparatorLte, "0", dp("0"), "10", "10", "REVERSE_MET", nil},
		{"reverse T = 0, A < 0", enums.ComparatorLt, "0", dp("-1"), "10", "10", "REVERSE_MET", nil},
		{"reverse T = 0, A > 0", enums.ComparatorLte, "0", dp("0.01"), "10", "0", "REVERSE_ZERO", nil},
		{"reverse T < 0 partial", enums.ComparatorLt, "-5", dp("-2"), "10", "4", "REVERSE_PARTIAL", nil},
		{"reverse T < 0 zero point", enums.ComparatorLt, "-5", dp("0"), "10", "0", "REVERSE_ZERO", nil},
		{"reverse missing actual", enums.ComparatorLte, "100", nil, "10", "0", "MISSING_ACTUAL", []string{FlagMissingActual}},
		{"reverse never over-achieved", enums.ComparatorLte, "100", dp("10"), "10", "10", "REVERSE_MET", nil},

		// Equal: positive when T > 0; when T = 0, W if A = 0, else 0.
		{"equal met", enums.ComparatorEq, "100", dp("100"), "10", "10", "POSITIVE_MET", nil},
		{"equal partial", enums.ComparatorEq, "100", dp("50"), "10", "5", "POSITIVE_PARTIAL", nil},
		{"equal over-achieved", enums.ComparatorEq, "100", dp("150"), "10", "10", "POSITIVE_MET", []string{FlagOverAchieved}},
		{"equal T = 0, A = 0", enums.ComparatorEq, "0", dp("0"), "10", "10", "EQUAL_MET", nil},
		{"equal T = 0, A > 0", enums.ComparatorEq, "0", dp("1"), "10", "0", "EQUAL_MISSED", nil},
		{"equal T = 0, A < 0", enums.ComparatorEq, "0", dp("-1"), "10", "0", "EQUAL_MISSED", nil},
		{"equal T < 0 met", enums.ComparatorEq, "-2", dp("-2"), "10", "10", "EQUAL_MET", nil},
		{"equal T < 0 missed", enums.ComparatorEq, "-2", dp("-1"), "10", "0", "EQUAL_MISSED", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ScoreIndicator(defaults, Indicator{Comparator: tc.comparator, Target: dp(tc.target), Actual: tc.actual}, d(tc.points))
			if err != nil {
				t.Fatal(err)
			}
			equalDecimal(t, "score", s.Score, tc.want)
			if s.Explanation.Rule != tc.rule {
				t.Errorf("rule = %s, want %s", s.Explanation.Rule, tc.rule)
			}
			if s.Flags == nil {
				t.Error("flags are nil, want a list")
			}
			equalStrings(t, "flags", s.Flags, tc.flags)
		})
	}
}

func TestScoreIndicatorExplanation(t *testing.T) {
	s, err := ScoreIndicator(defaults, Indicator{Comparator: enums.ComparatorGte, Target: dp("100"), Actual: dp("75")}, d("10"))
	if err != nil {
		t.Fatal(err)
	}
	e := s.Explanation
	for _, c := range []struct{ what, got, want string }{
		{"ZH", e.ZH, "正向指标：完成值 75 < 目标值 100，得分 = 10 × 75 ÷ 100 = 7.50（规则集 国家默认 v1）"},
		{"EN", e.EN, "positive indicator: actual 75 < target 100, score = 10 × 75 ÷ 100 = 7.50 (rule set national default v1)"},
		{"Formula", e.Formula, "10 × 75 ÷ 100 = 7.50"},
		{"Result", e.Result, "7.50"},
		{"RuleSetVersion", e.RuleSetVersion, "国家默认 v1"},
		{"Text(en-US)", e.Text("en-US"), e.EN},
		{"Text(zh-CN)", e.Text("zh-CN"), e.ZH},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
		}
	}
	want := []KV{{"comparator", "GTE"}, {"target", "100"}, {"points", "10"}, {"actual", "75"}}
	if len(e.Inputs) != len(want) {
		t.Fatalf("inputs = %v, want %v", e.Inputs, want)
	}
	for i := range want {
		if e.Inputs[i] != want[i] {
			t.Errorf("input %d = %v, want %v", i, e.Inputs[i], want[i])
		}
	}

	over, _ := ScoreIndicator(defaults, Indicator{Comparator: enums.ComparatorGte, Target: dp("100"), Actual: dp("140")}, d("10"))
	if want := "正向指标：完成值 140 ≥ 目标值 100，得满分 10.00；完成值达到目标值的 1.3 倍及以上，属超额完成，须说明偏差原因（规则集 国家默认 v1）"; over.Explanation.ZH != want {
		t.Errorf("over-achieved ZH = %q, want %q", over.Explanation.ZH, want)
	}
	reverse, _ := ScoreIndicator(defaults, Indicator{Comparator: enums.ComparatorLte, Target: dp("100"), Actual: dp("150")}, d("10"))
	if want := "反向指标：目标值 100 < 完成值 150 < 200，得分 = 10 × (1 − (150 − 100) ÷ 100) = 5.00（规则集 国家默认 v1）"; reverse.Explanation.ZH != want {
		t.Errorf("reverse ZH = %q, want %q", reverse.Explanation.ZH, want)
	}
	named := defaults.Named("浙江省 2026", 3)
	s, _ = ScoreIndicator(named, Indicator{Comparator: enums.ComparatorGte, Target: dp("1"), Actual: nil}, d("5"))
	if want := "未填报完成值，得 0 分（规则集 浙江省 2026 v3）"; s.Explanation.ZH != want {
		t.Errorf("named rule set ZH = %q, want %q", s.Explanation.ZH, want)
	}
	if s.Explanation.InputMap()["actual"] != "" || s.Explanation.InputMap()["target"] != "1" {
		t.Errorf("input map = %v", s.Explanation.InputMap())
	}
}

func TestScoreIndicatorBadInput(t *testing.T) {
	for _, tc := range []struct {
		name   string
		ind    Indicator
		points string
		field  string
	}{
		{"negative points", Indicator{Comparator: enums.ComparatorGte, Target: dp("1"), Actual: dp("1")}, "-1", "points"},
		{"points finer than a score", Indicator{Comparator: enums.ComparatorGte, Target: dp("1"), Actual: dp("1")}, "1.005", "points"},
		{"no target", Indicator{Comparator: enums.ComparatorGte, Actual: dp("1")}, "10", "targetValue"},
		{"no target, reverse", Indicator{Comparator: enums.ComparatorLt}, "10", "targetValue"},
		{"unknown comparator", Indicator{Comparator: "ABOUT", Target: dp("1")}, "10", "comparator"},
		{"empty comparator", Indicator{Target: dp("1")}, "10", "comparator"},
		{"qualitative without level", Indicator{Comparator: enums.ComparatorQualitative, LevelScore: dp("9")}, "10", "level"},
	} {
		_, err := ScoreIndicator(defaults, tc.ind, d(tc.points))
		if err == nil {
			t.Errorf("%s: no error", tc.name)
			continue
		}
		if got := inputErrorField(t, err); got != tc.field {
			t.Errorf("%s: field %q, want %q", tc.name, got, tc.field)
		}
	}
}

func FuzzIndicatorScore(f *testing.F) {
	f.Add(uint8(0), int64(100), int64(75), int64(1000), true, true, uint8(0), int64(900), int8(-2))
	f.Add(uint8(3), int64(0), int64(1), int64(1000), true, true, uint8(1), int64(700), int8(0))
	f.Add(uint8(5), int64(0), int64(0), int64(1500), false, false, uint8(2), int64(5), int8(-1))
	f.Fuzz(func(t *testing.T, comparator uint8, target, actual, centiPoints int64, hasTarget, hasActual bool, level uint8, levelValue int64, exp int8) {
		comparators := []enums.Comparator{enums.ComparatorGte, enums.ComparatorGt, enums.ComparatorEq, enums.ComparatorLt, enums.ComparatorLte, enums.ComparatorQualitative}
		levels := []enums.QualitativeLevel{enums.QualitativeLevelAchieved, enums.QualitativeLevelPartlyAchieved, enums.QualitativeLevelNotAchieved}
		e := int32(exp % 6)
		w := decimal.New(centiPoints%100_000_000, -2)
		ind := Indicator{Comparator: comparators[int(comparator)%len(comparators)], Level: levels[int(level)%len(levels)]}
		if hasTarget {
			v := decimal.New(target, e)
			ind.Target = &v
		}
		if hasActual {
			v := decimal.New(actual, e)
			ind.Actual = &v
		}
		if level%2 == 0 {
			v := decimal.New(levelValue, -2)
			ind.LevelScore = &v
		} else {
			v := decimal.New(levelValue%2000, -3)
			ind.LevelRate = &v
		}
		s, err := ScoreIndicator(defaults, ind, w)
		if err != nil {
			inputErrorField(t, err)
			return
		}
		if s.Score.Sign() < 0 || s.Score.GreaterThan(w) {
			t.Fatalf("score %s outside [0, %s] for %+v", s.Score, w, ind)
		}
		if !hasAtMostPlaces(s.Score, defaults.ScorePlaces) || s.Flags == nil || s.Explanation.ZH == "" || s.Explanation.EN == "" {
			t.Fatalf("malformed result %+v", s)
		}
	})
}
