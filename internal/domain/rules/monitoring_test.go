package rules

import (
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

func TestTimeProgress(t *testing.T) {
	for month, want := range map[int]string{1: "0.0833", 6: "0.5", 7: "0.5833", 12: "1"} {
		got, err := TimeProgress(defaults, month)
		if err != nil {
			t.Fatal(err)
		}
		equalDecimal(t, "time progress", got, want)
	}
	for _, month := range []int{0, 13, -1} {
		if _, err := TimeProgress(defaults, month); inputErrorField(t, err) != "month" {
			t.Errorf("month %d accepted", month)
		}
	}
}

func TestExecutionWarning(t *testing.T) {
	for _, tc := range []struct {
		paid, budget string
		month        int
		level        enums.WarningLevel
		ratio        string
	}{
		// June: time progress 50 %.
		{"30", "100", 6, enums.WarningLevelYellow, "0.6"},
		{"29.99", "100", 6, enums.WarningLevelRed, "0.5998"},
		{"40", "100", 6, enums.WarningLevelGreen, "0.8"},
		{"39.99", "100", 6, enums.WarningLevelYellow, "0.7998"},
		{"90", "100", 6, enums.WarningLevelGreen, "1.8"}, // no blue for spending
		{"0", "100", 6, enums.WarningLevelRed, "0"},
		// July: 45 % ÷ 7/12 = 0.771428…
		{"45", "100", 7, enums.WarningLevelYellow, "0.7714"},
		{"100", "100", 12, enums.WarningLevelGreen, "1"},
	} {
		w, err := ExecutionWarning(defaults, d(tc.paid), d(tc.budget), tc.month)
		if err != nil {
			t.Fatal(err)
		}
		if w.Level != tc.level {
			t.Errorf("paid %s month %d: %s, want %s", tc.paid, tc.month, w.Level, tc.level)
		}
		equalDecimal(t, "ratio", *w.Ratio, tc.ratio)
	}
	w, _ := ExecutionWarning(defaults, d("45"), d("100"), 7)
	if want := "预算执行率 45% ÷ 序时进度 58.33% = 0.7714（60% 至 80%），黄色预警（规则集 国家默认 v1）"; w.Explanation.ZH != want {
		t.Errorf("ZH = %q, want %q", w.Explanation.ZH, want)
	}
	if _, err := ExecutionWarning(defaults, d("1"), d("0"), 6); inputErrorField(t, err) != "budget" {
		t.Error("budget 0 accepted")
	}
	if _, err := ExecutionWarning(defaults, d("1"), d("10"), 0); inputErrorField(t, err) != "month" {
		t.Error("month 0 accepted")
	}
}

func TestIndicatorWarning(t *testing.T) {
	for _, tc := range []struct {
		name       string
		comparator enums.Comparator
		target     *decimal.Decimal
		completed  *decimal.Decimal
		level      enums.QualitativeLevel
		likelihood Likelihood
		want       enums.WarningLevel
		ratio      string // "" = none
	}{
		// Positive, T = 120, June: 60 due.
		{"60 %", enums.ComparatorGte, dp("120"), dp("36"), "", "", enums.WarningLevelYellow, "0.6"},
		{"below 60 %", enums.ComparatorGte, dp("120"), dp("35.99"), "", "", enums.WarningLevelRed, "0.5998"},
		{"80 %", enums.ComparatorGte, dp("120"), dp("48"), "", "", enums.WarningLevelGreen, "0.8"},
		{"below 80 %", enums.ComparatorGt, dp("120"), dp("47.99"), "", "", enums.WarningLevelYellow, "0.7998"},
		{"below 120 %", enums.ComparatorGte, dp("120"), dp("71.99"), "", "", enums.WarningLevelGreen, "1.1998"},
		{"120 %", enums.ComparatorGte, dp("120"), dp("72"), "", "", enums.WarningLevelBlue, "1.2"},
		{"nothing completed", enums.ComparatorGte, dp("120"), dp("0"), "", "", enums.WarningLevelRed, ""},
		{"nothing reported", enums.ComparatorGte, dp("120"), nil, "", "", enums.WarningLevelRed, ""},
		{"equal scored as positive", enums.ComparatorEq, dp("120"), dp("60"), "", "", enums.WarningLevelGreen, "1"},
		// Reverse mirrors it: ratio = 60 due ÷ completed.
		{"reverse 120 %", enums.ComparatorLte, dp("120"), dp("50"), "", "", enums.WarningLevelBlue, "1.2"},
		{"reverse on pace", enums.ComparatorLte, dp("120"), dp("60"), "", "", enums.WarningLevelGreen, "1"},
		{"reverse 80 %", enums.ComparatorLt, dp("120"), dp("75"), "", "", enums.WarningLevelGreen, "0.8"},
		{"reverse below 80 %", enums.ComparatorLte, dp("120"), dp("76"), "", "", enums.WarningLevelYellow, "0.7895"},
		{"reverse 60 %", enums.ComparatorLte, dp("120"), dp("100"), "", "", enums.WarningLevelYellow, "0.6"},
		{"reverse below 60 %", enums.ComparatorLte, dp("120"), dp("101"), "", "", enums.WarningLevelRed, "0.5941"},
		{"reverse nothing used", enums.ComparatorLte, dp("120"), dp("0"), "", "", enums.WarningLevelBlue, ""},
		// Targets of 0 or less compare as is.
		{"reverse T = 0 met", enums.ComparatorLte, dp("0"), dp("0"), "", "", enums.WarningLevelGreen, ""},
		{"reverse T = 0 missed", enums.ComparatorLte, dp("0"), dp("1"), "", "", enums.WarningLevelRed, ""},
		{"positive T = 0", enums.ComparatorGte, dp("0"), dp("0"), "", "", enums.WarningLevelGreen, ""},
		{"equal T = 0 missed", enums.ComparatorEq, dp("0"), dp("1"), "", "", enums.WarningLevelRed, ""},
		// Qualitative.
		{"achieved", enums.ComparatorQualitative, nil, nil, enums.QualitativeLevelAchieved, "", enums.WarningLevelGreen, ""},
		{"partly", enums.ComparatorQualitative, nil, nil, enums.QualitativeLevelPartlyAchieved, "", enums.WarningLevelYellow, ""},
		{"not achieved", enums.ComparatorQualitative, nil, nil, enums.QualitativeLevelNotAchieved, "", enums.WarningLevelRed, ""},
		{"not reported", enums.ComparatorQualitative, nil, nil, "", "", enums.WarningLevelRed, ""},
		// 完全不可能 is red whatever the progress.
		{"impossible though ahead", enums.ComparatorGte, dp("120"), dp("72"), "", LikelihoodImpossible, enums.WarningLevelRed, "1.2"},
		{"impossible though achieved", enums.ComparatorQualitative, nil, nil, enums.QualitativeLevelAchieved, LikelihoodImpossible, enums.WarningLevelRed, ""},
		{"possible keeps the level", enums.ComparatorGte, dp("120"), dp("48"), "", LikelihoodPossible, enums.WarningLevelGreen, "0.8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w, err := IndicatorWarning(defaults, IndicatorProgress{Comparator: tc.comparator, Target: tc.target, Completed: tc.completed,
				Level: tc.level, Likelihood: tc.likelihood}, 6)
			if err != nil {
				t.Fatal(err)
			}
			if w.Level != tc.want {
				t.Errorf("level = %s, want %s (%s)", w.Level, tc.want, w.Explanation.ZH)
			}
			switch {
			case tc.ratio == "" && w.Ratio != nil:
				t.Errorf("ratio = %s, want none", w.Ratio)
			case tc.ratio != "" && w.Ratio == nil:
				t.Errorf("no ratio, want %s", tc.ratio)
			case tc.ratio != "":
				equalDecimal(t, "ratio", *w.Ratio, tc.ratio)
			}
			if w.Explanation.Result != string(tc.want) || w.Explanation.EN == "" {
				t.Errorf("explanation %+v", w.Explanation)
			}
		})
	}
	w, _ := IndicatorWarning(defaults, IndicatorProgress{Comparator: enums.ComparatorGte, Target: dp("120"), Completed: dp("72")}, 6)
	if want := "至今完成值 72 ÷ 序时应完成值 60 = 1.2（120% 及以上，目标可能偏低），蓝色（超前）（规则集 国家默认 v1）"; w.Explanation.ZH != want {
		t.Errorf("ZH = %q, want %q", w.Explanation.ZH, want)
	}
}

