package rules

import "github.com/shopspring/decimal"

// StoredItem is one scored item of a past evaluation, as a what-if of a
// draft scheme reads it: where it sat, how it was scored and with what.
type StoredItem struct {
	Name, ParentName string
	Code             string // the scheme code (OUTPUT …) or a DATA item's metric, if any
	Method           Method
	Points           decimal.Decimal
	Score            *decimal.Decimal
	Rate             *decimal.Decimal // SURVEY: the satisfaction rate given
	Incidents        *int             // DEDUCTION
	Vetoed           bool             // VETO
	Adjustment       *decimal.Decimal // BONUS_PENALTY
}

// Carried says how a past evaluation's inputs were carried over to a draft.
type Carried struct {
	Inputs  map[string]EntryInput
	Matched int // draft items given the past item's own input
	Assumed int // draft items without a counterpart, scored at the past total's rate
	Scores  int // of the matched, draft items given a past manual or expert panel's score
}

// CarryOver maps a past evaluation's items onto a draft scheme's leaves, for
// the what-if of the draft against last year: a leaf takes the past item of
// the same name (under a parent of the same name first), else the one of the
// same code (a renamed item keeps its code), keeping its input
// where the method is the same (a survey's rate, a deduction's incidents, a
// veto, an adjustment) and otherwise its score rate scaled to the draft's
// points; a leaf with no counterpart is scored at the evaluation's total rate
// (total100 ÷ 100), and counted as assumed.
func CarryOver(def SchemeDef, past []StoredItem, total100 decimal.Decimal) Carried {
	out := Carried{Inputs: map[string]EntryInput{}}
	parentName := map[string]string{}
	for _, e := range def.Items {
		parentName[e.Key] = e.Name
	}
	find := func(e SchemeEntry) *StoredItem {
		var byName *StoredItem
		for i := range past {
			it := &past[i]
			if it.Name != e.Name || it.Method == MethodComposite {
				continue
			}
			if it.ParentName == parentName[e.ParentKey] {
				return it
			}
			if byName == nil {
				byName = it
			}
		}
		if byName != nil || e.Code == "" {
			return byName
		}
		for i := range past {
			if it := &past[i]; it.Code == e.Code && it.Method != MethodComposite {
				return it
			}
		}
		return nil
	}
	rate := decimal.Max(decimal.Zero, decimal.Min(one, total100.Div(hundred)))
	for _, e := range def.Items {
		if e.Method == MethodComposite {
			continue
		}
		it := find(e)
		in := EntryInput{}
		if it == nil {
			out.Assumed++
			switch e.Method {
			case MethodVeto:
			case MethodBonusPenalty:
			case MethodSurvey, MethodExecutionRate:
				r := rate
				in.Rate = &r
			case MethodDeduction:
				n := 0
				if e.PerIncident != nil && e.PerIncident.Sign() > 0 {
					n = int(e.Points.Sub(e.Points.Mul(rate)).Div(*e.PerIncident).Ceil().IntPart())
				}
				in.Incidents = &n
			default:
				s := e.Points.Mul(rate).Round(2)
				in.Score = &s
			}
			out.Inputs[e.Key] = in
			continue
		}
		out.Matched++
		scaled := func() *decimal.Decimal {
			s := decimal.Zero
			if it.Score != nil && it.Points.Sign() > 0 {
				s = decimal.Min(e.Points, it.Score.Mul(e.Points).DivRound(it.Points, 2))
			}
			return &s
		}
		switch {
		case e.Method == MethodSurvey && it.Rate != nil:
			in.Rate = it.Rate
		case e.Method == MethodDeduction && it.Incidents != nil:
			in.Incidents = it.Incidents
		case e.Method == MethodVeto:
			in.Vetoed = it.Vetoed
		case e.Method == MethodBonusPenalty:
			in.Score = it.Adjustment
		case e.Method == MethodSurvey || e.Method == MethodExecutionRate:
			r := decimal.Zero
			if it.Score != nil && it.Points.Sign() > 0 {
				r = decimal.Min(one, it.Score.DivRound(it.Points, 4))
			}
			in.Rate = &r
		case e.Method == MethodDeduction:
			n := 0
			if e.PerIncident != nil && e.PerIncident.Sign() > 0 {
				n = int(e.Points.Sub(*scaled()).Div(*e.PerIncident).Ceil().IntPart())
			}
			in.Incidents = &n
		default:
			// A manual item (or a data item with no data in a draft) takes the
			// past score — an expert panel's aggregate where a panel scored it.
			in.Score = scaled()
			if it.Score != nil {
				out.Scores++
			}
		}
		out.Inputs[e.Key] = in
	}
	return out
}
