package rules

import (
	"errors"
	"testing"

	"jixiao/internal/domain/enums"
)

func TestGradeFor(t *testing.T) {
	for _, tc := range []struct {
		score string
		want  enums.Grade
	}{
		{"100", enums.GradeExcellent},
		{"90", enums.GradeExcellent},
		{"89.995", enums.GradeExcellent}, // rounds to 90.00 first
		{"89.994", enums.GradeGood},
		{"89.99", enums.GradeGood},
		{"80", enums.GradeGood},
		{"79.99", enums.GradeFair},
		{"79.995", enums.GradeGood},
		{"60", enums.GradeFair},
		{"59.995", enums.GradeFair},
		{"59.99", enums.GradePoor},
		{"0", enums.GradePoor},
		{"-3", enums.GradePoor},
	} {
		if got := GradeFor(defaults, d(tc.score)); got != tc.want {
			t.Errorf("GradeFor(%s) = %s, want %s", tc.score, got, tc.want)
		}
	}
}

func TestGradeForScale(t *testing.T) {
	for _, tc := range []struct {
		score, scale string
		want         enums.Grade
		total100     string
	}{
		{"900", "1000", enums.GradeExcellent, "90"},
		{"899.9", "1000", enums.GradeGood, "89.99"},
		{"899.95", "1000", enums.GradeExcellent, "90"}, // 89.995 → 90.00
		{"45", "50", enums.GradeExcellent, "90"},
		{"2", "3", enums.GradeFair, "66.67"},
		{"85", "100", enums.GradeGood, "85"},
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
	for g, want := range map[enums.Grade][2]string{enums.GradeExcellent: {"优", "excellent"}, enums.GradeGood: {"良", "good"}, enums.GradeFair: {"中", "fair"}, enums.GradePoor: {"差", "poor"}} {
		if g.ZH() != want[0] || g.EN() != want[1] {
			t.Errorf("%s: %s / %s, want %s / %s", g, g.ZH(), g.EN(), want[0], want[1])
		}
	}
}

func TestGradeOfScore(t *testing.T) {
	for _, tc := range []struct {
		score string
		want  enums.Grade
		bad   bool
	}{
		{"0", enums.GradePoor, false},
		{"100", enums.GradeExcellent, false},
		{"89.995", enums.GradeExcellent, false},
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