func TestIndicatorWarningBadInput(t *testing.T) {
	for _, tc := range []struct {
		in    IndicatorProgress
		month int
		field string
	}{
		{IndicatorProgress{Comparator: enums.ComparatorGte, Completed: dp("1")}, 6, "targetValue"},
		{IndicatorProgress{Comparator: enums.ComparatorGte, Target: dp("1")}, 0, "month"},
		{IndicatorProgress{Comparator: enums.ComparatorGte, Target: dp("1"), Likelihood: "MAYBE"}, 6, "likelihood"},
		{IndicatorProgress{Comparator: "ABOUT", Target: dp("1")}, 6, "comparator"},
		{IndicatorProgress{Comparator: enums.ComparatorQualitative, Level: "HALF"}, 6, "level"},
	} {
		_, err := IndicatorWarning(defaults, tc.in, tc.month)
		if got := inputErrorField(t, err); got != tc.field {
			t.Errorf("%+v: field %q, want %q", tc.in, got, tc.field)
		}
	}
}

func TestWorstWarning(t *testing.T) {
	for _, tc := range []struct {
		levels []enums.WarningLevel
		want   enums.WarningLevel
	}{
		{nil, enums.WarningLevelGreen},
		{[]enums.WarningLevel{enums.WarningLevelGreen, enums.WarningLevelBlue}, enums.WarningLevelBlue},
		{[]enums.WarningLevel{enums.WarningLevelBlue, enums.WarningLevelYellow}, enums.WarningLevelYellow},
		{[]enums.WarningLevel{enums.WarningLevelRed, enums.WarningLevelYellow, enums.WarningLevelBlue}, enums.WarningLevelRed},
	} {
		if got := WorstWarning(tc.levels...); got != tc.want {
			t.Errorf("WorstWarning(%v) = %s, want %s", tc.levels, got, tc.want)
		}
	}
}

