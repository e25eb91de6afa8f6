package rules

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"jixiao/internal/domain/enums"
)

// Severity of a failed review check: an ERROR is a defect the target must not
// go on with; a WARNING is for the reviewer to weigh.
type Severity string

// Severities.
const (
	SeverityError   Severity = "ERROR"
	SeverityWarning Severity = "WARNING"
)

// Conclusion is an ex-ante assessment's conclusion (事前绩效评估结论).
type Conclusion string

// Conclusions; "" means the project has no assessment.
const (
	ConclusionSupport        Conclusion = "SUPPORT"         // 予以支持
	ConclusionPartialSupport Conclusion = "PARTIAL_SUPPORT" // 部分支持
	ConclusionReject         Conclusion = "REJECT"          // 不予支持
)

// Codes of the automatic review checks (stable: clients key on them).
const (
	CheckHasOutput             = "HAS_OUTPUT"
	CheckHasEffect             = "HAS_EFFECT"
	CheckHasSatisfaction       = "HAS_SATISFACTION"
	CheckWeightsSum            = "WEIGHTS_SUM"
	CheckQuantTargetAndUnit    = "QUANT_TARGET_AND_UNIT"
	CheckNotBelowHistory       = "NOT_BELOW_HISTORY"
	CheckCostWithinStandard    = "COST_WITHIN_STANDARD"
	CheckAssessmentNotRejected = "ASSESSMENT_NOT_REJECTED"
	CheckKeyProjectTarget      = "KEY_PROJECT_TARGET"
	CheckNotBelowLastActual    = "NOT_BELOW_LAST_ACTUAL"
)

// Check is one automatic check of a declared target, shown to the reviewer.
type Check struct {
	Code     string
	Passed   bool
	Severity Severity // what a failure means
	ZH, EN   string
}

// ReviewIndicator is what the checks read of one declared indicator.
type ReviewIndicator struct {
	Name           string
	Category       enums.IndicatorCategory
	Comparator     enums.Comparator
	Target         *decimal.Decimal // nil = no numeric target value
	Unit           string
	Weight         *decimal.Decimal // nil = not given
	Historical     *decimal.Decimal // baseline (历史值), when known
	BudgetStandard *decimal.Decimal // 预算支出标准 of a cost indicator, when set
	LastYearActual *decimal.Decimal // the library indicator's actual of the year before, for this department
}

// ReviewInput is a declared target and what the checks read of its subject.
type ReviewInput struct {
	Indicators     []ReviewIndicator
	BudgetFen      int64      // the project's allocations of the year (adjusted budget) in fen
	RequestedFen   *int64     // the amount requested with the target (申请金额); nil = not declared
	PublicService  bool       // a public-service project must measure satisfaction
	DepartmentWide bool       // a department's overall target: no project checks
	Assessment     Conclusion // the project's latest ex-ante assessment; "" = none
	HasTarget      bool       // whether the project has declared a target
}

// ReviewChecks runs the automatic checks of domain.md §Review checks, in a
// fixed order. Checks that do not apply are left out: HAS_SATISFACTION unless
// PublicService, NOT_BELOW_LAST_ACTUAL unless an indicator has last year's
// actual, ASSESSMENT_NOT_REJECTED, KEY_PROJECT_TARGET and BUDGET_SYNC for
// department-wide targets.
func ReviewChecks(p Params, in ReviewInput) []Check {
	checks := []Check{
		hasCategory(in, enums.IndicatorCategoryOutput, CheckHasOutput, SeverityError),
		hasCategory(in, enums.IndicatorCategoryEffect, CheckHasEffect, SeverityError),
	}
	if in.PublicService {
		checks = append(checks, hasCategory(in, enums.IndicatorCategorySatisfaction, CheckHasSatisfaction, SeverityError))
	}
	checks = append(checks, weightsSum(p, in), quantTargetAndUnit(in), notBelowHistory(in), costWithinStandard(in))
	if c, ok := notBelowLastActual(in); ok {
		checks = append(checks, c)
	}
	if !in.DepartmentWide {
		checks = append(checks, assessmentNotRejected(in), keyProjectTarget(p, in), budgetSync(in))
	}
	return checks
}

