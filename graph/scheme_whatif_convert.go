package graph

import (
	"context"

	"jixiao/internal/workflow"
)

// schemeWhatIf runs a scheme version against a year's evaluations of its
// subject (workflow.Schemes.WhatIfLastYear) and shows the answer.
func (r *queryResolver) schemeWhatIf(ctx context.Context, schemeID int, fiscalYear *int) (*SchemeWhatIf, error) {
	res, err := r.schemes.WhatIfLastYear(ctx, schemeID, fiscalYear)
	if err != nil {
		return nil, err
	}
	return schemeWhatIfOf(res), nil
}

func schemeWhatIfOf(res *workflow.SchemeWhatIf) *SchemeWhatIf {
	out := &SchemeWhatIf{FiscalYear: res.FiscalYear, Rows: []*SchemeWhatIfRow{}, Count: len(res.Rows),
		MeanStored: res.MeanStored, MeanDraft: res.MeanDraft, MeanDifference: res.MeanDifference, GradeChanges: res.GradeChanges}
	for _, row := range res.Rows {
		out.Rows = append(out.Rows, &SchemeWhatIfRow{Evaluation: row.Evaluation, StoredScore: row.StoredScore, StoredGrade: row.StoredGrade,
			DraftScore: row.DraftScore, DraftGrade: row.DraftGrade, Difference: row.Difference,
			MatchedItems: row.Matched, AssumedItems: row.Assumed})
	}
	return out
}
