package documents

import (
	"context"
	"time"

	"jixiao/ent"
	"jixiao/ent/disbursement"
	"jixiao/ent/evaluation"
	"jixiao/ent/scoreitem"
	"jixiao/internal/documents/forms"
	"jixiao/internal/documents/pdfreport"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
)

// EvaluationForm fills the 绩效自评表 (评价评分表 for other kinds) of an
// evaluation the viewer may read: 4 statements whatever the number of items.
func (s *Service) EvaluationForm(ctx context.Context, id int) (forms.EvaluationForm, error) {
	form, _, err := s.evaluationForm(ctx, id)
	return form, err
}

// EvaluationReport gathers the 评价报告 (PDF) of an evaluation the viewer may read.
func (s *Service) EvaluationReport(ctx context.Context, id int) (pdfreport.Evaluation, error) {
	form, e, err := s.evaluationForm(ctx, id)
	if err != nil {
		return pdfreport.Evaluation{}, err
	}
	// The chart marks items scored below the 中 grade's line of the rule set
	// the evaluation was scored under.
	p, _, err := s.Targets.RuleSets.Params(ctx, e.RuleSetID)
	if err != nil {
		return pdfreport.Evaluation{}, err
	}
	return pdfreport.Evaluation{EvaluationForm: form, Kind: evaluationKindLabels[e.Kind],
		Status: evaluationStatusLabels[e.Status], Report: e.Report, Generated: time.Now(),
		LowShare: p.GradeFair.Shift(-2)}, nil
}

func (s *Service) evaluationForm(ctx context.Context, id int) (forms.EvaluationForm, *ent.Evaluation, error) {
	e, err := s.Client.Evaluation.Query().Where(evaluation.ID(id)).WithProject().WithDepartment().
		WithScoreItems(func(q *ent.ScoreItemQuery) {
			q.Order(ent.Asc(scoreitem.FieldSortOrder), ent.Asc(scoreitem.FieldID)).WithIndicator()
		}).Only(ctx)
	if err != nil {
		return forms.EvaluationForm{}, nil, err
	}
	form := forms.EvaluationForm{Title: "绩效评价评分表", FiscalYear: e.FiscalYear, Total: e.TotalScore,
		Findings: e.Findings, Recommendations: e.Recommendations}
	if e.Kind == evaluation.KindSelf {
		form.Title = "项目支出绩效自评表"
	}
	if e.Grade != nil {
		form.Grade = enums.Grade("").Labels()[string(*e.Grade)].ZH
	}
	if d := e.Edges.Department; d != nil {
		form.DepartmentName = d.Name
	}
	if p := e.Edges.Project; p != nil {
		form.ProjectCode, form.ProjectName = p.Code, p.Name
		budget, err := s.allocated(ctx, p.ID, e.FiscalYear)
		if err != nil {
			return form, e, err
		}
		var paid []struct {
			Sum *int64 `json:"sum"`
		}
		err = s.Client.Disbursement.Query().Where(disbursement.ProjectID(p.ID), disbursement.FiscalYear(e.FiscalYear)).
			Aggregate(ent.Sum(disbursement.FieldAmount)).Scan(ctx, &paid)
		if err != nil {
			return form, e, err
		}
		total := money.Money(0)
		if len(paid) == 1 && paid[0].Sum != nil {
			total = money.Money(*paid[0].Sum)
		}
		form.Budget, form.Paid = &budget, &total
	}
	for _, it := range e.Edges.ScoreItems {
		row := forms.ScoreRow{Level: it.Level, Name: it.Name, Weight: it.Weight, Score: it.Score, Explanation: it.Explanation}
		if ind := it.Edges.Indicator; ind != nil {
			row.TargetValue, row.Actual = ind.TargetText, ""
			if ind.TargetValue != nil {
				row.TargetValue = ind.TargetValue.String() + ind.Unit
			}
			if ind.ActualValue != nil {
				row.Actual = ind.ActualValue.String() + ind.Unit
			} else if ind.ActualLevel != nil {
				row.Actual = enums.QualitativeLevel("").Labels()[string(*ind.ActualLevel)].ZH
			}
		}
		form.Items = append(form.Items, row)
	}
	return form, e, nil
}
