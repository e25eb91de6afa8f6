package rules

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// EntryInput is a scorer's input for one item of a scheme: Score is a MANUAL
// item's points or a BONUS_PENALTY item's signed adjustment; Rate a SURVEY's
// satisfaction rate or an EXECUTION_RATE item's execution rate (0..n);
// Incidents a DEDUCTION's count; Vetoed with its Reason a VETO.
type EntryInput struct {
	Score     *decimal.Decimal
	Rate      *decimal.Decimal
	Incidents *int
	Vetoed    bool
	Reason    string
}

// ChildrenOf lists the entries under key ("" = the top level), in order.
func (def SchemeDef) ChildrenOf(key string) []SchemeEntry {
	var out []SchemeEntry
	for _, e := range def.Items {
		if e.ParentKey == key {
			out = append(out, e)
		}
	}
	return out
}

// Entry is the entry with key, if any.
func (def SchemeDef) Entry(key string) (SchemeEntry, bool) {
	for _, e := range def.Items {
		if e.Key == key {
			return e, true
		}
	}
	return SchemeEntry{}, false
}

// ScoreSchemeDef checks a scheme and scores it with the scorer's inputs (keyed
// by item key): the what-if of a draft scheme before any evaluation uses it.
// An item without its input is an *InputError naming it.
func ScoreSchemeDef(p Params, def SchemeDef, inputs map[string]EntryInput) (SchemeResult, error) {
	if err := CheckSchemeDef(p, def); err != nil {
		return SchemeResult{}, err
	}
	for key := range inputs {
		if _, ok := def.Entry(key); !ok {
			return SchemeResult{}, inputError("inputs.key", "评分项 %q 不存在", "item %q does not exist", key)
		}
	}
	root := Item{Name: "评价方案", Method: MethodComposite, Points: def.Points}
	for _, e := range def.ChildrenOf("") {
		it, err := def.item(e, inputs)
		if err != nil {
			return SchemeResult{}, err
		}
		root.Children = append(root.Children, it)
	}
	return ScoreScheme(p, root)
}

// ItemOf is an entry as a scheme item without inputs (shares become
// fractions): the layout an evaluation is created with.
func (e SchemeEntry) ItemOf() Item {
	it := Item{Code: e.Code, Name: e.Name, Method: e.Method, Points: e.Points}
	if e.Share != nil {
		s := e.Share.Div(hundred)
		it.Share = &s
	}
	return it
}

func (def SchemeDef) item(e SchemeEntry, inputs map[string]EntryInput) (Item, error) {
	it := e.ItemOf()
	in, given := inputs[e.Key]
	switch e.Method {
	case MethodComposite:
		for _, c := range def.ChildrenOf(e.Key) {
			ci, err := def.item(c, inputs)
			if err != nil {
				return Item{}, err
			}
			it.Children = append(it.Children, ci)
		}
	case MethodManual:
		it.Manual = in.Score
	case MethodData:
		// A draft has no department: the what-if takes the metric's score as
		// given points (like a manual item) unless a rate is given for a survey metric.
		it.Manual = in.Score
		if e.Code == MetricSatisfaction && in.Rate != nil {
			it.Data = &DataMetric{Metric: e.Code, Satisfaction: &SurveyResults{Rates: []decimal.Decimal{*in.Rate}, Bands: e.Bands}}
		}
	case MethodExecutionRate:
		if in.Rate != nil {
			it.Execution = &Execution{Paid: *in.Rate, Budget: one}
		}
	case MethodSurvey:
		if in.Rate != nil {
			it.Survey = &Survey{Rate: *in.Rate, Bands: e.Bands}
		}
	case MethodDeduction:
		if in.Incidents != nil {
			it.Deduction = &Deduction{Incidents: *in.Incidents, PerIncident: *e.PerIncident}
		}
	case MethodVeto:
		if in.Vetoed {
			it.Veto = &Veto{Triggered: true, Reason: in.Reason}
		}
	case MethodBonusPenalty:
		if given && in.Score != nil {
			if err := CheckAdjustment(e, *in.Score); err != nil {
				return Item{}, within(e.Name, err)
			}
			it.Adjustments = []Adjustment{{Points: *in.Score, Reason: in.Reason}}
		}
	default:
		return Item{}, inputError("method", "未知的评分方法 %q", "unknown scoring method %q", e.Method)
	}
	return it, nil
}

// Layout is a scheme as the tree an evaluation made from it is scored on,
// without inputs: the root (named name) with every entry under its parent.
func (def SchemeDef) Layout(name string) Item {
	var under func(key string) []Item
	under = func(key string) []Item {
		var out []Item
		for _, e := range def.ChildrenOf(key) {
			it := e.ItemOf()
			it.Children = under(e.Key)
			out = append(out, it)
		}
		return out
	}
	return Item{Name: name, Method: MethodComposite, Points: def.Points, Children: under("")}
}

// DefOf is a scheme tree as a scheme definition: keys are the items' paths
// of positions ("1", "1.2", …) and shares become percents. The inverse of Layout.
func DefOf(root Item) SchemeDef {
	def := SchemeDef{Points: root.Points}
	var walk func(items []Item, parent string)
	walk = func(items []Item, parent string) {
		for i, it := range items {
			key := fmt.Sprint(i + 1)
			if parent != "" {
				key = parent + "." + key
			}
			e := SchemeEntry{Key: key, ParentKey: parent, Code: it.Code, Name: it.Name, Method: it.Method, Points: it.Points}
			if it.Share != nil {
				s := it.Share.Mul(hundred)
				e.Share = &s
			}
			def.Items = append(def.Items, e)
			walk(it.Children, key)
		}
	}
	walk(root.Children, "")
	return def
}