func TestCheckCorrectiveAction(t *testing.T) {
	if err := CheckCorrectiveAction(enums.WarningLevelRed, "  "); inputErrorField(t, err) != "correctiveAction" {
		t.Error("red without an action accepted")
	}
	for _, ok := range []struct {
		level  enums.WarningLevel
		action string
	}{{enums.WarningLevelRed, "加快拨付进度"}, {enums.WarningLevelYellow, ""}, {enums.WarningLevelGreen, ""}, {enums.WarningLevelBlue, ""}} {
		if err := CheckCorrectiveAction(ok.level, ok.action); err != nil {
			t.Errorf("%s %q: %v", ok.level, ok.action, err)
		}
	}
}

func FuzzIndicatorWarning(f *testing.F) {
	f.Add(uint8(0), int64(120), int64(36), uint8(6), true, true, uint8(0))
	f.Add(uint8(4), int64(0), int64(-3), uint8(12), true, false, uint8(3))
	f.Fuzz(func(t *testing.T, comparator uint8, target, completed int64, month uint8, hasTarget, hasCompleted bool, extra uint8) {
		comparators := []enums.Comparator{enums.ComparatorGte, enums.ComparatorGt, enums.ComparatorEq, enums.ComparatorLt, enums.ComparatorLte, enums.ComparatorQualitative}
		in := IndicatorProgress{
			Comparator: comparators[int(comparator)%len(comparators)],
			Level:      []enums.QualitativeLevel{"", enums.QualitativeLevelAchieved, enums.QualitativeLevelPartlyAchieved, enums.QualitativeLevelNotAchieved}[extra%4],
			Likelihood: []Likelihood{"", LikelihoodCertain, LikelihoodPossible, LikelihoodImpossible}[(extra/4)%4],
		}
		if hasTarget {
			v := decimal.New(target, -2)
			in.Target = &v
		}
		if hasCompleted {
			v := decimal.New(completed, -2)
			in.Completed = &v
		}
		w, err := IndicatorWarning(defaults, in, int(month%14))
		if err != nil {
			inputErrorField(t, err)
			return
		}
		if w.Level.ZH() == "" || (in.Likelihood == LikelihoodImpossible && w.Level != enums.WarningLevelRed) {
			t.Fatalf("level %q for %+v", w.Level, in)
		}
	})
}

func TestWarningSeverityOrdersRedYellowBlueGreen(t *testing.T) {
	for _, tc := range []struct {
		level enums.WarningLevel
		want  int
	}{
		{enums.WarningLevelRed, 4}, {enums.WarningLevelYellow, 3}, {enums.WarningLevelBlue, 2},
		{enums.WarningLevelGreen, 1}, {"", 0},
	} {
		if got := WarningSeverity(tc.level); got != tc.want {
			t.Errorf("WarningSeverity(%q) = %d, want %d", tc.level, got, tc.want)
		}
	}
}
