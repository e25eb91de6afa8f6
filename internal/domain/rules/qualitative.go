package rules

import (
	"fmt"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

// band is a level's share of the points: [low, high], or [low, high) when
// the high end belongs to the level above.
type band struct {
	low, high     decimal.Decimal
	highInclusive bool
}

// QualitativeBand returns a level's band as shares of the points: 达成
// [0.8, 1], 部分达成 [0.6, 0.8), 未达成 [0, 0.6) by default.
func QualitativeBand(p Params, l enums.QualitativeLevel) (low, high decimal.Decimal, highInclusive bool, err error) {
	b, err := qualitativeBand(p, l)
	return b.low, b.high, b.highInclusive, err
}

func qualitativeBand(p Params, l enums.QualitativeLevel) (band, error) {
	switch l {
	case enums.QualitativeLevelAchieved:
		return band{p.QualitativeAchievedMin, one, true}, nil
	case enums.QualitativeLevelPartlyAchieved:
		return band{p.QualitativePartlyMin, p.QualitativeAchievedMin, false}, nil
	case enums.QualitativeLevelNotAchieved:
		return band{decimal.Zero, p.QualitativePartlyMin, false}, nil
	case "":
		return band{}, inputError("level", "定性指标须选择达成等级", "a qualitative indicator needs a level")
	default:
		return band{}, inputError("level", "未知的定性等级 %q", "unknown qualitative level %q", l)
	}
}

// contains tells whether score lies in the band scaled to w points.
func (b band) contains(score, w decimal.Decimal) bool {
	if score.LessThan(b.low.Mul(w)) {
		return false
	}
	if b.highInclusive {
		return score.LessThanOrEqual(b.high.Mul(w))
	}
	return score.LessThan(b.high.Mul(w))
}

func (b band) String() string {
	closing := ")"
	if b.highInclusive {
		closing = "]"
	}
	return "[" + sharePercent(b.low) + ", " + sharePercent(b.high) + closing
}

// scoreQualitative takes the scorer's points (or share of the points) for the
// picked level, rounds it, and rejects it unless the rounded score lies in the
// level's band: 7.999 of 10 rounds to 8.00, which is no longer 部分达成.
func scoreQualitative(p Params, ind Indicator, w decimal.Decimal) (Score, error) {
	b, err := qualitativeBand(p, ind.Level)
	if err != nil {
		return Score{}, err
	}
	inputs := []KV{{"comparator", string(enums.ComparatorQualitative)}, {"level", string(ind.Level)}, {"points", w.String()}}
	var s decimal.Decimal
	var field, formula string
	switch {
	case ind.LevelScore != nil && ind.LevelRate != nil:
		return Score{}, inputError("levelScore", "定性指标的得分与得分比例只能给出其一", "give either a qualitative score or a rate, not both")
	case ind.LevelScore != nil:
		field = "levelScore"
		s = roundScore(p, *ind.LevelScore)
		inputs = append(inputs, KV{"levelScore", ind.LevelScore.String()})
		formula = fixed(p, s)
	case ind.LevelRate != nil:
		field = "levelRate"
		rate := *ind.LevelRate
		if rate.Sign() < 0 || rate.GreaterThan(one) {
			return Score{}, inputError(field, "得分比例须在 0 到 1 之间（%s）", "the rate must be between 0 and 1 (got %s)", rate)
		}
		s = roundScore(p, w.Mul(rate))
		inputs = append(inputs, KV{"levelRate", rate.String()})
		formula = fmt.Sprintf("%s × %s = %s", w, sharePercent(rate), fixed(p, s))
	default:
		return Score{}, inputError("levelScore", "定性指标须给出得分", "a qualitative indicator needs a score")
	}
	// With no points every band collapses to 0, which is the only valid score.
	if w.IsZero() && !s.IsZero() || !w.IsZero() && !b.contains(s, w) {
		return Score{}, &InputError{Field: field,
			ZH: fmt.Sprintf("定性等级“%s”的得分须在 %s 分值之内（%s），实为 %s", ind.Level.ZH(), b, bandPoints(p, b, w), fixed(p, s)),
			EN: fmt.Sprintf("a %s score must lie in %s of the points (%s), got %s", ind.Level.EN(), b, bandPoints(p, b, w), fixed(p, s)),
		}
	}
	zh := fmt.Sprintf("定性指标：%s（%s），得分 %s / %s", ind.Level.ZH(), b, formula, fixed(p, w))
	en := fmt.Sprintf("qualitative indicator: %s (%s of the points), score %s of %s", ind.Level.EN(), b, formula, fixed(p, w))
	return Score{s, []string{}, p.explain("QUALITATIVE_"+string(ind.Level), inputs, formula, fixed(p, s), zh, en)}, nil
}

// bandPoints renders a band in points: "6.00 ≤ x < 8.00".
func bandPoints(p Params, b band, w decimal.Decimal) string {
	op := "<"
	if b.highInclusive {
		op = "≤"
	}
	return fmt.Sprintf("%s ≤ x %s %s", fixed(p, b.low.Mul(w)), op, fixed(p, b.high.Mul(w)))
}
