package rules

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

// SelfEvalIndicator is one indicator of a self-evaluation: its category, its
// weight inside the category (nil = equal shares) and what scoring it needs.
type SelfEvalIndicator struct {
	Name     string // optional, for explanations
	Category enums.IndicatorCategory
	Indicator
	Weight *decimal.Decimal
}

// SelfEvalInput is a whole self-evaluation (单位自评): money in yuan and the
// target's indicators.
type SelfEvalInput struct {
	Paid, Budget decimal.Decimal
	Indicators   []SelfEvalIndicator
}

// CategoryPoints are the points a category was given and what it scored.
type CategoryPoints struct {
	Category      enums.IndicatorCategory
	Points, Score decimal.Decimal
}

// SelfEvalResult is the previewed self-evaluation (GraphQL SelfEvaluationPreview).
type SelfEvalResult struct {
	Total          decimal.Decimal
	Grade          enums.Grade
	ExecutionScore decimal.Decimal
	Execution      Score            // the execution item with its explanation
	Categories     []CategoryPoints // OUTPUT (with COST when it shares 产出), EFFECT, SATISFACTION, COST
	Items          []Score          // one per indicator, in input order
	Flags          []string         // HIGH_SCORE_LOW_SPENDING, UNDERSPENT; never nil
	Warnings       []ConsistencyWarning
	Scheme         SchemeResult // the whole scored tree
}

// PreviewSelfEvaluation scores a self-evaluation with the 单位自评 scheme
// (SelfEvaluationScheme) and runs its consistency checks. Bad input is an
// *InputError whose field names the input, e.g. "indicators[2].levelScore".
func PreviewSelfEvaluation(p Params, in SelfEvalInput) (SelfEvalResult, error) {
	l, err := layoutSelfEvaluation(p, in)
	if err != nil {
		return SelfEvalResult{}, err
	}
	scheme, err := ScoreScheme(p, l.root)
	if err != nil {
		return SelfEvalResult{}, err
	}
	execution := scheme.Root.Children[0]
	res := SelfEvalResult{
		Total:          scheme.Total,
		Grade:          scheme.Grade,
		ExecutionScore: execution.Score,
		Execution:      Score{execution.Score, execution.Flags, execution.Explanation},
		Items:          make([]Score, len(in.Indicators)),
		Scheme:         scheme,
	}
	indicatorPoints, indicatorScore := decimal.Zero, decimal.Zero
	for g, cat := range l.categories {
		r := scheme.Root.Children[g+1]
		res.Categories = append(res.Categories, CategoryPoints{cat, r.Points, r.Score})
		indicatorPoints = indicatorPoints.Add(r.Points)
		indicatorScore = indicatorScore.Add(r.Score)
	}
	for i, at := range l.positions {
		r := scheme.Root.Children[at.group+1].Children[at.child]
		res.Items[i] = Score{r.Score, r.Flags, r.Explanation}
	}
	res.Warnings, err = ConsistencyChecks(p, indicatorScore, indicatorPoints, in.Paid, in.Budget)
	if err != nil {
		return SelfEvalResult{}, err
	}
	res.Flags = []string{}
	for _, w := range res.Warnings {
		res.Flags = append(res.Flags, w.Flag)
	}
	return res, nil
}

// SelfEvaluationScheme builds the 单位自评 scheme of a target: 预算执行率 10,
// 产出 50, 效益 30, 满意度 10 by default; without a satisfaction indicator its
// points go to 效益; 成本 indicators share the 产出 points; inside a category
// the indicators split its points by their weights (equally when none is
// given), to the rule set's places with the remainder to the largest shares.
func SelfEvaluationScheme(p Params, in SelfEvalInput) (Item, error) {
	l, err := layoutSelfEvaluation(p, in)
	return l.root, err
}

type selfEvalLayout struct {
	root       Item
	categories []enums.IndicatorCategory // of root.Children[1:]
	positions  []struct{ group, child int }
}

