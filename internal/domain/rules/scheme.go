package rules

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

// Method is how a scheme item is scored (ScoreItem.method in the schema).
type Method string

// Methods of domain.md §Scoring.
const (
	MethodIndicator     Method = "INDICATOR"      // a performance indicator
	MethodExecutionRate Method = "EXECUTION_RATE" // budget execution rate
	MethodManual        Method = "MANUAL"         // expert or leader points within [0, W]
	MethodSurvey        Method = "SURVEY"         // satisfaction rate → points
	MethodDeduction     Method = "DEDUCTION"      // points per incident off W, floored at 0
	MethodVeto          Method = "VETO"           // 一票否决: triggered → the parent scores 0
	MethodBonusPenalty  Method = "BONUS_PENALTY"  // 加减分 on the parent's total, with reasons
	MethodComposite     Method = "COMPOSITE"      // children summed, or weighted by shares
)

// carriesPoints tells whether an item has points of its own: vetoes and
// bonus/penalty adjustments act on their parent instead.
func (m Method) carriesPoints() bool { return m != MethodVeto && m != MethodBonusPenalty }

// FlagVetoTriggered marks a VETO item that was triggered.
const FlagVetoTriggered = "VETO_TRIGGERED"

// Item is one node of an evaluation scheme: a weighted item scored by its
// method from the matching input, or a COMPOSITE of children.
//
// A COMPOSITE's children either carry points summing to the composite's
// points (components such as 60 + 30 + 10; the composite scores their sum), or
// all carry a Share summing to 1 (periods such as mid-year 50 % / year-end
// 50 %, each child on its own scale; the composite scores points × Σ share ×
// child score ÷ child points). VETO and BONUS_PENALTY children have no points
// and no share.
type Item struct {
	Code     string // optional stable code, e.g. "OUTPUT"
	Name     string
	Method   Method
	Points   decimal.Decimal  // W; 0 for VETO and BONUS_PENALTY
	Share    *decimal.Decimal // weight 0..1 inside a share-weighted composite
	Children []Item

	Indicator   *Indicator       // INDICATOR
	Execution   *Execution       // EXECUTION_RATE
	Manual      *decimal.Decimal // MANUAL: the points given
	Survey      *Survey          // SURVEY
	Deduction   *Deduction       // DEDUCTION
	Veto        *Veto            // VETO; nil = not triggered
	Adjustments []Adjustment     // BONUS_PENALTY
	Data        *DataMetric      // DATA: the department's data (nil = none: Manual is the fallback)
	Prefill     *Prefill         // MANUAL: points pre-filled from the project's indicators
}

// Survey is a satisfaction survey (公众评议): the rate is the share of satisfied
// answers, 0..1. Without bands the score is proportional: points × rate.
type Survey struct {
	Rate  decimal.Decimal
	Bands []SurveyBand
}

// SurveyBand gives Share of the points when the rate is at least From; the
// highest band reached counts, and below every band the score is 0.
type SurveyBand struct {
	From  decimal.Decimal `json:"from"`
	Share decimal.Decimal `json:"share"`
}

// Deduction takes PerIncident points off for each incident (直接扣分法).
type Deduction struct {
	Incidents   int
	PerIncident decimal.Decimal
}

// Veto is a 一票否决 condition; a triggered veto needs its reason.
type Veto struct {
	Triggered bool
	Reason    string
}

// Adjustment is one bonus (positive) or penalty (negative) on the parent's
// total, with its reason.
type Adjustment struct {
	Points decimal.Decimal
	Reason string
}

// ItemResult is an item's score with its explanation, and its children's.
// A BONUS_PENALTY item's score is its signed adjustment; a VETO item's is 0.
type ItemResult struct {
	Code        string
	Name        string
	Method      Method
	Points      decimal.Decimal
	Score       decimal.Decimal
	Flags       []string // never nil
	Explanation Explanation
	Vetoed      bool // scored 0 because a VETO child was triggered
	Children    []ItemResult
}

