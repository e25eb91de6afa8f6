package rules

import (
	"fmt"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

// Flags of an indicator score.
const (
	// FlagMissingActual: no actual value was given; the indicator scores 0.
	FlagMissingActual = "MISSING_ACTUAL"
	// FlagOverAchieved: A ≥ 1.3 T on a positive indicator; full points, but the
	// department must give a deviation reason and a reviewer may deduct.
	FlagOverAchieved = "OVER_ACHIEVED"
)

// Indicator is what scoring one performance indicator needs besides its points.
type Indicator struct {
	Comparator enums.Comparator
	Target     *decimal.Decimal       // quantitative: the target value T (required)
	Actual     *decimal.Decimal       // quantitative: the actual value A; nil = missing
	Level      enums.QualitativeLevel // qualitative: the level the scorer picked
	// Qualitative, exactly one of: the points the scorer gives (LevelScore), or
	// the share of the item's points, 0..1 (LevelRate); either must lie in the
	// level's band.
	LevelScore *decimal.Decimal
	LevelRate  *decimal.Decimal
}

// Score is a computed score: rounded to the rule set's places, with flags and
// the explanation of how it was computed.
type Score struct {
	Score       decimal.Decimal
	Flags       []string // never nil
	Explanation Explanation
}

// ScoreIndicator scores one indicator worth points (W) under domain.md
// §Quantitative indicator and §Qualitative indicator. Bad input (negative
// points, a quantitative comparator without a target, a qualitative score
// outside its level's band, …) is an *InputError.
func ScoreIndicator(p Params, ind Indicator, points decimal.Decimal) (Score, error) {
	if err := checkPoints(p, "points", points); err != nil {
		return Score{}, err
	}
	switch {
	case ind.Comparator == enums.ComparatorQualitative:
		return scoreQualitative(p, ind, points)
	case ind.Comparator.Quantitative():
		return scoreQuantitative(p, ind, points)
	default:
		return Score{}, inputError("comparator", "未知的比较符 %q", "unknown comparator %q", ind.Comparator)
	}
}

// checkPoints rejects negative points, and points finer than a score is kept:
// a score rounded to 2 places could otherwise exceed 0.005 points.
func checkPoints(p Params, field string, w decimal.Decimal) error {
	if w.Sign() < 0 {
		return inputError(field, "分值不能为负数（%s）", "points must not be negative (got %s)", w)
	}
	if !hasAtMostPlaces(w, p.ScorePlaces) {
		return inputError(field, "分值最多保留 %d 位小数（%s）", "points may have at most %d decimals (got %s)", p.ScorePlaces, w)
	}
	return nil
}

func scoreQuantitative(p Params, ind Indicator, w decimal.Decimal) (Score, error) {
	if ind.Target == nil {
		return Score{}, inputError("targetValue", "定量指标须有目标值", "a quantitative indicator needs a target value")
	}
	t := *ind.Target
	inputs := []KV{{"comparator", string(ind.Comparator)}, {"target", t.String()}, {"points", w.String()}}
	if ind.Actual == nil {
		inputs = append(inputs, KV{"actual", ""})
		return Score{
			Score: decimal.Zero,
			Flags: []string{FlagMissingActual},
			Explanation: p.explain("MISSING_ACTUAL", inputs, "0", fixed(p, decimal.Zero),
				"未填报完成值，得 0 分", "no actual value was given: 0 points"),
		}, nil
	}
	a := *ind.Actual
	inputs = append(inputs, KV{"actual", a.String()})
	switch {
	case ind.Comparator == enums.ComparatorEq && t.Sign() <= 0:
		return scoreExact(p, t, a, w, inputs), nil
	case ind.Comparator.Reverse():
		return scoreReverse(p, t, a, w, inputs), nil
	default:
		return scorePositive(p, ind.Comparator, t, a, w, inputs), nil
	}
}

// scorePositive: A ≥ T → W; A ≤ 0 → 0; otherwise W × A ÷ T. The division only
// happens when 0 < A < T, so T > 0 there.
func scorePositive(p Params, c enums.Comparator, t, a, w decimal.Decimal, inputs []KV) Score {
	kindZH, kindEN := "正向指标", "positive indicator"
	if c == enums.ComparatorEq {
		kindZH, kindEN = "等于指标（按正向计分）", "equality indicator (scored as positive)"
	}
	flags := []string{}
	switch {
	case a.GreaterThanOrEqual(t):
		zh := fmt.Sprintf("%s：完成值 %s ≥ 目标值 %s，得满分 %s", kindZH, num(a), num(t), fixed(p, w))
		en := fmt.Sprintf("%s: actual %s ≥ target %s, full points %s", kindEN, num(a), num(t), fixed(p, w))
		// Only a positive target can be over-achieved; with T ≤ 0 every A ≥ 1.3 T.
		if t.Sign() > 0 && a.GreaterThanOrEqual(t.Mul(p.OverAchievementFactor)) {
			flags = append(flags, FlagOverAchieved)
			zh += fmt.Sprintf("；完成值达到目标值的 %s 倍及以上，属超额完成，须说明偏差原因", p.OverAchievementFactor)
			en += fmt.Sprintf("; the actual is at least %s × the target: over-achieved, a deviation reason is required", p.OverAchievementFactor)
		}
		return Score{w, flags, p.explain("POSITIVE_MET", inputs, fixed(p, w), fixed(p, w), zh, en)}
	case a.Sign() <= 0:
		zh := fmt.Sprintf("%s：完成值 %s ≤ 0，得 0 分", kindZH, num(a))
		en := fmt.Sprintf("%s: actual %s ≤ 0, 0 points", kindEN, num(a))
		return Score{decimal.Zero, flags, p.explain("POSITIVE_NONE", inputs, "0", fixed(p, decimal.Zero), zh, en)}
	default:
		s := divRound(w.Mul(a), t, p.ScorePlaces)
		formula := fmt.Sprintf("%s × %s ÷ %s = %s", w, num(a), num(t), fixed(p, s))
		zh := fmt.Sprintf("%s：完成值 %s < 目标值 %s，得分 = %s", kindZH, num(a), num(t), formula)
		en := fmt.Sprintf("%s: actual %s < target %s, score = %s", kindEN, num(a), num(t), formula)
		return Score{s, flags, p.explain("POSITIVE_PARTIAL", inputs, formula, fixed(p, s), zh, en)}
	}
}

// scoreReverse: A ≤ T → W; the score falls linearly to 0 at T + (m − 1)·|T|
// (m = ReverseZeroMultiple, so 2T by default): W × (1 − (A − T) ÷ ((m − 1)·|T|)).
// With T = 0 the zero point is 0 itself: W if A ≤ 0, else 0.
func scoreReverse(p Params, t, a, w decimal.Decimal, inputs []KV) Score {
	if a.LessThanOrEqual(t) {
		zh := fmt.Sprintf("反向指标：完成值 %s ≤ 目标值 %s，得满分 %s", num(a), num(t), fixed(p, w))
		en := fmt.Sprintf("reverse indicator: actual %s ≤ target %s, full points %s", num(a), num(t), fixed(p, w))
		return Score{w, []string{}, p.explain("REVERSE_MET", inputs, fixed(p, w), fixed(p, w), zh, en)}
	}
	span := p.ReverseZeroMultiple.Sub(one).Mul(t.Abs())
	zeroAt := t.Add(span)
	if span.Sign() <= 0 || a.GreaterThanOrEqual(zeroAt) {
		var zh, en string
		switch t.Sign() {
		case 1:
			zh = fmt.Sprintf("反向指标：完成值 %s ≥ 目标值的 %s 倍（%s），得 0 分", num(a), p.ReverseZeroMultiple, zeroAt)
			en = fmt.Sprintf("reverse indicator: actual %s ≥ %s × the target (%s), 0 points", num(a), p.ReverseZeroMultiple, zeroAt)
		case 0:
			zh = fmt.Sprintf("反向指标：目标值为 0，完成值 %s > 0，得 0 分", num(a))
			en = fmt.Sprintf("reverse indicator: the target is 0 and the actual %s > 0, 0 points", num(a))
		default:
			zh = fmt.Sprintf("反向指标：完成值 %s 超过目标值 %s 且达到得分归零点 %s，得 0 分", num(a), num(t), num(zeroAt))
			en = fmt.Sprintf("reverse indicator: actual %s is above target %s and reaches the zero point %s, 0 points", num(a), num(t), num(zeroAt))
		}
		return Score{decimal.Zero, []string{}, p.explain("REVERSE_ZERO", inputs, "0", fixed(p, decimal.Zero), zh, en)}
	}
	s := divRound(w.Mul(span.Sub(a.Sub(t))), span, p.ScorePlaces)
	formula := fmt.Sprintf("%s × (1 − (%s − %s) ÷ %s) = %s", w, num(a), num(t), span, fixed(p, s))
	zh := fmt.Sprintf("反向指标：目标值 %s < 完成值 %s < %s，得分 = %s", num(t), num(a), num(zeroAt), formula)
	en := fmt.Sprintf("reverse indicator: target %s < actual %s < %s, score = %s", num(t), num(a), num(zeroAt), formula)
	return Score{s, []string{}, p.explain("REVERSE_PARTIAL", inputs, formula, fixed(p, s), zh, en)}
}

// scoreExact scores "=" with T ≤ 0 (domain: T = 0 → W if A = 0, else 0; a
// negative target is taken the same way).
func scoreExact(p Params, t, a, w decimal.Decimal, inputs []KV) Score {
	if a.Equal(t) {
		zh := fmt.Sprintf("等于指标：完成值 %s = 目标值 %s，得满分 %s", num(a), num(t), fixed(p, w))
		en := fmt.Sprintf("equality indicator: actual %s = target %s, full points %s", num(a), num(t), fixed(p, w))
		return Score{w, []string{}, p.explain("EQUAL_MET", inputs, fixed(p, w), fixed(p, w), zh, en)}
	}
	zh := fmt.Sprintf("等于指标：目标值 %s，完成值 %s ≠ 目标值，得 0 分", num(t), num(a))
	en := fmt.Sprintf("equality indicator: target %s, actual %s ≠ target, 0 points", num(t), num(a))
	return Score{decimal.Zero, []string{}, p.explain("EQUAL_MISSED", inputs, "0", fixed(p, decimal.Zero), zh, en)}
}
