package workflow

import (
	"context"
	"strconv"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/evaluationscheme"
	"jixiao/ent/scoreitem"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
)

// SchemeWhatIfRow is one past evaluation scored under a draft scheme.
type SchemeWhatIfRow struct {
	Evaluation       *ent.Evaluation
	StoredScore      *decimal.Decimal
	StoredGrade      *enums.Grade
	DraftScore       decimal.Decimal
	DraftGrade       enums.Grade
	Difference       decimal.Decimal // draft − stored (0 without a stored total)
	Matched, Assumed int
}

// SchemeWhatIf is a draft scheme against a year's evaluations of its subject.
type SchemeWhatIf struct {
	FiscalYear                            int
	Rows                                  []SchemeWhatIfRow
	MeanStored, MeanDraft, MeanDifference *decimal.Decimal
	GradeChanges                          int
}

// whatIfKinds are the evaluations a scheme is for: finance key, third-party
// and department-wide ones, never self-evaluations.
var whatIfKinds = []evaluation.Kind{evaluation.KindFinanceKey, evaluation.KindThirdParty, evaluation.KindDepartment}

// WhatIfLastYear scores a scheme version against the submitted (or later)
// evaluations of its subject (projects or departments) of fiscalYear — by
// default the latest year that has any — carrying each one's inputs over
// (rules.CarryOver), and compares with their stored totals. Nothing is
// saved. Finance only. Four statements whatever the number of evaluations.
func (w Schemes) WhatIfLastYear(ctx context.Context, id int, fiscalYear *int) (*SchemeWhatIf, error) {
	if err := financeOnly(ctx); err != nil {
		return nil, err
	}
	c := client(ctx, w.Client)
	s, err := c.EvaluationScheme.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	p, _, err := w.RuleSets.Params(ctx, nil)
	if err != nil {
		return nil, err
	}
	if err := rules.CheckSchemeDef(p, s.Definition); err != nil {
		return nil, err
	}
	q := c.Evaluation.Query().Where(evaluation.KindIn(whatIfKinds...),
		evaluation.StatusIn(evaluation.StatusSubmitted, evaluation.StatusReviewed, evaluation.StatusPublished),
		evaluation.TotalScoreNotNil())
	if s.Subject == evaluationscheme.SubjectDepartment {
		q.Where(evaluation.ProjectIDIsNil())
	} else {
		q.Where(evaluation.ProjectIDNotNil())
	}
	out := &SchemeWhatIf{}
	if fiscalYear != nil {
		out.FiscalYear = *fiscalYear
	} else {
		years, err := q.Clone().Order(ent.Desc(evaluation.FieldFiscalYear)).Limit(1).Select(evaluation.FieldFiscalYear).Ints(ctx)
		if err != nil || len(years) == 0 {
			return out, err
		}
		out.FiscalYear = years[0]
	}
	evs, err := q.Where(evaluation.FiscalYear(out.FiscalYear)).Order(ent.Asc(evaluation.FieldID)).All(ctx)
	if err != nil || len(evs) == 0 {
		return out, err
	}
	ids := make([]int, len(evs))
	for i, e := range evs {
		ids[i] = e.ID
	}
	items, err := c.ScoreItem.Query().Where(scoreitem.EvaluationIDIn(ids...)).All(ctx)
	if err != nil {
		return nil, err
	}
	byEval := map[int][]*ent.ScoreItem{}
	name := map[int]string{}
	for _, it := range items {
		byEval[it.EvaluationID] = append(byEval[it.EvaluationID], it)
		name[it.ID] = it.Name
	}
	var sumStored, sumDraft decimal.Decimal
	for _, e := range evs {
		var past []rules.StoredItem
		for _, it := range byEval[e.ID] {
			past = append(past, storedItem(it, name))
		}
		carried := rules.CarryOver(s.Definition, past, *e.TotalScore)
		res, err := rules.ScoreSchemeDef(p, s.Definition, carried.Inputs)
		if err != nil {
			return nil, err
		}
		row := SchemeWhatIfRow{Evaluation: e, StoredScore: e.TotalScore, StoredGrade: e.Grade, DraftScore: res.Total100,
			DraftGrade: res.Grade, Difference: res.Total100.Sub(*e.TotalScore), Matched: carried.Matched, Assumed: carried.Assumed}
		if e.Grade != nil && *e.Grade != res.Grade {
			out.GradeChanges++
		}
		sumStored, sumDraft = sumStored.Add(*e.TotalScore), sumDraft.Add(res.Total100)
		out.Rows = append(out.Rows, row)
	}
	n := decimal.NewFromInt(int64(len(out.Rows)))
	ms, md := sumStored.DivRound(n, 2), sumDraft.DivRound(n, 2)
	diff := sumDraft.Sub(sumStored).DivRound(n, 2)
	out.MeanStored, out.MeanDraft, out.MeanDifference = &ms, &md, &diff
	return out, nil
}

func storedItem(it *ent.ScoreItem, name map[int]string) rules.StoredItem {
	get := func(key string) *decimal.Decimal {
		if v, ok := it.Inputs[key]; ok {
			if d, err := decimal.NewFromString(v); err == nil {
				return &d
			}
		}
		return nil
	}
	s := rules.StoredItem{Name: it.Name, Method: rules.Method(it.Method), Points: it.Weight, Score: it.Score,
		Rate: get(inRate), Adjustment: get(inAdjustment), Vetoed: it.Inputs[inVetoed] == "true", Code: it.Inputs[inCode]}
	if it.Method == scoreitem.MethodData {
		s.Code = it.Inputs[inMetric]
	}
	if it.ParentID != nil {
		s.ParentName = name[*it.ParentID]
	}
	if v, ok := it.Inputs[inIncidents]; ok {
		if n, err := strconv.Atoi(v); err == nil {
			s.Incidents = &n
		}
	}
	return s
}