// SchemeResult is a scored scheme: the tree, the total (on the root's scale),
// the total normalised to 100 and its grade.
type SchemeResult struct {
	Root     ItemResult
	Total    decimal.Decimal
	Scale    decimal.Decimal // the root's points
	Total100 decimal.Decimal
	Grade    enums.Grade
	Vetoed   bool // the whole evaluation was vetoed
}

// ScoreScheme scores a scheme tree. Each item's score is rounded to the rule
// set's places and a composite sums its children's rounded scores; bonus and
// penalty adjustments apply to their parent (the total at the root), kept
// within [0, points]; a triggered veto scores its parent 0 (the whole
// evaluation at the root). Children whose points do not sum to their parent's,
// or missing inputs, are an *InputError naming the item.
func ScoreScheme(p Params, root Item) (SchemeResult, error) {
	if !root.Method.carriesPoints() || root.Points.Sign() <= 0 {
		return SchemeResult{}, within(root.Name, inputError("points", "评价方案的根项须为计分项且分值大于 0", "the scheme's root must be a scored item with points above 0"))
	}
	r, err := scoreItem(p, root, "")
	if err != nil {
		return SchemeResult{}, err
	}
	total100, err := NormaliseTo100(p, r.Score, root.Points)
	if err != nil {
		return SchemeResult{}, err
	}
	return SchemeResult{Root: r, Total: r.Score, Scale: root.Points, Total100: total100,
		Grade: GradeFor(p, total100), Vetoed: r.Vetoed}, nil
}

func scoreItem(p Params, it Item, parent string) (ItemResult, error) {
	path := it.Name
	if parent != "" {
		path = parent + "/" + it.Name
	}
	if it.Method.carriesPoints() {
		if err := checkPoints(p, "points", it.Points); err != nil {
			return ItemResult{}, within(path, err)
		}
	} else if !it.Points.IsZero() {
		return ItemResult{}, within(path, inputError("points", "一票否决与加减分项不占分值", "veto and bonus/penalty items carry no points"))
	}
	if it.Method == MethodComposite {
		return scoreComposite(p, it, path)
	}
	if len(it.Children) > 0 {
		return ItemResult{}, within(path, inputError("children", "只有组合项（COMPOSITE）可以有下级评分项", "only a COMPOSITE item may have children"))
	}
	s, err := scoreLeaf(p, it)
	if err != nil {
		return ItemResult{}, within(path, err)
	}
	return ItemResult{Code: it.Code, Name: it.Name, Method: it.Method, Points: it.Points,
		Score: s.Score, Flags: s.Flags, Explanation: s.Explanation}, nil
}

func scoreLeaf(p Params, it Item) (Score, error) {
	missing := func(field string) error {
		return inputError(field, "评分方法 %s 缺少输入 %s", "method %s lacks its input %s", it.Method, field)
	}
	switch it.Method {
	case MethodIndicator:
		if it.Indicator == nil {
			return Score{}, missing("indicator")
		}
		return ScoreIndicator(p, *it.Indicator, it.Points)
	case MethodExecutionRate:
		if it.Execution == nil {
			return Score{}, missing("execution")
		}
		if err := it.Execution.check(); err != nil {
			return Score{}, err
		}
		return scoreExecution(p, *it.Execution, it.Points), nil
	case MethodManual:
		if it.Manual == nil {
			return Score{}, missing("manual")
		}
		s, err := scoreManual(p, *it.Manual, it.Points)
		if err == nil && it.Prefill != nil {
			if err := CheckPrefillChange(*it.Prefill, *it.Manual); err != nil {
				return Score{}, err
			}
			s = withPrefill(s, *it.Prefill, *it.Manual)
		}
		return s, err
	case MethodSurvey:
		if it.Survey == nil {
			return Score{}, missing("survey")
		}
		return scoreSurvey(p, *it.Survey, it.Points)
	case MethodDeduction:
		if it.Deduction == nil {
			return Score{}, missing("deduction")
		}
		return scoreDeduction(p, *it.Deduction, it.Points)
	case MethodVeto:
		return scoreVeto(p, it.Veto)
	case MethodBonusPenalty:
		return scoreAdjustments(p, it.Adjustments)
	case MethodData:
		// Computed from the department's data where it exists; without data
		// the evaluator's manual points count instead.
		if it.Data != nil {
			return ScoreData(p, *it.Data, it.Points)
		}
		if it.Manual != nil {
			s, err := scoreManual(p, *it.Manual, it.Points)
			s.Explanation.Rule = "DATA_ABSENT_MANUAL"
			s.Explanation.ZH = "本部门无此项数据，按" + s.Explanation.ZH
			s.Explanation.EN = "no data for the department; " + s.Explanation.EN
			return s, err
		}
		return Score{}, missing("data")
	default:
		return Score{}, inputError("method", "未知的评分方法 %q", "unknown scoring method %q", it.Method)
	}
}

