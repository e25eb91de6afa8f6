package rules

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// FlagOverBudget: more was paid than the (adjusted) budget.
const FlagOverBudget = "OVER_BUDGET"

// Execution is the money of a budget execution item, in yuan: paid in the year
// and the adjusted budget (调整后预算; the initial budget when never adjusted).
type Execution struct {
	Paid, Budget decimal.Decimal
}

func (e Execution) check() error {
	if e.Budget.Sign() <= 0 {
		return inputError("budget", "预算须大于 0，才能计算执行率（实为 %s）", "the budget must be above 0 to compute an execution rate (got %s)", e.Budget)
	}
	if e.Paid.Sign() < 0 {
		return inputError("paid", "支出不能为负数（%s）", "the amount paid must not be negative (got %s)", e.Paid)
	}
	return nil
}

func (e Execution) rate() ratio { return ratio{e.Paid, e.Budget} }

// ExecutionRate is paid ÷ budget, rounded to 4 decimals (0.8523 = 85.23 %).
func ExecutionRate(paid, budget decimal.Decimal) (decimal.Decimal, error) {
	e := Execution{paid, budget}
	if err := e.check(); err != nil {
		return decimal.Zero, err
	}
	return e.rate().value(), nil
}

// ScoreExecutionRate scores the budget execution rate item: min(paid ÷ budget, 1)
// × points (the cap is Params.ExecutionRateCap). points nil means the
// self-evaluation default (10). A budget of 0 is an *InputError.
func ScoreExecutionRate(p Params, paid, budget decimal.Decimal, points *decimal.Decimal) (Score, error) {
	w := p.SelfExecutionPoints
	if points != nil {
		w = *points
	}
	if err := checkPoints(p, "points", w); err != nil {
		return Score{}, err
	}
	e := Execution{paid, budget}
	if err := e.check(); err != nil {
		return Score{}, err
	}
	return scoreExecution(p, e, w), nil
}

func scoreExecution(p Params, e Execution, w decimal.Decimal) Score {
	inputs := []KV{{"paid", e.Paid.String()}, {"budget", e.Budget.String()}, {"points", w.String()}}
	rate := e.rate().percent()
	flags := []string{}
	if e.Paid.GreaterThan(e.Budget) {
		flags = append(flags, FlagOverBudget)
	}
	rateZH := fmt.Sprintf("预算执行率 = 支出 %s ÷ 预算 %s = %s", e.Paid, e.Budget, rate)
	rateEN := fmt.Sprintf("execution rate = paid %s ÷ budget %s = %s", e.Paid, e.Budget, rate)
	if p.ExecutionRateCap && e.Paid.GreaterThanOrEqual(e.Budget) {
		formula := fmt.Sprintf("%s × min(%s ÷ %s, 1) = %s", w, e.Paid, e.Budget, fixed(p, w))
		return Score{w, flags, p.explain("EXECUTION_RATE_CAPPED", inputs, formula, fixed(p, w),
			rateZH+fmt.Sprintf("，按 100%% 计，得满分 %s", fixed(p, w)),
			rateEN+fmt.Sprintf(", counted as 100%%: full points %s", fixed(p, w)))}
	}
	s := divRound(w.Mul(e.Paid), e.Budget, p.ScorePlaces)
	formula := fmt.Sprintf("%s × %s ÷ %s = %s", w, e.Paid, e.Budget, fixed(p, s))
	return Score{s, flags, p.explain("EXECUTION_RATE", inputs, formula, fixed(p, s),
		rateZH+"，得分 = "+formula, rateEN+", score = "+formula)}
}
