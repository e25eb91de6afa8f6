package graph

import (
	"context"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
)

// Conversions between the GraphQL shapes and the rules package's plain values.

func lang(ctx context.Context) string { return auth.RequestFrom(ctx).Lang }

func scoreResult(ctx context.Context, s rules.Score) *ScoreResult {
	return &ScoreResult{Score: s.Score, Explanation: s.Explanation.Text(lang(ctx)), Flags: s.Flags}
}

func indicatorOf(comparator enums.Comparator, target, actual *decimal.Decimal, level *enums.QualitativeLevel) rules.Indicator {
	ind := rules.Indicator{Comparator: comparator, Target: target, Actual: actual}
	if level != nil {
		ind.Level = *level
	}
	return ind
}

func previewIndicator(in ScorePreviewInput) rules.Indicator {
	ind := indicatorOf(in.Comparator, in.TargetValue, in.ActualValue, in.Level)
	ind.LevelScore = in.LevelScore
	return ind
}

func selfEvalInput(in SelfEvaluationPreviewInput) rules.SelfEvalInput {
	out := rules.SelfEvalInput{Paid: in.Paid.Decimal(), Budget: in.Budget.Decimal()}
	for _, i := range in.Indicators {
		ind := indicatorOf(i.Comparator, i.TargetValue, i.ActualValue, i.Level)
		ind.LevelRate = i.LevelRate
		out.Indicators = append(out.Indicators, rules.SelfEvalIndicator{
			Category: i.Category, Indicator: ind, Weight: i.Weight})
	}
	return out
}

func selfEvalPreview(ctx context.Context, r rules.SelfEvalResult) *SelfEvaluationPreview {
	out := &SelfEvaluationPreview{Total: r.Total, Grade: r.Grade, ExecutionScore: r.ExecutionScore, Flags: r.Flags}
	for _, c := range r.Categories {
		out.Categories = append(out.Categories, &CategoryPoints{Category: c.Category, Points: c.Points, Score: c.Score})
	}
	for _, s := range r.Items {
		out.Items = append(out.Items, scoreResult(ctx, s))
	}
	return out
}
