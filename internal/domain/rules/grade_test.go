package rules

import (
	"errors"
	"testing"
)

func TestGradeFor(t *testing.T) {
	for _, tc := range []struct {
		score string
		want  Grade
	}{
		{"100", GradeExcellent},
		{"90", GradeExcellent},
		{"89.995", GradeExcellent}, // rounds to 90.00 first
		{"89.994", GradeGood},
		{"89.99", GradeGood},
		{"80", GradeGood},
		{"79.99", GradeFair},
		{"79.995", GradeGood},
		{"60", GradeFair},
		{"59.995", GradeFair},
		{"59.99", GradePoor},
		{"0", GradePoor},
		{"-3", GradePoor},
	} {
		if got := GradeFor(defaults, d(tc.score)); got != tc.want {
			t.Errorf("GradeFor(%s) = %s, want %s", tc.score, got, tc.want)
		}
	}
}

func TestGradeForScale(t *testing.T) {
	for _, tc := range []struct {
		score, scale string
		want         Grade
		total100     string
	}{
		{"900", "1000", GradeExcellent, "90"},
		{"899.9", "1000", GradeGood, "89.99"},
		{"899.95", "1000", GradeExcellent, "90"}, // 89.995 → 90.00
		{"45", "50", GradeExcellent, "90"},
		{"2", "3", GradeFair, "66.67"},
		{"85", "100", GradeGood, "85"},
	} {
		got, err := GradeForScale(defaults, d(tc.score), d(tc.scale))
		if err != nil || got != tc.want {
			t.Errorf("GradeForScale(%s, %s) = %s, %v; want %s", tc.score, tc.scale, got, err, tc.want)
		}
		n, _ := NormaliseTo100(defaults, d(tc.score), d(tc.scale))
		equalDecimal(t, "NormaliseTo100("+tc.score+", "+tc.scale+")", n, tc.total100)
	}
	for _, scale := range []string{"0", "-100"} {
		if _, err := GradeForScale(defaults, d("50"), d(scale)); inputErrorField(t, err) != "scale" {
			t.Errorf("scale %s: want a scale error", scale)
		}
	}
}

func TestGradeNames(t *testing.T) {
	for g, want := range map[Grade][2]string{GradeExcellent: {"优", "excellent"}, GradeGood: {"良", "good"}, GradeFair: {"中", "fair"}, GradePoor: {"差", "poor"}} {
		if g.ZH() != want[0] || g.EN() != want[1] {
			t.Errorf("%s: %s / %s, want %s / %s", g, g.ZH(), g.EN(), want[0], want[1])
		}
	}
}

func TestGradeOfScore(t *testing.T) {
	for _, tc := range []struct {
		score string
		want  Grade
		bad   bool
	}{
		{"0", GradePoor, false},
		{"100", GradeExcellent, false},
		{"89.995", GradeExcellent, false},
		{"100.01", "", true},
		{"150", "", true},
		{"-0.01", "", true},
	} {
		got, err := GradeOfScore(defaults, "score", d(tc.score))
		var in *InputError
		if tc.bad {
			if !errors.As(err, &in) || in.Field != "score" {
				t.Errorf("GradeOfScore(%s): err = %v, want an InputError on score", tc.score, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("GradeOfScore(%s) = %s, %v; want %s", tc.score, got, err, tc.want)
		}
	}
}
