package rules

import (
	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

// GradeFor grades a score out of 100, after rounding it to the rule set's
// places (89.995 → 90.00 → 优): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差 by default.
func GradeFor(p Params, score decimal.Decimal) enums.Grade {
	s := roundScore(p, score)
	switch {
	case s.GreaterThanOrEqual(p.GradeExcellent):
		return enums.GradeExcellent
	case s.GreaterThanOrEqual(p.GradeGood):
		return enums.GradeGood
	case s.GreaterThanOrEqual(p.GradeFair):
		return enums.GradeFair
	default:
		return enums.GradePoor
	}
}

// NormaliseTo100 converts a score on another scale (e.g. 1000 points) to 100,
// rounded to the rule set's places.
func NormaliseTo100(p Params, score, scale decimal.Decimal) (decimal.Decimal, error) {
	if scale.Sign() <= 0 {
		return decimal.Zero, inputError("scale", "满分须大于 0（实为 %s）", "the full score must be above 0 (got %s)", scale)
	}
	return divRound(score.Mul(hundred), scale, p.ScorePlaces), nil
}

// GradeForScale grades a score out of scale points by normalising it to 100
// first: 900 of 1000 → 90.00 → 优.
func GradeForScale(p Params, score, scale decimal.Decimal) (enums.Grade, error) {
	s, err := NormaliseTo100(p, score, scale)
	if err != nil {
		return "", err
	}
	return GradeFor(p, s), nil
}

// GradeOfScore grades a score a client sent, which must lie on the 100-point
// scale: 150 is a mistake to name, not an excellent score.
func GradeOfScore(p Params, field string, score decimal.Decimal) (enums.Grade, error) {
	if score.Sign() < 0 || score.GreaterThan(hundred) {
		return "", inputError(field, "分数 %s 不在 0–100 之间（其他分制须先折算为百分制）",
			"score %s is outside 0–100 (convert other scales to 100 points first)", score.String())
	}
	return GradeFor(p, score), nil
}