// within names the item an input error belongs to.
func within(path string, err error) error {
	var ie *InputError
	if !errors.As(err, &ie) {
		return err
	}
	return &InputError{Field: path + "." + ie.Field, ZH: "评分项“" + path + "”：" + ie.ZH, EN: "item “" + path + "”: " + ie.EN}
}

func scoreComposite(p Params, it Item, path string) (ItemResult, error) {
	var counted []int
	shares := 0
	for i, c := range it.Children {
		if c.Method.carriesPoints() {
			counted = append(counted, i)
			if c.Share != nil {
				shares++
			}
		}
	}
	if len(counted) == 0 {
		return ItemResult{}, within(path, inputError("children", "组合项须至少有一个计分的下级评分项", "a composite item needs at least one scored child"))
	}
	weighted := shares > 0
	if err := checkChildWeights(it, path, counted, shares); err != nil {
		return ItemResult{}, err
	}
	res := ItemResult{Code: it.Code, Name: it.Name, Method: it.Method, Points: it.Points, Flags: []string{},
		Children: make([]ItemResult, len(it.Children))}
	for i, c := range it.Children {
		r, err := scoreItem(p, c, path)
		if err != nil {
			return ItemResult{}, err
		}
		res.Children[i] = r
	}

	var inputs []KV
	var terms []string
	var base decimal.Decimal
	rule := "COMPOSITE_SUM"
	if weighted {
		rule = "COMPOSITE_SHARES"
		base = weightedScore(p, it, counted, res.Children)
		for _, i := range counted {
			c, r := it.Children[i], res.Children[i]
			terms = append(terms, fmt.Sprintf("%s × %s ÷ %s", sharePercent(*c.Share), fixed(p, r.Score), c.Points))
			inputs = append(inputs, KV{c.Name, fixed(p, r.Score) + "/" + c.Points.String() + "@" + c.Share.String()})
		}
	} else {
		for _, i := range counted {
			r := res.Children[i]
			base = base.Add(r.Score)
			terms = append(terms, fixed(p, r.Score))
			inputs = append(inputs, KV{r.Name, fixed(p, r.Score)})
		}
	}
	formula := strings.Join(terms, " + ")
	if len(terms) > 1 {
		formula += " = " + fixed(p, base)
	}
	zh, en := "合计 = "+formula, "sum of the sub-items = "+formula
	if weighted {
		formula = fmt.Sprintf("%s × (%s) = %s", it.Points, strings.Join(terms, " + "), fixed(p, base))
		zh, en = "加权 = "+formula, "weighted = "+formula
	}

	score := base
	var vetoReason *string
	for i, c := range it.Children {
		r := res.Children[i]
		switch c.Method {
		case MethodBonusPenalty:
			if r.Score.IsZero() {
				continue
			}
			score = score.Add(r.Score)
			inputs = append(inputs, KV{c.Name, signed(p, r.Score)})
			zh += fmt.Sprintf("；加减分 %s（%s）", signed(p, r.Score), c.Name)
			en += fmt.Sprintf("; adjustment %s (%s)", signed(p, r.Score), c.Name)
		case MethodVeto:
			if c.Veto != nil && c.Veto.Triggered && vetoReason == nil {
				vetoReason = &c.Veto.Reason
			}
		}
	}
	if !score.Equal(base) {
		switch {
		case score.GreaterThan(it.Points):
			score = it.Points
			zh += fmt.Sprintf("，以满分 %s 为限", it.Points)
			en += fmt.Sprintf(", capped at the full %s points", it.Points)
		case score.Sign() < 0:
			score = decimal.Zero
			zh += "，不低于 0"
			en += ", floored at 0"
		}
		zh += "，调整后得分 " + fixed(p, score)
		en += ", adjusted score " + fixed(p, score)
	}
	if vetoReason != nil {
		score = decimal.Zero
		res.Vetoed = true
		rule = "VETOED"
		zh += fmt.Sprintf("；一票否决（%s），本项得 0 分", *vetoReason)
		en += fmt.Sprintf("; vetoed (%s): 0 points", *vetoReason)
	}
	res.Score = score
	res.Explanation = p.explain(rule, inputs, formula, fixed(p, score), zh, en)
	return res, nil
}

