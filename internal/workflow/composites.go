package workflow

import (
	"context"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/rules"
)

// CompositePart is one computed evaluation in a composite, with its share (percent).
type CompositePart struct {
	Evaluation *ent.Evaluation
	Score      decimal.Decimal
	Share      decimal.Decimal
}

// Composite is a composite of evaluations (e.g. mid-year 50 + year-end 50).
type Composite struct {
	Score decimal.Decimal
	Grade enums.Grade
	Parts []CompositePart
}

// EvaluationShare names an evaluation and its share in a composite.
type EvaluationShare struct {
	EvaluationID int
	Share        decimal.Decimal
}

// Composite combines the totals of computed evaluations the viewer may read
// by their shares (domain.md "Composites"); an evaluation without a total, or
// shares not adding up to 100, is bad input. Nothing is saved.
func (w Evaluations) Composite(ctx context.Context, in []EvaluationShare) (*Composite, error) {
	ids := make([]int, len(in))
	for i, p := range in {
		ids[i] = p.EvaluationID
	}
	evs, err := client(ctx, w.Client).Evaluation.Query().Where(evaluation.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, err
	}
	byID := map[int]*ent.Evaluation{}
	for _, e := range evs {
		byID[e.ID] = e
	}
	out := &Composite{}
	var parts []rules.CompositePart
	for _, p := range in {
		e := byID[p.EvaluationID]
		if e == nil {
			return nil, fail.Missing("parts.evaluationId", "绩效评价", "evaluation", p.EvaluationID)
		}
		if e.TotalScore == nil {
			return nil, fail.BadInput("parts.evaluationId", "评价尚未计算总分，不能参与组合", "an evaluation without a computed total cannot be part of a composite")
		}
		parts = append(parts, rules.CompositePart{Score: *e.TotalScore, Share: p.Share})
		out.Parts = append(out.Parts, CompositePart{Evaluation: e, Score: *e.TotalScore, Share: p.Share})
	}
	score, err := rules.CompositeScore(parts)
	if err != nil {
		return nil, err
	}
	p, _, err := w.RuleSets.Params(ctx, nil)
	if err != nil {
		return nil, err
	}
	out.Score, out.Grade = score, rules.GradeFor(p, score)
	return out, nil
}
