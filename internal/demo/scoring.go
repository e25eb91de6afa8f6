package demo

import (
	"fmt"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
)

// Scores, grades, warnings and review checks come from package rules (the
// rule engine the API uses) with the national default rule set, the one the
// RuleSet row holds: the data is scored exactly as the system would score it.
var params = rules.NationalDefaults()

// must turns a rule engine error into a panic: the generator only feeds the
// rules valid input, and Load turns a panic into an error.
func must[T any](v T, err error) T {
	if err != nil {
		panic(fmt.Sprintf("demo: rules: %v", err))
	}
	return v
}

// yuanDec is an amount in fen as yuan.
func yuanDec(fen int64) decimal.Decimal { return decimal.New(fen, -2) }

// yuan formats fen as yuan with two decimals.
func yuan(fen int64) string { return yuanDec(fen).StringFixed(2) }

// wan formats fen as 万元 with two decimals.
func wan(fen int64) string { return decimal.New(fen, -6).StringFixed(2) }

var gradeZH = map[enums.Grade]string{enums.GradeExcellent: "优", enums.GradeGood: "良", enums.GradeFair: "中", enums.GradePoor: "差"}

// ruleIndicator is what the rules need to score an indicator's actual value.
func ruleIndicator(ind *indicatorPlan) rules.Indicator {
	ri := rules.Indicator{Comparator: ind.tp.cmp}
	if ind.tp.qualitative() {
		ri.Level = ind.level
		if ind.levelRate != nil {
			ri.LevelRate = ind.levelRate
		}
		return ri
	}
	t := ind.target
	ri.Target, ri.Actual = &t, ind.actual
	return ri
}

func executionWarning(paid, budget int64, m int) enums.WarningLevel {
	if budget <= 0 {
		return enums.WarningLevelGreen
	}
	return must(rules.ExecutionWarning(params, yuanDec(paid), yuanDec(budget), m)).Level
}

func worst(levels []enums.WarningLevel) enums.WarningLevel {
	ls := make([]enums.WarningLevel, len(levels))
	for i, l := range levels {
		ls[i] = l
	}
	return rules.WorstWarning(ls...)
}

// budgetSync is what a project target's 三同步 check reads: the amount
// requested with the target and the project's allocations of its year.
type budgetSync struct {
	requested *int64 // fen; nil = none declared
	allocated int64  // fen
}

// reviewChecks are the automatic checks of a declared target as the
// workflow snapshots them into Review.checks; failed, when set, is a check
// that failed when the target was returned (and was fixed since).
func reviewChecks(p *proj, inds []*indicatorPlan, failed string, money budgetSync) string {
	in := rules.ReviewInput{DepartmentWide: p == nil, HasTarget: true}
	if p != nil {
		in.BudgetFen, in.PublicService, in.Assessment = money.allocated, p.public, rules.Conclusion(p.conclusion)
		in.RequestedFen = money.requested
	}
	for _, ind := range inds {
		ri := rules.ReviewIndicator{Name: ind.tp.name, Category: ind.tp.category(),
			Comparator: ind.tp.cmp, Unit: ind.tp.unit, Historical: ind.baseline, BudgetStandard: ind.stdValue}
		w := ind.weight
		ri.Weight = &w
		if !ind.tp.qualitative() {
			t := ind.target
			ri.Target = &t
		}
		in.Indicators = append(in.Indicators, ri)
	}
	checks := rules.ReviewChecks(params, in)
	snap := make([]map[string]any, 0, len(checks))
	for _, c := range checks {
		zh, en := c.ZH, c.EN
		passed := c.Passed
		if c.Code == failed {
			passed, zh, en = false, returnReasons[failed][0], returnReasons[failed][1]
		}
		snap = append(snap, map[string]any{"code": c.Code, "passed": passed, "zh": zh, "en": en})
	}
	return jsonText(snap)
}

// returnReasons: what a returned target failed (the check's message then).
var returnReasons = map[string][2]string{
	rules.CheckNotBelowHistory:       {"目标值低于历史水平（目标 / 历史）", "targets easier than their historical values (target / historical)"},
	rules.CheckQuantTargetAndUnit:    {"定量指标缺少目标值或计量单位", "quantitative indicators without a target value or unit"},
	rules.CheckWeightsSum:            {"指标权重合计不等于90分", "the weights do not sum to 90"},
	rules.CheckAssessmentNotRejected: {"事前绩效评估结论为“不予支持”，不能安排预算或批复目标", "the ex-ante assessment rejected the project: no budget or approved target"},
}