// checkChildWeights: either every scored child has a share and the shares sum
// to 1, or none has and their points sum to the parent's.
func checkChildWeights(it Item, path string, counted []int, shares int) error {
	if shares > 0 && shares < len(counted) {
		return within(path, inputError("children", "下级评分项须全部设置占比，或都不设置", "either every child has a share or none has"))
	}
	if shares == 0 {
		sum := decimal.Zero
		for _, i := range counted {
			sum = sum.Add(it.Children[i].Points)
		}
		if !sum.Equal(it.Points) {
			return within(path, inputError("children", "下级评分项分值合计 %s，应等于本项分值 %s", "the children's points sum to %s, not to the item's %s", sum, it.Points))
		}
		return nil
	}
	sum := decimal.Zero
	for _, i := range counted {
		c := it.Children[i]
		if c.Share.Sign() < 0 || c.Share.GreaterThan(one) {
			return within(path+"/"+c.Name, inputError("share", "占比须在 0 到 1 之间（%s）", "a share must be between 0 and 1 (got %s)", c.Share))
		}
		if c.Points.Sign() <= 0 {
			return within(path+"/"+c.Name, inputError("points", "按占比加权的下级评分项须有大于 0 的满分", "a share-weighted child needs points above 0"))
		}
		sum = sum.Add(*c.Share)
	}
	if !sum.Equal(one) {
		return within(path, inputError("children", "下级评分项占比合计 %s，应为 1", "the children's shares sum to %s, not to 1", sum))
	}
	return nil
}

// weightedScore is points × Σ shareᵢ × scoreᵢ ÷ pointsᵢ over a common
// denominator, so that only the final result is rounded.
func weightedScore(p Params, it Item, counted []int, results []ItemResult) decimal.Decimal {
	den := one
	for _, i := range counted {
		den = den.Mul(it.Children[i].Points)
	}
	numerator := decimal.Zero
	for _, i := range counted {
		term := it.Children[i].Share.Mul(results[i].Score).Mul(it.Points)
		for _, j := range counted {
			if j != i {
				term = term.Mul(it.Children[j].Points)
			}
		}
		numerator = numerator.Add(term)
	}
	return divRound(numerator, den, p.ScorePlaces)
}

// signed renders an adjustment with its sign: "+2.00", "-1.50".
func signed(p Params, x decimal.Decimal) string {
	if x.Sign() >= 0 {
		return "+" + fixed(p, x)
	}
	return fixed(p, x)
}
