package rules

import (
	"fmt"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

// Consistency flags of a self-evaluation.
const (
	// FlagHighScoreLowSpending (red): the indicator score rate exceeds the
	// execution rate by more than HighScoreTolerance (relative).
	FlagHighScoreLowSpending = "HIGH_SCORE_LOW_SPENDING"
	// FlagUnderspent (yellow): more than UnderspentShare of the budget is unspent.
	FlagUnderspent = "UNDERSPENT"
)

// ConsistencyWarning is a failed consistency check, shown as a warning.
type ConsistencyWarning struct {
	Flag   string
	Level  enums.WarningLevel
	ZH, EN string
}

// ConsistencyChecks compares a self-evaluation's indicator score rate
// (indicatorScore ÷ indicatorPoints, i.e. ÷ 90 by default) with its execution
// rate (paid ÷ budget), exactly, and returns the warnings in flag order.
func ConsistencyChecks(p Params, indicatorScore, indicatorPoints, paid, budget decimal.Decimal) ([]ConsistencyWarning, error) {
	if err := (Execution{paid, budget}).check(); err != nil {
		return nil, err
	}
	if indicatorPoints.Sign() <= 0 {
		return nil, inputError("indicatorPoints", "指标总分值须大于 0", "the indicators' points must be above 0")
	}
	warnings := []ConsistencyWarning{}
	scoreRate, executionRate := ratio{indicatorScore, indicatorPoints}, ratio{paid, budget}
	// score ÷ points > paid ÷ budget × (1 + tolerance), cross-multiplied.
	if indicatorScore.Mul(budget).GreaterThan(paid.Mul(one.Add(p.HighScoreTolerance)).Mul(indicatorPoints)) {
		warnings = append(warnings, ConsistencyWarning{FlagHighScoreLowSpending, enums.WarningLevelRed,
			fmt.Sprintf("指标得分率 %s 高于预算执行率 %s 超过 %s（相对），存在“高分低支出”", scoreRate.percent(), executionRate.percent(), sharePercent(p.HighScoreTolerance)),
			fmt.Sprintf("the indicator score rate %s exceeds the execution rate %s by more than %s (relative): high scores with low spending", scoreRate.percent(), executionRate.percent(), sharePercent(p.HighScoreTolerance))})
	}
	unspent := budget.Sub(paid)
	if unspent.GreaterThan(budget.Mul(p.UnderspentShare)) {
		share := ratio{unspent, budget}.percent()
		warnings = append(warnings, ConsistencyWarning{FlagUnderspent, enums.WarningLevelYellow,
			fmt.Sprintf("预算结余 %s，超过 %s", share, sharePercent(p.UnderspentShare)),
			fmt.Sprintf("%s of the budget is unspent, more than %s", share, sharePercent(p.UnderspentShare))})
	}
	return warnings, nil
}

// SchemeConsistencyFlags runs the consistency checks on a scored
// self-evaluation tree (root as laid out, res as scored): the execution-rate
// item at the top gives paid and budget, the other top-level items the
// indicator points and score. A tree without a top-level execution-rate item
// has no flags. The flags come back in flag order, never nil.
func SchemeConsistencyFlags(p Params, root Item, res SchemeResult) ([]string, error) {
	var execution *Execution
	points, score := decimal.Zero, decimal.Zero
	for i, it := range root.Children {
		if it.Method == MethodExecutionRate && it.Execution != nil && execution == nil {
			execution = it.Execution
			continue
		}
		if i < len(res.Root.Children) {
			points, score = points.Add(res.Root.Children[i].Points), score.Add(res.Root.Children[i].Score)
		}
	}
	flags := []string{}
	if execution == nil || points.Sign() <= 0 || execution.Budget.Sign() <= 0 {
		return flags, nil
	}
	warnings, err := ConsistencyChecks(p, score, points, execution.Paid, execution.Budget)
	if err != nil {
		return nil, err
	}
	for _, w := range warnings {
		flags = append(flags, w.Flag)
	}
	return flags, nil
}