func layoutSelfEvaluation(p Params, in SelfEvalInput) (selfEvalLayout, error) {
	var l selfEvalLayout
	if err := (Execution{in.Paid, in.Budget}).check(); err != nil {
		return l, err
	}
	if len(in.Indicators) == 0 {
		return l, inputError("indicators", "自评至少需要一个绩效指标", "a self-evaluation needs at least one indicator")
	}
	hasSatisfaction := false
	for i, ind := range in.Indicators {
		if ind.Category.ZH() == "" {
			return l, inputError(fmt.Sprintf("indicators[%d].category", i), "未知的指标类别 %q", "unknown indicator category %q", ind.Category)
		}
		hasSatisfaction = hasSatisfaction || ind.Category == enums.IndicatorCategorySatisfaction
	}
	groupOf := func(c enums.IndicatorCategory) enums.IndicatorCategory {
		if c == enums.IndicatorCategoryCost && p.CostSharesOutput {
			return enums.IndicatorCategoryOutput
		}
		return c
	}
	fallback := !hasSatisfaction && p.SatisfactionFallbackToEffect
	groupPoints := map[enums.IndicatorCategory]decimal.Decimal{
		enums.IndicatorCategoryOutput:       p.SelfOutputPoints,
		enums.IndicatorCategoryEffect:       p.SelfEffectPoints,
		enums.IndicatorCategorySatisfaction: p.SelfSatisfactionPoints,
		enums.IndicatorCategoryCost:         p.SelfCostPoints,
	}
	if fallback {
		groupPoints[enums.IndicatorCategoryEffect] = p.SelfEffectPoints.Add(p.SelfSatisfactionPoints)
		groupPoints[enums.IndicatorCategorySatisfaction] = decimal.Zero
	}
	if p.CostSharesOutput {
		groupPoints[enums.IndicatorCategoryCost] = decimal.Zero
	}

	l.positions = make([]struct{ group, child int }, len(in.Indicators))
	l.root = Item{Name: "单位自评", Method: MethodComposite, Points: p.SelfExecutionPoints, Children: []Item{{
		Code: CodeExecution, Name: "预算执行率", Method: MethodExecutionRate, Points: p.SelfExecutionPoints,
		Execution: &Execution{in.Paid, in.Budget},
	}}}
	for _, cat := range []enums.IndicatorCategory{enums.IndicatorCategoryOutput, enums.IndicatorCategoryEffect, enums.IndicatorCategorySatisfaction, enums.IndicatorCategoryCost} {
		var members []int
		for i, ind := range in.Indicators {
			if groupOf(ind.Category) == cat {
				members = append(members, i)
			}
		}
		points := groupPoints[cat]
		if len(members) == 0 && points.IsZero() {
			continue
		}
		if len(members) == 0 {
			return l, &InputError{Field: "indicators",
				ZH: fmt.Sprintf("自评缺少%s指标（该类占 %s 分）", cat.ZH(), points),
				EN: fmt.Sprintf("the self-evaluation has no %s indicator (the category holds %s points)", cat.EN(), points)}
		}
		if err := checkPoints(p, "params", points); err != nil {
			return l, err
		}
		shares, err := indicatorPoints(p, in.Indicators, members, points)
		if err != nil {
			return l, err
		}
		g := Item{Code: string(cat), Name: cat.ZH(), Method: MethodComposite, Points: points}
		for k, i := range members {
			ind := in.Indicators[i]
			if _, err := ScoreIndicator(p, ind.Indicator, shares[k]); err != nil {
				return l, atIndicator(i, ind, err)
			}
			name := ind.Name
			if name == "" {
				name = fmt.Sprintf("%s指标 %d", ind.Category.ZH(), i+1)
			}
			l.positions[i] = struct{ group, child int }{len(l.categories), k}
			g.Children = append(g.Children, Item{Name: name, Method: MethodIndicator, Points: shares[k], Indicator: &ind.Indicator})
		}
		l.categories = append(l.categories, cat)
		l.root.Children = append(l.root.Children, g)
		l.root.Points = l.root.Points.Add(points)
	}
	return l, nil
}

// atIndicator names the input indicator an error belongs to.
func atIndicator(i int, ind SelfEvalIndicator, err error) error {
	var ie *InputError
	if !errors.As(err, &ie) {
		return err
	}
	label := ind.Name
	if label == "" {
		label = fmt.Sprintf("%d", i+1)
	}
	return &InputError{Field: fmt.Sprintf("indicators[%d].%s", i, ie.Field), ZH: "指标“" + label + "”：" + ie.ZH, EN: "indicator “" + label + "”: " + ie.EN}
}

// indicatorPoints splits a category's points among its members by weight.
func indicatorPoints(p Params, all []SelfEvalIndicator, members []int, points decimal.Decimal) ([]decimal.Decimal, error) {
	given := 0
	for _, i := range members {
		if w := all[i].Weight; w != nil {
			if w.Sign() < 0 {
				return nil, inputError(fmt.Sprintf("indicators[%d].weight", i), "权重不能为负数（%s）", "a weight must not be negative (got %s)", w)
			}
			given++
		}
	}
	weights := make([]decimal.Decimal, len(members))
	switch given {
	case 0:
		for k := range weights {
			weights[k] = one
		}
	case len(members):
		sum := decimal.Zero
		for k, i := range members {
			weights[k] = *all[i].Weight
			sum = sum.Add(weights[k])
		}
		if sum.IsZero() {
			return nil, inputError(fmt.Sprintf("indicators[%d].weight", members[0]), "同一类别的指标权重不能全为 0", "the weights of a category must not all be 0")
		}
	default:
		first := slices.IndexFunc(members, func(i int) bool { return all[i].Weight == nil })
		return nil, inputError(fmt.Sprintf("indicators[%d].weight", members[first]), "同一类别的指标须全部设置权重，或都不设置", "either every indicator of a category has a weight or none has")
	}
	return splitPoints(p, points, weights), nil
}

// splitPoints divides total (at most ScorePlaces decimals) in proportion to
// weights (non-negative, not all 0) so that the parts have ScorePlaces
// decimals and sum to total exactly: each part is rounded down, and the units
// left over go to the largest remainders (earlier first on ties).
func splitPoints(p Params, total decimal.Decimal, weights []decimal.Decimal) []decimal.Decimal {
	sum := decimal.Zero
	for _, w := range weights {
		sum = sum.Add(w)
	}
	parts := make([]decimal.Decimal, len(weights))
	remainders := make([]decimal.Decimal, len(weights))
	left := total
	for i, w := range weights {
		parts[i], remainders[i] = total.Mul(w).QuoRem(sum, p.ScorePlaces)
		left = left.Sub(parts[i])
	}
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(0, remainders[a].Cmp(remainders[b])) })
	unit := decimal.New(1, -p.ScorePlaces)
	for k := 0; k < len(order) && left.Sign() > 0; k++ {
		parts[order[k]] = parts[order[k]].Add(unit)
		left = left.Sub(unit)
	}
	return parts
}
