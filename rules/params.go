// Package rules holds the pure business rules of budget performance management:
// scoring, grading, monitoring warnings, review checks and state machines.
// It imports neither ent nor GraphQL: plain functions over plain values.
package rules

import "github.com/shopspring/decimal"

// Params are every number of the domain's rules, kept in a versioned rule set
// (national defaults, overridable per region and fiscal year). Field names are
// stored as JSON in the database: add fields freely, never rename one.
type Params struct {
	// ScorePlaces is the rounding of each item's score and of totals (half up).
	ScorePlaces int32 `json:"scorePlaces"`

	// Grades: 优 ≥ Excellent; 良 ≥ Good; 中 ≥ Fair; 差 below Fair (out of 100).
	GradeExcellent decimal.Decimal `json:"gradeExcellent"`
	GradeGood      decimal.Decimal `json:"gradeGood"`
	GradeFair      decimal.Decimal `json:"gradeFair"`

	// Self-evaluation (单位自评) default points.
	SelfExecutionPoints    decimal.Decimal `json:"selfExecutionPoints"`
	SelfOutputPoints       decimal.Decimal `json:"selfOutputPoints"`
	SelfEffectPoints       decimal.Decimal `json:"selfEffectPoints"`
	SelfSatisfactionPoints decimal.Decimal `json:"selfSatisfactionPoints"`
	// SatisfactionFallbackToEffect gives the satisfaction points to 效益 when the
	// target has no satisfaction indicator.
	SatisfactionFallbackToEffect bool `json:"satisfactionFallbackToEffect"`
	// CostSharesOutput puts 成本 indicators into the 产出 points (产出成本).
	CostSharesOutput bool `json:"costSharesOutput"`

	// ExecutionRateCap caps the budget execution rate at 1 when scoring.
	ExecutionRateCap bool `json:"executionRateCap"`

	// OverAchievementFactor: A ≥ factor × T on a positive indicator is flagged.
	OverAchievementFactor decimal.Decimal `json:"overAchievementFactor"`
	// ReverseZeroMultiple: a reverse indicator scores 0 when A ≥ multiple × T.
	ReverseZeroMultiple decimal.Decimal `json:"reverseZeroMultiple"`

	// Qualitative bands as shares of the item's points:
	// 达成 [AchievedMin, 1]; 部分达成 [PartlyMin, AchievedMin); 未达成 [0, PartlyMin).
	QualitativeAchievedMin decimal.Decimal `json:"qualitativeAchievedMin"`
	QualitativePartlyMin   decimal.Decimal `json:"qualitativePartlyMin"`

	// Consistency checks of a self-evaluation.
	// HighScoreTolerance: indicator score rate may exceed the execution rate by
	// this share (relative) before the red HIGH_SCORE_LOW_SPENDING warning.
	HighScoreTolerance decimal.Decimal `json:"highScoreTolerance"`
	// UnderspentShare: more than this share of the budget unspent → yellow UNDERSPENT.
	UnderspentShare decimal.Decimal `json:"underspentShare"`

	// Key / third-party scheme: output + effect together at least this share.
	KeyOutputEffectMinShare decimal.Decimal `json:"keyOutputEffectMinShare"`

	// Monitoring warnings (ratios to time progress).
	WarningRedBelow    decimal.Decimal `json:"warningRedBelow"`
	WarningYellowBelow decimal.Decimal `json:"warningYellowBelow"`
	WarningBlueFrom    decimal.Decimal `json:"warningBlueFrom"`
	MonthsPerYear      int32           `json:"monthsPerYear"`

	// Review checks.
	// IndicatorPoints is what the indicator weights of a target must sum to.
	IndicatorPoints decimal.Decimal `json:"indicatorPoints"`
	// KeyProjectThresholdFen: projects at or above this budget (in fen) must declare targets.
	KeyProjectThresholdFen int64 `json:"keyProjectThresholdFen"`
}

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// NationalDefaults are the national rule set's parameters (domain.md).
func NationalDefaults() Params {
	return Params{
		ScorePlaces:                  2,
		GradeExcellent:               d("90"),
		GradeGood:                    d("80"),
		GradeFair:                    d("60"),
		SelfExecutionPoints:          d("10"),
		SelfOutputPoints:             d("50"),
		SelfEffectPoints:             d("30"),
		SelfSatisfactionPoints:       d("10"),
		SatisfactionFallbackToEffect: true,
		CostSharesOutput:             true,
		ExecutionRateCap:             true,
		OverAchievementFactor:        d("1.3"),
		ReverseZeroMultiple:          d("2"),
		QualitativeAchievedMin:       d("0.8"),
		QualitativePartlyMin:         d("0.6"),
		HighScoreTolerance:           d("0.05"),
		UnderspentShare:              d("0.2"),
		KeyOutputEffectMinShare:      d("0.6"),
		WarningRedBelow:              d("0.6"),
		WarningYellowBelow:           d("0.8"),
		WarningBlueFrom:              d("1.2"),
		MonthsPerYear:                12,
		IndicatorPoints:              d("90"),
		KeyProjectThresholdFen:       50_000_000,
	}
}
