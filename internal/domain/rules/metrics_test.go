package rules

import (
	"slices"
	"testing"
)

// TestDataMetrics: every metric the editor offers is named in both
// languages, says what it is computed from, is accepted in a scheme and is
// scored by ScoreData.
func TestDataMetrics(t *testing.T) {
	ms := DataMetrics()
	if len(ms) != 7 {
		t.Fatalf("%d metrics", len(ms))
	}
	seen := map[string]bool{}
	for _, m := range ms {
		if seen[m.Code] || m.NameZH == "" || m.NameEN == "" || m.SourceZH == "" || m.SourceEN == "" {
			t.Errorf("metric %+v: duplicate or unlabelled", m)
		}
		seen[m.Code] = true
		def := SchemeDef{Points: d("10"), Items: []SchemeEntry{{Key: "a", Code: m.Code, Name: m.NameZH, Method: MethodData, Points: d("10")}}}
		if err := CheckSchemeDef(defaults, def); err != nil {
			t.Errorf("%s refused in a scheme: %v", m.Code, err)
		}
	}
	if !slices.Equal(Metrics(), []string{MetricExecution, MetricRunningCost, MetricTimeliness, MetricRectification,
		MetricManagement, MetricDelivery, MetricSatisfaction}) {
		t.Errorf("codes %v", Metrics())
	}
}

func TestScoreDataMetrics(t *testing.T) {
	mgmt := &Management{Declarations: OnTime{1, 2}, Monitoring: OnTime{3, 3}, Rectifications: OnTime{0, 4}}
	for _, tc := range []struct {
		name string
		m    DataMetric
		want string
		rule string
	}{
		{"execution 80 %", DataMetric{Metric: MetricExecution, Execution: &Execution{Paid: d("80"), Budget: d("100")}}, "8", ""},
		{"timeliness: declarations and monitoring only", DataMetric{Metric: MetricTimeliness, Management: mgmt}, "7.5", "MANAGEMENT_ON_TIME"}, // 10 × (0.5 + 1) ÷ 2
		{"rectifications only", DataMetric{Metric: MetricRectification, Management: mgmt}, "0", "MANAGEMENT_ON_TIME"},
		{"all three", DataMetric{Metric: MetricManagement, Management: mgmt}, "5", "MANAGEMENT_ON_TIME"}, // 10 × 1.5 ÷ 3
		{"no rectification due", DataMetric{Metric: MetricRectification, Management: &Management{Declarations: OnTime{0, 1}}}, "10", "MANAGEMENT_NOTHING_DUE"},
	} {
		s, err := ScoreData(defaults, tc.m, d("10"))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		equalDecimal(t, tc.name, s.Score, tc.want)
		if tc.rule != "" && s.Explanation.Rule != tc.rule || s.Explanation.ZH == "" || s.Explanation.EN == "" {
			t.Errorf("%s: explanation %+v", tc.name, s.Explanation)
		}
	}
	if _, err := ScoreData(defaults, DataMetric{Metric: MetricExecution}, d("10")); inputErrorField(t, err) != "data" {
		t.Error("execution without its figures scored")
	}
	if _, err := ScoreData(defaults, DataMetric{Metric: MetricExecution, Execution: &Execution{Paid: d("1"), Budget: d("0")}}, d("10")); inputErrorField(t, err) != "budget" {
		t.Error("execution with a budget of 0 scored")
	}
	s, _ := ScoreData(defaults, DataMetric{Metric: MetricTimeliness, Management: mgmt}, d("10"))
	for _, kv := range s.Explanation.Inputs {
		if kv.Key == "rectifications" {
			t.Errorf("timeliness counted rectifications: %+v", s.Explanation.Inputs)
		}
	}
}
