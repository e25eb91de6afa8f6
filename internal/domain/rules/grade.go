package rules

import "github.com/shopspring/decimal"

// Grade is the grade of a score out of 100 (the GraphQL enum Grade).
type Grade string

// Grades, best first.
const (
	GradeExcellent Grade = "EXCELLENT" // 优
	GradeGood      Grade = "GOOD"      // 良
	GradeFair      Grade = "FAIR"      // 中
	GradePoor      Grade = "POOR"      // 差
)

// ZH is the grade's Chinese name: 优, 良, 中, 差.
func (g Grade) ZH() string {
	return map[Grade]string{GradeExcellent: "优", GradeGood: "良", GradeFair: "中", GradePoor: "差"}[g]
}

// EN is the grade's English name.
func (g Grade) EN() string {
	return map[Grade]string{GradeExcellent: "excellent", GradeGood: "good", GradeFair: "fair", GradePoor: "poor"}[g]
}

// GradeFor grades a score out of 100, after rounding it to the rule set's
// places (89.995 → 90.00 → 优): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差 by default.
func GradeFor(p Params, score decimal.Decimal) Grade {
	s := roundScore(p, score)
	switch {
	case s.GreaterThanOrEqual(p.GradeExcellent):
		return GradeExcellent
	case s.GreaterThanOrEqual(p.GradeGood):
		return GradeGood
	case s.GreaterThanOrEqual(p.GradeFair):
		return GradeFair
	default:
		return GradePoor
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
func GradeForScale(p Params, score, scale decimal.Decimal) (Grade, error) {
	s, err := NormaliseTo100(p, score, scale)
	if err != nil {
		return "", err
	}
	return GradeFor(p, s), nil
}

// GradeOfScore grades a score a client sent, which must lie on the 100-point
// scale: 150 is a mistake to name, not an excellent score.
func GradeOfScore(p Params, field string, score decimal.Decimal) (Grade, error) {
	if score.Sign() < 0 || score.GreaterThan(hundred) {
		return "", inputError(field, "分数 %s 不在 0–100 之间（其他分制须先折算为百分制）",
			"score %s is outside 0–100 (convert other scales to 100 points first)", score.String())
	}
	return GradeFor(p, score), nil
}
