package rules

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		values []string
		want   string
	}{
		{nil, "0"},
		{[]string{"5"}, "5"},
		{[]string{"9", "1", "5"}, "5"},
		{[]string{"4", "1", "3", "2"}, "2.5"},
		{[]string{"1", "2.005"}, "1.5"}, // 1.5025 rounds to fen
		{[]string{"1", "2.01"}, "1.51"}, // 1.505 half up
	} {
		equalDecimal(t, strings.Join(tc.values, ","), Median(decimals(tc.values...)), tc.want)
	}
}

func TestScoreRunningCost(t *testing.T) {
	for _, tc := range []struct {
		name              string
		expenditure       string
		headcount         int
		median, want, rul string
	}{
		{"below the median: full", "900000", 10, "100000", "5", "RUNNING_COST_AT_MOST_MEDIAN"},
		{"at the median: full", "1000000", 10, "100000", "5", "RUNNING_COST_AT_MOST_MEDIAN"},
		{"twice the median: half", "2000000", 10, "100000", "2.5", "RUNNING_COST_ABOVE_MEDIAN"},
		{"a third above: 5 × 3/4", "1333333.33", 10, "100000", "3.75", "RUNNING_COST_ABOVE_MEDIAN"}, // 133333.33/head → 3.7500…
		{"rounds half up", "1200000", 7, "150000", "4.38", "RUNNING_COST_ABOVE_MEDIAN"},             // 171428.57/head → 4.3750…
	} {
		s, err := ScoreRunningCost(defaults, RunningCost{Expenditure: d(tc.expenditure), Headcount: tc.headcount, SectorMedian: d(tc.median), SectorSize: 3}, d("5"))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		equalDecimal(t, tc.name, s.Score, tc.want)
		if s.Explanation.Rule != tc.rul || !strings.Contains(s.Explanation.ZH, "中位数") || !strings.Contains(s.Explanation.EN, "median") {
			t.Errorf("%s: explanation %+v", tc.name, s.Explanation)
		}
	}
	if _, err := ScoreRunningCost(defaults, RunningCost{Expenditure: d("1"), Headcount: 0}, d("5")); inputErrorField(t, err) != "headcount" {
		t.Error("no headcount accepted")
	}
	if _, err := ScoreRunningCost(defaults, RunningCost{Expenditure: d("-1"), Headcount: 3}, d("5")); inputErrorField(t, err) != "expenditure" {
		t.Error("negative expenditure accepted")
	}
}

func TestScoreManagement(t *testing.T) {
	for _, tc := range []struct {
		name string
		m    Management
		want string
	}{
		{"all on time", Management{OnTime{4, 4}, OnTime{12, 12}, OnTime{2, 2}}, "5"},
		{"nothing due: full", Management{}, "5"},
		{"mean over the parts with anything due", Management{OnTime{1, 2}, OnTime{0, 0}, OnTime{1, 1}}, "3.75"}, // 5 × (0.5 + 1) ÷ 2
		{"thirds stay exact until the end", Management{OnTime{1, 3}, OnTime{2, 3}, OnTime{0, 3}}, "1.67"},       // 5 × 1 ÷ 3 = 1.666…
		{"none on time", Management{OnTime{0, 5}, OnTime{0, 7}, OnTime{0, 1}}, "0"},
	} {
		s, err := ScoreManagement(defaults, tc.m, d("5"))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		equalDecimal(t, tc.name, s.Score, tc.want)
		if s.Explanation.ZH == "" || s.Explanation.EN == "" || len(s.Explanation.Inputs) != 4 {
			t.Errorf("%s: explanation %+v", tc.name, s.Explanation)
		}
	}
	if _, err := ScoreManagement(defaults, Management{Monitoring: OnTime{3, 2}}, d("5")); inputErrorField(t, err) != "monitoring" {
		t.Error("more on time than due accepted")
	}
}

func TestScoreDelivery(t *testing.T) {
	for _, tc := range []struct {
		met, total int
		want       string
	}{{10, 10, "20"}, {0, 4, "0"}, {2, 3, "13.33"}, {1, 8, "2.5"}} {
		s, err := ScoreDelivery(defaults, Delivery{tc.met, tc.total}, d("20"))
		if err != nil {
			t.Fatal(err)
		}
		equalDecimal(t, "delivery", s.Score, tc.want)
		if s.Explanation.Rule != "DELIVERY_SHARE_MET" {
			t.Errorf("rule %s", s.Explanation.Rule)
		}
	}
	for _, bad := range []Delivery{{0, 0}, {3, 2}, {-1, 2}} {
		if _, err := ScoreDelivery(defaults, bad, d("20")); inputErrorField(t, err) != "indicators" {
			t.Errorf("%+v accepted", bad)
		}
	}
}

