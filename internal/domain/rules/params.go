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
	// SelfCostPoints are the points of a separate 成本 category, used only when
	// CostSharesOutput is off (then the self points must still sum as intended).
	SelfCostPoints decimal.Decimal `json:"selfCostPoints"`

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

	// Calendar is the year's timetable of declaration, monitoring and
	// evaluation deadlines (calendar.go).
	Calendar []CalendarStep `json:"calendar"`

	// The rule set's name and version, quoted in every explanation. They live in
	// the RuleSet row, not in the stored parameters: set them with Named.
	RuleSetName    string `json:"-"`
	RuleSetNameEN  string `json:"-"`
	RuleSetVersion int    `json:"-"`
}

// Named returns the parameters labelled with their rule set's name and version,
// as loaded from the database; explanations quote them.
func (p Params) Named(name string, version int) Params {
	p.RuleSetName, p.RuleSetNameEN, p.RuleSetVersion = name, name, version
	return p
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
		SelfCostPoints:               decimal.Zero,
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
		Calendar:                     DefaultCalendar(),
		RuleSetName:                  "国家默认",
		RuleSetNameEN:                "national default",
		RuleSetVersion:               1,
	}
}

// Validate rejects parameters the rules cannot work with, e.g. when a regional
// rule set is saved: grade thresholds out of order, bands overlapping, a
// reverse zero point at or below the target.
func (p Params) Validate() error {
	zero := decimal.Zero
	bad := func(field, zh, en string) error { return &InputError{Field: "params." + field, ZH: zh, EN: en} }
	switch {
	case p.ScorePlaces < 0 || p.ScorePlaces > 6:
		return bad("scorePlaces", "得分小数位须在 0 到 6 之间", "score places must be from 0 to 6")
	case p.GradeFair.LessThan(zero) || p.GradeGood.LessThan(p.GradeFair) || p.GradeExcellent.LessThan(p.GradeGood):
		return bad("gradeExcellent", "等级分数线须满足 0 ≤ 中 ≤ 良 ≤ 优", "grade thresholds must satisfy 0 ≤ fair ≤ good ≤ excellent")
	case p.OverAchievementFactor.LessThan(one):
		return bad("overAchievementFactor", "超额完成倍数不能小于 1", "the over-achievement factor must be at least 1")
	case !p.ReverseZeroMultiple.GreaterThan(one):
		return bad("reverseZeroMultiple", "反向指标归零倍数须大于 1", "the reverse zero multiple must be above 1")
	case p.QualitativePartlyMin.LessThan(zero) || p.QualitativeAchievedMin.LessThan(p.QualitativePartlyMin) || p.QualitativeAchievedMin.GreaterThan(one):
		return bad("qualitativeAchievedMin", "定性等级区间须满足 0 ≤ 部分达成 ≤ 达成 ≤ 1", "qualitative bands must satisfy 0 ≤ partly ≤ achieved ≤ 1")
	case p.HighScoreTolerance.LessThan(zero) || p.UnderspentShare.LessThan(zero) || p.UnderspentShare.GreaterThan(one):
		return bad("underspentShare", "一致性检查的阈值须在 0 到 1 之间", "consistency thresholds must be between 0 and 1")
	case !p.WarningRedBelow.GreaterThan(zero) || p.WarningYellowBelow.LessThan(p.WarningRedBelow) || p.WarningBlueFrom.LessThan(p.WarningYellowBelow):
		return bad("warningRedBelow", "预警阈值须满足 0 < 红 ≤ 黄 ≤ 蓝", "warning thresholds must satisfy 0 < red ≤ yellow ≤ blue")
	case p.MonthsPerYear < 1:
		return bad("monthsPerYear", "每年月数须至少为 1", "months per year must be at least 1")
	case !p.IndicatorPoints.GreaterThan(zero) || p.KeyProjectThresholdFen < 0:
		return bad("indicatorPoints", "指标总分值须大于 0，重点项目金额线不能为负数", "indicator points must be above 0 and the key-project threshold not negative")
	}
	if err := validateCalendar(p.Calendar); err != nil {
		return err
	}
	for _, f := range []struct {
		field string
		v     decimal.Decimal
	}{{"selfExecutionPoints", p.SelfExecutionPoints}, {"selfOutputPoints", p.SelfOutputPoints}, {"selfEffectPoints", p.SelfEffectPoints},
		{"selfSatisfactionPoints", p.SelfSatisfactionPoints}, {"selfCostPoints", p.SelfCostPoints}} {
		if err := checkPoints(p, "params."+f.field, f.v); err != nil {
			return err
		}
	}
	return nil
}
