package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

// WarningSeverity ranks a warning level for sorting and for WorstWarning:
// 4 red, 3 yellow, 2 blue (far ahead: worth a look, unlike green), 1 green,
// 0 no level at all. It is stored beside every warning level (the
// warning_severity columns) so lists sort by severity, not alphabetically.
func WarningSeverity(w enums.WarningLevel) int {
	return map[enums.WarningLevel]int{enums.WarningLevelGreen: 1, enums.WarningLevelBlue: 2, enums.WarningLevelYellow: 3, enums.WarningLevelRed: 4}[w]
}

func severity(w enums.WarningLevel) int { return WarningSeverity(w) }

// WarningLevelOfSeverity is the level of a WarningSeverity; false for 0 (none).
func WarningLevelOfSeverity(n int) (enums.WarningLevel, bool) {
	for _, l := range []enums.WarningLevel{enums.WarningLevelGreen, enums.WarningLevelBlue, enums.WarningLevelYellow, enums.WarningLevelRed} {
		if WarningSeverity(l) == n {
			return l, true
		}
	}
	return "", false
}

// WorstWarning is the most severe of levels (red, yellow, blue, green); green
// when there are none. A project's level is the worst of its execution and
// indicator warnings.
func WorstWarning(levels ...enums.WarningLevel) enums.WarningLevel {
	worst := enums.WarningLevelGreen
	for _, l := range levels {
		if severity(l) > severity(worst) {
			worst = l
		}
	}
	return worst
}

// Likelihood is the department's estimate that an indicator will be completed.
type Likelihood string

// Likelihoods of completion.
const (
	LikelihoodCertain    Likelihood = "CERTAIN"    // 确定能
	LikelihoodPossible   Likelihood = "POSSIBLE"   // 有可能
	LikelihoodImpossible Likelihood = "IMPOSSIBLE" // 完全不可能
)

// Warning is a monitoring warning with its ratio (nil for qualitative
// indicators and where no ratio applies) and explanation.
type Warning struct {
	Level       enums.WarningLevel
	Ratio       *decimal.Decimal // rounded to 4 decimals
	Explanation Explanation
}

// TimeProgress (序时进度) at the end of month m is m ÷ 12, rounded to 4 decimals.
func TimeProgress(p Params, month int) (decimal.Decimal, error) {
	if err := checkMonth(p, month); err != nil {
		return decimal.Zero, err
	}
	return divRound(decimal.NewFromInt(int64(month)), decimal.NewFromInt32(p.MonthsPerYear), 4), nil
}

func checkMonth(p Params, month int) error {
	if month < 1 || month > int(p.MonthsPerYear) {
		return inputError("month", "月份须在 1 到 %d 之间（实为 %d）", "the month must be from 1 to %d (got %d)", p.MonthsPerYear, month)
	}
	return nil
}

// band grades a progress ratio: < red → RED, < yellow → YELLOW, ≥ blue → BLUE
// (when it applies), else GREEN.
func (p Params) band(r ratio, withBlue bool) enums.WarningLevel {
	switch {
	case r.lessThan(p.WarningRedBelow):
		return enums.WarningLevelRed
	case r.lessThan(p.WarningYellowBelow):
		return enums.WarningLevelYellow
	case withBlue && !r.lessThan(p.WarningBlueFrom):
		return enums.WarningLevelBlue
	default:
		return enums.WarningLevelGreen
	}
}

// bandText describes the band a level stands for, in Chinese and English.
func (p Params) bandText(level enums.WarningLevel, withBlue bool) (zh, en string) {
	red, yellow, blue := sharePercent(p.WarningRedBelow), sharePercent(p.WarningYellowBelow), sharePercent(p.WarningBlueFrom)
	switch level {
	case enums.WarningLevelRed:
		return "低于 " + red, "below " + red
	case enums.WarningLevelYellow:
		return red + " 至 " + yellow, red + " to " + yellow
	case enums.WarningLevelBlue:
		return blue + " 及以上，目标可能偏低", blue + " or more: the target may be too low"
	default:
		if withBlue {
			return yellow + " 至 " + blue, yellow + " to " + blue
		}
		return yellow + " 及以上", yellow + " or more"
	}
}