// TargetRequired tells whether a project of this budget (in fen) must declare
// performance targets (重点项目, 500,000 yuan or more by default).
func TargetRequired(p Params, budgetFen int64) bool { return budgetFen >= p.KeyProjectThresholdFen }

func indicatorName(in ReviewInput, i int) string {
	if n := in.Indicators[i].Name; n != "" {
		return n
	}
	return fmt.Sprintf("#%d", i+1)
}

// offenders builds a check that fails when any indicator is listed.
func offenders(code string, sev Severity, names []string, okZH, okEN, badZH, badEN string) Check {
	if len(names) == 0 {
		return Check{code, true, sev, okZH, okEN}
	}
	list := strings.Join(names, "、")
	return Check{code, false, sev, badZH + "：" + list, badEN + ": " + strings.Join(names, ", ")}
}

func hasCategory(in ReviewInput, cat enums.IndicatorCategory, code string, sev Severity) Check {
	n := 0
	for _, ind := range in.Indicators {
		if ind.Category == cat {
			n++
		}
	}
	if n == 0 {
		return Check{code, false, sev, "缺少" + cat.ZH() + "指标", "no " + cat.EN() + " indicator"}
	}
	return Check{code, true, sev, fmt.Sprintf("有%s指标 %d 个", cat.ZH(), n), fmt.Sprintf("%d %s indicator(s)", n, cat.EN())}
}

func weightsSum(p Params, in ReviewInput) Check {
	sum, given := decimal.Zero, 0
	var missing []string
	for i, ind := range in.Indicators {
		if ind.Weight == nil {
			missing = append(missing, indicatorName(in, i))
			continue
		}
		given++
		sum = sum.Add(*ind.Weight)
	}
	switch {
	case given == 0:
		return Check{CheckWeightsSum, true, SeverityError, "未设置权重，评分时按类别平均分配", "no weights given: points are split equally within each category"}
	case len(missing) > 0:
		return offenders(CheckWeightsSum, SeverityError, missing, "", "", "部分指标未设置权重", "some indicators have no weight")
	case !sum.Equal(p.IndicatorPoints):
		return Check{CheckWeightsSum, false, SeverityError,
			fmt.Sprintf("指标权重合计 %s，应为 %s", sum, p.IndicatorPoints), fmt.Sprintf("the weights sum to %s, not to %s", sum, p.IndicatorPoints)}
	default:
		return Check{CheckWeightsSum, true, SeverityError,
			fmt.Sprintf("指标权重合计 %s", sum), fmt.Sprintf("the weights sum to %s", sum)}
	}
}

func quantTargetAndUnit(in ReviewInput) Check {
	var bad []string
	for i, ind := range in.Indicators {
		if ind.Comparator.Quantitative() && (ind.Target == nil || strings.TrimSpace(ind.Unit) == "") {
			bad = append(bad, indicatorName(in, i))
		}
	}
	return offenders(CheckQuantTargetAndUnit, SeverityError, bad,
		"定量指标均有目标值和计量单位", "every quantitative indicator has a target value and a unit",
		"定量指标缺少目标值或计量单位", "quantitative indicators without a target value or unit")
}

// notBelowHistory: a positive target must not be below its historical value,
// a reverse one not above it (either would be an easier target than before).
func notBelowHistory(in ReviewInput) Check {
	var bad []string
	for i, ind := range in.Indicators {
		if ind.Target == nil || ind.Historical == nil || !ind.Comparator.Quantitative() {
			continue
		}
		t, h := *ind.Target, *ind.Historical
		if ind.Comparator.Reverse() && t.GreaterThan(h) || !ind.Comparator.Reverse() && t.LessThan(h) {
			bad = append(bad, fmt.Sprintf("%s（%s / %s）", indicatorName(in, i), t, h))
		}
	}
	return offenders(CheckNotBelowHistory, SeverityWarning, bad,
		"目标值不低于历史水平", "no target is easier than its historical value",
		"目标值低于历史水平（目标 / 历史）", "targets easier than their historical values (target / historical)")
}