func TestScoreSurveys(t *testing.T) {
	s, err := ScoreSurveys(defaults, SurveyResults{Rates: decimals("0.9", "0.95", "0.96")}, d("10"))
	if err != nil {
		t.Fatal(err)
	}
	equalDecimal(t, "proportional", s.Score, "9.37") // mean 0.9367
	if !strings.Contains(s.Explanation.ZH, "3 项满意度调查") || s.Explanation.Inputs[0].Key != "surveys" {
		t.Errorf("explanation %+v", s.Explanation)
	}
	bands := []SurveyBand{{d("0.9"), d("1")}, {d("0.8"), d("0.8")}}
	s, err = ScoreSurveys(defaults, SurveyResults{Rates: decimals("0.85", "0.9"), Bands: bands}, d("10"))
	if err != nil {
		t.Fatal(err)
	}
	equalDecimal(t, "banded", s.Score, "8") // mean 0.875 → the 80 % band
	if _, err := ScoreSurveys(defaults, SurveyResults{}, d("10")); inputErrorField(t, err) != "rates" {
		t.Error("no surveys accepted")
	}
	if _, err := ScoreSurveys(defaults, SurveyResults{Rates: decimals("1.2")}, d("10")); inputErrorField(t, err) != "rates" {
		t.Error("rate above 1 accepted")
	}
}

func TestIndicatorMet(t *testing.T) {
	q := func(c enums.Comparator, target, actual string) Indicator {
		ind := Indicator{Comparator: c, Target: dp(target)}
		if actual != "" {
			ind.Actual = dp(actual)
		}
		return ind
	}
	for _, tc := range []struct {
		name    string
		ind     Indicator
		met, ok bool
	}{
		{"≥ reached", q(enums.ComparatorGte, "100", "100"), true, true},
		{"≥ short", q(enums.ComparatorGte, "100", "99.9"), false, true},
		{"> equal is not met", q(enums.ComparatorGt, "100", "100"), false, true},
		{"≤ met", q(enums.ComparatorLte, "5", "4"), true, true},
		{"< equal is not met", q(enums.ComparatorLt, "5", "5"), false, true},
		{"= exact", q(enums.ComparatorEq, "5", "5.0"), true, true},
		{"no actual", q(enums.ComparatorGte, "5", ""), false, false},
		{"qualitative achieved", Indicator{Comparator: enums.ComparatorQualitative, Level: enums.QualitativeLevelAchieved}, true, true},
		{"qualitative partly", Indicator{Comparator: enums.ComparatorQualitative, Level: enums.QualitativeLevelPartlyAchieved}, false, true},
		{"qualitative unrated", Indicator{Comparator: enums.ComparatorQualitative}, false, false},
	} {
		met, ok := IndicatorMet(tc.ind)
		if met != tc.met || ok != tc.ok {
			t.Errorf("%s: met %v ok %v", tc.name, met, ok)
		}
	}
}

func TestDataItemsInASchemeTree(t *testing.T) {
	root := composite("部门整体", "30",
		Item{Name: "运行成本", Method: MethodData, Points: d("10"), Data: &DataMetric{Metric: MetricRunningCost,
			RunningCost: &RunningCost{Expenditure: d("2000000"), Headcount: 10, SectorMedian: d("100000"), SectorSize: 5}}},
		Item{Name: "履职效能", Method: MethodData, Points: d("10"), Data: &DataMetric{Metric: MetricDelivery, Delivery: &Delivery{3, 4}}},
		Item{Name: "管理效率", Method: MethodData, Points: d("10"), Manual: dp("6")}, // no data: the manual fallback
	)
	r, err := ScoreScheme(defaults, root)
	if err != nil {
		t.Fatal(err)
	}
	equalDecimal(t, "total", r.Total, "18.5") // 5 + 7.5 + 6
	root.Children[2].Manual = nil
	if _, err := ScoreScheme(defaults, root); inputErrorField(t, err) != "部门整体/管理效率.data" {
		t.Errorf("a data item without data nor points scored: %v", err)
	}
	bad := Item{Name: "x", Method: MethodData, Points: d("10"), Data: &DataMetric{Metric: "NOPE"}}
	if _, err := ScoreScheme(defaults, composite("r", "10", bad)); inputErrorField(t, err) != "r/x.metric" {
		t.Errorf("unknown metric: %v", err)
	}
}

func TestSchemeDefDataItems(t *testing.T) {
	def := SchemeDef{Points: d("100"), Items: []SchemeEntry{
		{Key: "a", Name: "运行成本", Method: MethodData, Code: MetricRunningCost, Points: d("40")},
		{Key: "b", Name: "其他", Method: MethodManual, Points: d("60")},
	}}
	if err := CheckSchemeDef(defaults, def); err != nil {
		t.Fatal(err)
	}
	def.Items[0].Code = "WHATEVER"
	if err := CheckSchemeDef(defaults, def); inputErrorField(t, err) != "items[0].code" {
		t.Errorf("unknown metric accepted: %v", err)
	}
	_ = decimal.Zero
}