// ExecutionWarning compares budget execution with time progress at the end of
// month: ratio = (paid ÷ budget) ÷ (month ÷ 12); red below 60 %, yellow below
// 80 %, else green.
func ExecutionWarning(p Params, paid, budget decimal.Decimal, month int) (Warning, error) {
	if err := checkMonth(p, month); err != nil {
		return Warning{}, err
	}
	e := Execution{paid, budget}
	if err := e.check(); err != nil {
		return Warning{}, err
	}
	n, m := decimal.NewFromInt32(p.MonthsPerYear), decimal.NewFromInt(int64(month))
	r := ratio{paid.Mul(n), budget.Mul(m)}
	level := p.band(r, false)
	value := r.value()
	progress := ratio{m, n}.percent()
	inputs := []KV{{"paid", paid.String()}, {"budget", budget.String()}, {"month", strconv.Itoa(month)}}
	formula := fmt.Sprintf("(%s ÷ %s) ÷ (%d ÷ %s) = %s", paid, budget, month, n, value)
	bandZH, bandEN := p.bandText(level, false)
	return Warning{level, &value, p.explain("EXECUTION_PROGRESS", inputs, formula, string(level),
		fmt.Sprintf("预算执行率 %s ÷ 序时进度 %s = %s（%s），%s", e.rate().percent(), progress, value, bandZH, level.ZH()),
		fmt.Sprintf("execution rate %s ÷ time progress %s = %s (%s): %s", e.rate().percent(), progress, value, bandEN, level.EN()))}, nil
}

// IndicatorProgress is an indicator's progress to date, as monitored.
type IndicatorProgress struct {
	Comparator enums.Comparator
	Target     *decimal.Decimal       // quantitative: the full-year target T
	Completed  *decimal.Decimal       // quantitative: completed to date; nil = nothing reported
	Level      enums.QualitativeLevel // qualitative: the level reached to date; "" = not reported
	Likelihood Likelihood             // optional; IMPOSSIBLE is always red
}

// IndicatorWarning grades an indicator's progress at the end of month.
// Positive quantitative: ratio = completed ÷ (T × month ÷ 12), red < 60 %,
// yellow < 80 %, blue ≥ 120 %, else green, nothing completed red. Reverse
// indicators mirror it: ratio = (T × month ÷ 12) ÷ completed. With T ≤ 0 the
// target is compared as is. Qualitative: achieved green, partly yellow, not
// achieved red. A likelihood of IMPOSSIBLE (完全不可能) is red.
func IndicatorWarning(p Params, in IndicatorProgress, month int) (Warning, error) {
	if err := checkMonth(p, month); err != nil {
		return Warning{}, err
	}
	switch in.Likelihood {
	case "", LikelihoodCertain, LikelihoodPossible, LikelihoodImpossible:
	default:
		return Warning{}, inputError("likelihood", "未知的完成可能性 %q", "unknown likelihood %q", in.Likelihood)
	}
	var w warningDraft
	var err error
	switch {
	case in.Comparator == enums.ComparatorQualitative:
		w, err = qualitativeProgress(in)
	case in.Comparator.Quantitative():
		w, err = quantitativeProgress(p, in, month)
	default:
		err = inputError("comparator", "未知的比较符 %q", "unknown comparator %q", in.Comparator)
	}
	if err != nil {
		return Warning{}, err
	}
	if in.Likelihood == LikelihoodImpossible {
		w.level, w.rule = enums.WarningLevelRed, "IMPOSSIBLE"
		w.zh += "；完成可能性为“完全不可能”"
		w.en += "; completion is stated to be impossible"
	}
	inputs := append(w.inputs, KV{"month", strconv.Itoa(month)}, KV{"likelihood", string(in.Likelihood)})
	return Warning{w.level, w.ratio, p.explain(w.rule, inputs, w.formula, string(w.level),
		w.zh+"，"+w.level.ZH(), w.en+": "+w.level.EN())}, nil
}

// warningDraft is a warning before its explanation is assembled.
type warningDraft struct {
	level         enums.WarningLevel
	ratio         *decimal.Decimal
	rule, formula string
	zh, en        string
	inputs        []KV
}

func qualitativeProgress(in IndicatorProgress) (warningDraft, error) {
	w := warningDraft{rule: "QUALITATIVE_PROGRESS", inputs: []KV{{"level", string(in.Level)}}}
	switch in.Level {
	case "":
		w.level, w.rule = enums.WarningLevelRed, "NOT_REPORTED"
		w.zh, w.en = "定性指标：未填报完成情况", "qualitative indicator: no progress reported"
		return w, nil
	case enums.QualitativeLevelAchieved:
		w.level = enums.WarningLevelGreen
	case enums.QualitativeLevelPartlyAchieved:
		w.level = enums.WarningLevelYellow
	case enums.QualitativeLevelNotAchieved:
		w.level = enums.WarningLevelRed
	default:
		return w, inputError("level", "未知的定性等级 %q", "unknown qualitative level %q", in.Level)
	}
	w.formula = string(in.Level)
	w.zh, w.en = "定性指标："+in.Level.ZH(), "qualitative indicator: "+in.Level.EN()
	return w, nil
}