func costWithinStandard(in ReviewInput) Check {
	var bad []string
	for i, ind := range in.Indicators {
		if ind.Target != nil && ind.BudgetStandard != nil && ind.Target.GreaterThan(*ind.BudgetStandard) {
			bad = append(bad, fmt.Sprintf("%s（%s / %s）", indicatorName(in, i), ind.Target, ind.BudgetStandard))
		}
	}
	return offenders(CheckCostWithinStandard, SeverityWarning, bad,
		"成本指标未超过预算支出标准", "no cost indicator is above its budget expenditure standard",
		"成本指标超过预算支出标准（目标 / 标准）", "cost indicators above their budget expenditure standard (target / standard)")
}

func assessmentNotRejected(in ReviewInput) Check {
	switch in.Assessment {
	case ConclusionReject:
		return Check{CheckAssessmentNotRejected, false, SeverityError,
			"事前绩效评估结论为“不予支持”，不能安排预算或批复目标", "the ex-ante assessment rejected the project: no budget or approved target"}
	case "":
		return Check{CheckAssessmentNotRejected, false, SeverityWarning,
			"尚无事前绩效评估；未经评估的项目不安排预算", "no ex-ante assessment yet; a project without one gets no budget"}
	default:
		label := map[Conclusion][2]string{ConclusionSupport: {"予以支持", "support"}, ConclusionPartialSupport: {"部分支持", "partial support"}}[in.Assessment]
		return Check{CheckAssessmentNotRejected, true, SeverityError,
			"事前绩效评估结论：" + label[0], "ex-ante assessment: " + label[1]}
	}
}

func keyProjectTarget(p Params, in ReviewInput) Check {
	total := ProjectBudgetFen(in.RequestedFen, in.BudgetFen)
	budget := decimal.New(total, -2).StringFixed(2)
	threshold := decimal.New(p.KeyProjectThresholdFen, -2).StringFixed(2)
	if !TargetRequired(p, total) {
		return Check{CheckKeyProjectTarget, true, SeverityError,
			fmt.Sprintf("预算 %s 元，低于 %s 元，绩效目标非强制", budget, threshold),
			fmt.Sprintf("budget %s yuan is below %s yuan: targets are optional", budget, threshold)}
	}
	if !in.HasTarget {
		return Check{CheckKeyProjectTarget, false, SeverityError,
			fmt.Sprintf("预算 %s 元，达到 %s 元，必须申报绩效目标", budget, threshold),
			fmt.Sprintf("budget %s yuan reaches %s yuan: targets are mandatory", budget, threshold)}
	}
	return Check{CheckKeyProjectTarget, true, SeverityError,
		fmt.Sprintf("重点项目（预算 %s 元）已申报绩效目标", budget),
		fmt.Sprintf("key project (budget %s yuan) has declared its targets", budget)}
}

// ReviewOutcome is what a target review grade means for the target.
type ReviewOutcome string

// Review outcomes by grade: 优 goes on to budgeting; 良 is refined with the
// department, then goes on; 中 is returned for revision; 差 gets no budget.
const (
	OutcomeProceed           ReviewOutcome = "PROCEED"
	OutcomeRefineThenProceed ReviewOutcome = "REFINE_THEN_PROCEED"
	OutcomeReturn            ReviewOutcome = "RETURN_FOR_REVISION"
	OutcomeNoBudget          ReviewOutcome = "NO_BUDGET"
)

// ReviewOutcomeFor maps a target's review grade to its outcome.
func ReviewOutcomeFor(g enums.Grade) (ReviewOutcome, error) {
	switch g {
	case enums.GradeExcellent:
		return OutcomeProceed, nil
	case enums.GradeGood:
		return OutcomeRefineThenProceed, nil
	case enums.GradeFair:
		return OutcomeReturn, nil
	case enums.GradePoor:
		return OutcomeNoBudget, nil
	}
	return "", inputError("grade", "未知的审核等级 %q", "unknown review grade %q", g)
}

