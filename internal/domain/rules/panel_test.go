package rules

import (
	"testing"

	"github.com/shopspring/decimal"
)

func decimals(ss ...string) []decimal.Decimal {
	out := make([]decimal.Decimal, len(ss))
	for i, s := range ss {
		out[i] = d(s)
	}
	return out
}

func TestAggregateExpertScores(t *testing.T) {
	for _, tc := range []struct {
		name   string
		scores []string
		want   string
	}{
		{"one expert", []string{"7.5"}, "7.5"},
		{"three experts: plain mean", []string{"8", "9", "10"}, "9"},
		{"three experts: mean rounds half up", []string{"8", "8", "8.01"}, "8"}, // 8.00333…
		{"three experts: 2/3 rounds up", []string{"8", "8.01", "8.01"}, "8.01"}, // 8.00666…
		{"four experts: no trimming", []string{"0", "10", "10", "10"}, "7.5"},
		{"four experts: exact half up", []string{"1", "1", "1", "1.02"}, "1.01"}, // 1.005
		{"five experts: extremes dropped", []string{"0", "8", "9", "10", "10"}, "9"},
		{"seven experts: one high one low dropped", []string{"2", "7", "7.5", "8", "8.5", "9", "10"}, "8"},
		{"seven experts: ties drop only one each", []string{"9", "9", "9", "6", "6", "6", "6"}, "7.2"},
		{"seven experts: third place half up", []string{"0", "1", "1", "1", "1", "1.025", "20"}, "1.01"}, // 5.025/5 = 1.005
	} {
		got, err := AggregateExpertScores(decimals(tc.scores...))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		equalDecimal(t, tc.name, got, tc.want)
	}
}

func TestAggregateExpertScoresBadInput(t *testing.T) {
	if _, err := AggregateExpertScores(nil); inputErrorField(t, err) != "scores" {
		t.Errorf("no scores: field %q", inputErrorField(t, err))
	}
	if _, err := AggregateExpertScores(decimals("5", "-1")); inputErrorField(t, err) != "scores" {
		t.Errorf("negative score accepted")
	}
}

func TestPanelSpread(t *testing.T) {
	equalDecimal(t, "spread", PanelSpread(decimals("7", "9.5", "8")), "2.5")
	equalDecimal(t, "empty spread", PanelSpread(nil), "0")
}

func TestCompositeScore(t *testing.T) {
	for _, tc := range []struct {
		name  string
		parts [][2]string
		want  string
	}{
		{"mid-year 50 + year-end 50", [][2]string{{"80", "50"}, {"91", "50"}}, "85.5"},
		{"components 60 + 30 + 10", [][2]string{{"90", "60"}, {"80", "30"}, {"70", "10"}}, "85"},
		{"90 + 10", [][2]string{{"88.88", "90"}, {"100", "10"}}, "89.99"}, // 89.992
		{"70 + 30 half up", [][2]string{{"85.55", "70"}, {"85.55", "30"}}, "85.55"},
		{"half up at the third place", [][2]string{{"80.01", "50"}, {"80", "50"}}, "80.01"}, // 80.005
		{"decimal shares", [][2]string{{"100", "33.3"}, {"0", "33.3"}, {"50", "33.4"}}, "50"},
	} {
		var parts []CompositePart
		for _, p := range tc.parts {
			parts = append(parts, CompositePart{Score: d(p[0]), Share: d(p[1])})
		}
		got, err := CompositeScore(parts)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		equalDecimal(t, tc.name, got, tc.want)
	}
}

func TestCompositeScoreBadInput(t *testing.T) {
	for _, tc := range []struct {
		name  string
		parts []CompositePart
		field string
	}{
		{"no parts", nil, "parts"},
		{"shares 99.99", []CompositePart{{d("80"), d("50")}, {d("80"), d("49.99")}}, "parts.share"},
		{"shares 101", []CompositePart{{d("80"), d("51")}, {d("80"), d("50")}}, "parts.share"},
		{"negative share", []CompositePart{{d("80"), d("150")}, {d("80"), d("-50")}}, "parts.share"},
		{"score over 100", []CompositePart{{d("100.01"), d("100")}}, "parts.score"},
		{"negative score", []CompositePart{{d("-1"), d("100")}}, "parts.score"},
	} {
		_, err := CompositeScore(tc.parts)
		if got := inputErrorField(t, err); got != tc.field {
			t.Errorf("%s: field %q, want %q", tc.name, got, tc.field)
		}
	}
}
