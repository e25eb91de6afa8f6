package graph

import (
	"context"

	"jixiao/ent"
	"jixiao/ent/scoreitem"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
	"jixiao/internal/workflow"
)

// schemeEntries turns the API's scheme items into the rules' entries.
func schemeEntries(in []*SchemeItemInput) []rules.SchemeEntry {
	out := make([]rules.SchemeEntry, 0, len(in))
	for _, it := range in {
		e := rules.SchemeEntry{Key: it.Key, Name: it.Name, Method: rules.Method(it.Method), Points: it.Points,
			Share: it.Share, PerIncident: it.PerIncident, MaxBonus: it.MaxBonus, MaxPenalty: it.MaxPenalty}
		if it.ParentKey != nil {
			e.ParentKey = *it.ParentKey
		}
		if it.Code != nil {
			e.Code = *it.Code
		}
		for _, b := range it.Bands {
			e.Bands = append(e.Bands, rules.SurveyBand{From: b.From, Share: b.Share})
		}
		out = append(out, e)
	}
	return out
}

func newScheme(in CreateEvaluationSchemeInput) workflow.SchemeInput {
	return workflow.SchemeInput{Code: in.Code, Name: in.Name, Subject: in.Subject, Description: in.Description,
		Definition: rules.SchemeDef{Points: in.Points, Items: schemeEntries(in.Items)}}
}

func schemeChange(in UpdateEvaluationSchemeInput) workflow.SchemeChange {
	ch := workflow.SchemeChange{Name: in.Name, Description: in.Description, Points: in.Points}
	if in.Items != nil {
		ch.Items = schemeEntries(in.Items)
	}
	return ch
}

// schemeItems shows a scheme's entries.
func schemeItems(s *ent.EvaluationScheme) []*SchemeItem {
	out := make([]*SchemeItem, 0, len(s.Definition.Items))
	for _, e := range s.Definition.Items {
		it := &SchemeItem{Key: e.Key, ParentKey: nonEmpty(e.ParentKey), Code: nonEmpty(e.Code), Name: e.Name,
			Method: scoreitem.Method(e.Method), Points: e.Points, Share: e.Share, PerIncident: e.PerIncident,
			Bands: []*SurveyBand{}, MaxBonus: e.MaxBonus, MaxPenalty: e.MaxPenalty}
		for _, b := range e.Bands {
			it.Bands = append(it.Bands, &SurveyBand{From: b.From, Share: b.Share})
		}
		out = append(out, it)
	}
	return out
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func entryInputs(in []*SchemeItemScoreInput) map[string]rules.EntryInput {
	out := map[string]rules.EntryInput{}
	for _, it := range in {
		e := rules.EntryInput{Score: it.Score, Rate: it.Rate, Incidents: it.Incidents}
		if it.Vetoed != nil {
			e.Vetoed = *it.Vetoed
		}
		if it.Reason != nil {
			e.Reason = *it.Reason
		}
		out[it.Key] = e
	}
	return out
}

// previewScheme scores a scheme version with the inputs, in the request's language.
func (r *queryResolver) previewScheme(ctx context.Context, schemeID int, inputs []*SchemeItemScoreInput) (*SchemePreview, error) {
	res, items, err := r.schemes.Preview(ctx, schemeID, entryInputs(inputs))
	if err != nil {
		return nil, err
	}
	out := &SchemePreview{Total: res.Total, Scale: res.Scale, Total100: res.Total100, Grade: enums.Grade(res.Grade),
		Vetoed: res.Vetoed, Items: make([]*SchemeItemScore, 0, len(items))}
	for _, it := range items {
		out.Items = append(out.Items, &SchemeItemScore{Key: it.Key, Name: it.Result.Name, Level: it.Level,
			Points: it.Result.Points, Score: it.Result.Score, Explanation: it.Result.Explanation.Text(lang(ctx))})
	}
	return out, nil
}

func evaluationShares(in []*EvaluationCompositePartInput) []workflow.EvaluationShare {
	out := make([]workflow.EvaluationShare, len(in))
	for i, p := range in {
		out[i] = workflow.EvaluationShare{EvaluationID: p.EvaluationID, Share: p.Share}
	}
	return out
}

func evaluationComposite(c *workflow.Composite, err error) (*EvaluationComposite, error) {
	if err != nil {
		return nil, err
	}
	out := &EvaluationComposite{Score: c.Score, Grade: enums.Grade(c.Grade)}
	for _, p := range c.Parts {
		out.Parts = append(out.Parts, &EvaluationCompositePart{Evaluation: p.Evaluation, Score: p.Score, Share: p.Share})
	}
	return out, nil
}

// schemeDataMetrics lists the rules' data metrics, named in lang.
func schemeDataMetrics(lang string) []*SchemeDataMetric {
	var out []*SchemeDataMetric
	for _, m := range rules.DataMetrics() {
		out = append(out, &SchemeDataMetric{Code: m.Code, Name: m.Name(lang), NameZh: m.NameZH, NameEn: m.NameEN, Source: m.Source(lang)})
	}
	return out
}