// ZH describes the outcome in Chinese.
func (o ReviewOutcome) ZH() string {
	return map[ReviewOutcome]string{
		OutcomeProceed:           "进入预算安排",
		OutcomeRefineThenProceed: "与部门沟通完善后进入预算安排",
		OutcomeReturn:            "退回修改后重新报送",
		OutcomeNoBudget:          "不安排预算",
	}[o]
}

// EN describes the outcome in English.
func (o ReviewOutcome) EN() string {
	return map[ReviewOutcome]string{
		OutcomeProceed:           "goes on to budgeting",
		OutcomeRefineThenProceed: "refined with the department, then goes on to budgeting",
		OutcomeReturn:            "returned for revision and resubmission",
		OutcomeNoBudget:          "no budget is arranged",
	}[o]
}

// ApprovingGrades are the review grades with which a target may be approved
// (CheckApproval): those whose outcome goes on to budgeting, in grade order.
func ApprovingGrades() []enums.Grade {
	var out []enums.Grade
	for _, v := range enums.Grade("").Values() {
		g := enums.Grade(v)
		if o, err := ReviewOutcomeFor(g); err == nil && o != OutcomeReturn && o != OutcomeNoBudget {
			out = append(out, g)
		}
	}
	return out
}

// CheckApproval tells whether a reviewer may approve a target given its review
// grade ("" = not graded) and its checks: not when graded 中 or 差, nor when the
// project's ex-ante assessment rejected it. Other failed checks are for the
// reviewer to weigh.
func CheckApproval(g enums.Grade, checks []Check) error {
	if g != "" {
		o, err := ReviewOutcomeFor(g)
		if err != nil {
			return err
		}
		if o == OutcomeReturn || o == OutcomeNoBudget {
			return &InputError{Field: "grade",
				ZH: fmt.Sprintf("审核等级为“%s”的目标不能批复（%s）", g.ZH(), o.ZH()),
				EN: fmt.Sprintf("a target graded %s cannot be approved (%s)", g.EN(), o.EN())}
		}
	}
	for _, c := range checks {
		if c.Code == CheckAssessmentNotRejected && !c.Passed && c.Severity == SeverityError {
			return inputError("assessment", "事前绩效评估“不予支持”的项目不能批复绩效目标", "a project rejected by its ex-ante assessment cannot have its target approved")
		}
	}
	return nil
}

// BlockingChecks refuses a target with a failed ERROR-level check: it is
// neither submitted nor approved until the department fixes it.
func BlockingChecks(checks []Check) error {
	var zh, en []string
	for _, c := range checks {
		if !c.Passed && c.Severity == SeverityError {
			zh, en = append(zh, c.ZH), append(en, c.EN)
		}
	}
	if len(zh) == 0 {
		return nil
	}
	return &InputError{Field: "indicators",
		ZH: "绩效目标未通过审核检查：" + strings.Join(zh, "；"),
		EN: "the target fails its review checks: " + strings.Join(en, "; ")}
}

// UnacknowledgedWarnings refuses an approval over failed WARNING-level checks
// the reviewer did not explicitly acknowledge.
func UnacknowledgedWarnings(checks []Check, acknowledged bool) error {
	if acknowledged {
		return nil
	}
	var zh, en []string
	for _, c := range checks {
		if !c.Passed && c.Severity == SeverityWarning {
			zh, en = append(zh, c.ZH), append(en, c.EN)
		}
	}
	if len(zh) == 0 {
		return nil
	}
	return &InputError{Field: "acknowledgeWarnings",
		ZH: "请确认已知悉以下警告后再批复：" + strings.Join(zh, "；"),
		EN: "acknowledge these warnings to approve: " + strings.Join(en, "; ")}
}
