package graph

import (
	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/internal/domain/rules"
)

// derefDecimals reads a list of non-null Decimal arguments.
func derefDecimals(xs []*decimal.Decimal) []decimal.Decimal {
	out := make([]decimal.Decimal, len(xs))
	for i, x := range xs {
		out[i] = *x
	}
	return out
}

// compositeParts converts the composite's parts for the rule.
func compositeParts(in []*CompositePartInput) []rules.CompositePart {
	out := make([]rules.CompositePart, len(in))
	for i, p := range in {
		out[i] = rules.CompositePart{Score: p.Score, Share: p.Share}
	}
	return out
}

// decimalResult adapts a rule's (value, error) to a nullable Decimal answer.
func decimalResult(x decimal.Decimal, err error) (*decimal.Decimal, error) {
	if err != nil {
		return nil, err
	}
	return &x, nil
}

// targetSuggestion shapes a suggestion for the API.
func targetSuggestion(tp *ent.IndicatorTemplate, s rules.Suggestion, err error) (*TargetSuggestion, error) {
	if err != nil {
		return nil, err
	}
	out := &TargetSuggestion{Template: tp, FiscalYear: s.Year, LastYearActual: s.LastYearActual, Suggested: s.Suggested,
		SectorP25: s.SectorP25, SectorP50: s.SectorP50, SectorP75: s.SectorP75, SectorCount: s.SectorCount,
		LastActuals: make([]*rules.YearValue, len(s.LastActuals))}
	for i := range s.LastActuals {
		out.LastActuals[i] = &s.LastActuals[i]
	}
	return out, nil
}