func quantitativeProgress(p Params, in IndicatorProgress, month int) (warningDraft, error) {
	if in.Target == nil {
		return warningDraft{}, inputError("targetValue", "定量指标须有目标值", "a quantitative indicator needs a target value")
	}
	t := *in.Target
	w := warningDraft{inputs: []KV{{"comparator", string(in.Comparator)}, {"target", t.String()}}}
	if in.Completed == nil {
		w.inputs = append(w.inputs, KV{"completed", ""})
		w.level, w.rule = enums.WarningLevelRed, "NOT_REPORTED"
		w.zh, w.en = "至今未填报完成值", "nothing completed or reported to date"
		return w, nil
	}
	c := *in.Completed
	w.inputs = append(w.inputs, KV{"completed", c.String()})
	if t.Sign() <= 0 {
		// A pro-rata share of a target of 0 or less means nothing: compare as is.
		met := c.GreaterThanOrEqual(t)
		switch {
		case in.Comparator.Reverse():
			met = c.LessThanOrEqual(t)
		case in.Comparator == enums.ComparatorEq:
			met = c.Equal(t)
		}
		w.level, w.rule, w.formula = enums.WarningLevelRed, "TARGET_NOT_MET", fmt.Sprintf("%s %s %s", num(c), in.Comparator, num(t))
		w.zh, w.en = fmt.Sprintf("目标值 %s，至今完成值 %s，未达到目标", num(t), num(c)), fmt.Sprintf("target %s, completed %s to date: not met", num(t), num(c))
		if met {
			w.level, w.rule = enums.WarningLevelGreen, "TARGET_MET"
			w.zh, w.en = fmt.Sprintf("目标值 %s，至今完成值 %s，已达到目标", num(t), num(c)), fmt.Sprintf("target %s, completed %s to date: met", num(t), num(c))
		}
		return w, nil
	}
	n, m := decimal.NewFromInt32(p.MonthsPerYear), decimal.NewFromInt(int64(month))
	expected := t.Mul(m)
	due := divRound(expected, n, 4)
	if in.Comparator.Reverse() {
		w.rule = "REVERSE_PROGRESS"
		if c.Sign() <= 0 {
			w.level = enums.WarningLevelBlue
			w.formula = fmt.Sprintf("%s ÷ %s", due, num(c))
			w.zh = fmt.Sprintf("反向指标：至今完成值 %s，远低于序时控制值 %s（%s × %d ÷ %s）", num(c), due, t, month, n)
			w.en = fmt.Sprintf("reverse indicator: completed %s to date, far below the pro-rata limit %s (%s × %d ÷ %s)", num(c), due, t, month, n)
			return w, nil
		}
		r := ratio{expected, c.Mul(n)}
		return w.graded(p, r, fmt.Sprintf("(%s × %d ÷ %s) ÷ %s", t, month, n, c),
			fmt.Sprintf("反向指标：序时控制值 %s ÷ 至今完成值 %s", due, c),
			fmt.Sprintf("reverse indicator: pro-rata limit %s ÷ completed %s to date", due, c)), nil
	}
	w.rule = "POSITIVE_PROGRESS"
	if c.Sign() <= 0 {
		w.level = enums.WarningLevelRed
		w.formula = fmt.Sprintf("%s ÷ %s", num(c), due)
		w.zh = fmt.Sprintf("至今完成值 %s，尚无进展（序时应完成 %s）", num(c), due)
		w.en = fmt.Sprintf("completed %s to date: nothing done (%s due by now)", num(c), due)
		return w, nil
	}
	r := ratio{c.Mul(n), expected}
	return w.graded(p, r, fmt.Sprintf("%s ÷ (%s × %d ÷ %s)", c, t, month, n),
		fmt.Sprintf("至今完成值 %s ÷ 序时应完成值 %s", c, due),
		fmt.Sprintf("completed %s to date ÷ %s due by now", c, due)), nil
}

// graded finishes a draft from a progress ratio and its bands (blue included).
func (w warningDraft) graded(p Params, r ratio, formula, zh, en string) warningDraft {
	value := r.value()
	w.level, w.ratio = p.band(r, true), &value
	w.formula = formula + " = " + value.String()
	bandZH, bandEN := p.bandText(w.level, true)
	w.zh = fmt.Sprintf("%s = %s（%s）", zh, value, bandZH)
	w.en = fmt.Sprintf("%s = %s (%s)", en, value, bandEN)
	return w
}

// CheckCorrectiveAction requires a corrective action (纠偏措施) on a red warning.
func CheckCorrectiveAction(level enums.WarningLevel, action string) error {
	if level == enums.WarningLevelRed && strings.TrimSpace(action) == "" {
		return inputError("correctiveAction", "红色预警须填写纠偏措施", "a red warning requires a corrective action")
	}
	return nil
}
