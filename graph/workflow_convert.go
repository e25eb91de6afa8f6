package graph

import (
	"context"

	"jixiao/ent"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
	"jixiao/internal/workflow"
)

func newEvaluation(in NewEvaluationInput) workflow.NewEvaluation {
	return workflow.NewEvaluation{Kind: in.Kind, FiscalYear: in.FiscalYear, DepartmentID: in.DepartmentID,
		ProjectID: in.ProjectID, AgencyID: in.AgencyID, Scheme: deref(in.Scheme), SchemeID: in.SchemeID}
}

func whatIf(ctx context.Context, res rules.SchemeResult, rs *ent.RuleSet, items []workflow.WhatIfItem) *EvaluationWhatIf {
	out := &EvaluationWhatIf{TotalScore: res.Total100, Grade: enums.Grade(res.Grade), RuleSet: rs}
	for _, it := range items {
		out.Items = append(out.Items, &ScoreItemWhatIf{Name: it.Name, Weight: it.Weight, Score: it.Score,
			Explanation: it.Explanation.Text(lang(ctx))})
	}
	return out
}

func reviewChecks(ctx context.Context, checks []rules.Check) []*ReviewCheck {
	out := make([]*ReviewCheck, len(checks))
	for i, c := range checks {
		msg := c.ZH
		if lang(ctx) == "en" {
			msg = c.EN
		}
		out[i] = &ReviewCheck{Code: c.Code, Passed: c.Passed, Severity: string(c.Severity), Message: msg}
	}
	return out
}
