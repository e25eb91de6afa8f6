package rules

import (
	"testing"

	"jixiao/internal/domain/enums"
)

// goodTarget passes every check.
func goodTarget() ReviewInput {
	return ReviewInput{
		Indicators: []ReviewIndicator{
			{Name: "培训人次", Category: enums.IndicatorCategoryOutput, Comparator: enums.ComparatorGte, Target: dp("100"), Unit: "人次", Weight: dp("40"), Historical: dp("90")},
			{Name: "就业率", Category: enums.IndicatorCategoryEffect, Comparator: enums.ComparatorGte, Target: dp("95"), Unit: "%", Weight: dp("30")},
			{Name: "社会影响", Category: enums.IndicatorCategoryEffect, Comparator: enums.ComparatorQualitative, Weight: dp("10")},
			{Name: "满意度", Category: enums.IndicatorCategorySatisfaction, Comparator: enums.ComparatorGte, Target: dp("90"), Unit: "%", Weight: dp("10")},
		},
		BudgetFen:     60_000_000,
		RequestedFen:  fen(60_000_000),
		PublicService: true,
		Assessment:    ConclusionSupport,
		HasTarget:     true,
	}
}

func TestReviewChecksAllPass(t *testing.T) {
	checks := ReviewChecks(defaults, goodTarget())
	var codes []string
	for _, c := range checks {
		codes = append(codes, c.Code)
		if !c.Passed || c.ZH == "" || c.EN == "" {
			t.Errorf("%+v", c)
		}
	}
	equalStrings(t, "codes", codes, []string{CheckHasOutput, CheckHasEffect, CheckHasSatisfaction, CheckWeightsSum,
		CheckQuantTargetAndUnit, CheckNotBelowHistory, CheckCostWithinStandard, CheckAssessmentNotRejected, CheckKeyProjectTarget, CheckBudgetSync})
}

func TestReviewChecksFailures(t *testing.T) {
	for _, tc := range []struct {
		name     string
		change   func(*ReviewInput)
		failed   string // "" = all pass
		severity Severity
	}{
		{"no output", func(in *ReviewInput) { in.Indicators[0].Category = enums.IndicatorCategoryCost }, CheckHasOutput, SeverityError},
		{"no effect", func(in *ReviewInput) {
			in.Indicators[1].Category, in.Indicators[2].Category = enums.IndicatorCategoryOutput, enums.IndicatorCategoryOutput
		}, CheckHasEffect, SeverityError},
		{"public service without satisfaction", func(in *ReviewInput) { in.Indicators[3].Category = enums.IndicatorCategoryEffect }, CheckHasSatisfaction, SeverityError},
		{"not a public service", func(in *ReviewInput) {
			in.Indicators[3].Category, in.PublicService = enums.IndicatorCategoryEffect, false
		}, "", ""},
		{"weights sum to 85", func(in *ReviewInput) { in.Indicators[0].Weight = dp("35") }, CheckWeightsSum, SeverityError},
		{"weights sum to 100", func(in *ReviewInput) { in.Indicators[0].Weight = dp("50") }, CheckWeightsSum, SeverityError},
		{"a weight missing", func(in *ReviewInput) { in.Indicators[2].Weight = nil }, CheckWeightsSum, SeverityError},
		{"no weights at all", func(in *ReviewInput) {
			for i := range in.Indicators {
				in.Indicators[i].Weight = nil
			}
		}, "", ""},
		{"no target value", func(in *ReviewInput) { in.Indicators[1].Target = nil }, CheckQuantTargetAndUnit, SeverityError},
		{"no unit", func(in *ReviewInput) { in.Indicators[1].Unit = " " }, CheckQuantTargetAndUnit, SeverityError},
		{"qualitative needs neither", func(in *ReviewInput) { in.Indicators[2].Target, in.Indicators[2].Unit = nil, "" }, "", ""},
		{"below history", func(in *ReviewInput) { in.Indicators[0].Target = dp("89.9") }, CheckNotBelowHistory, SeverityWarning},
		{"at history", func(in *ReviewInput) { in.Indicators[0].Target = dp("90") }, "", ""},
		{"reverse above history", func(in *ReviewInput) { in.Indicators[0].Comparator = enums.ComparatorLte }, CheckNotBelowHistory, SeverityWarning},
		{"reverse below history", func(in *ReviewInput) {
			in.Indicators[0].Comparator, in.Indicators[0].Target = enums.ComparatorLte, dp("80")
		}, "", ""},
		{"cost above standard", func(in *ReviewInput) { in.Indicators[0].BudgetStandard = dp("99.99") }, CheckCostWithinStandard, SeverityWarning},
		{"cost at standard", func(in *ReviewInput) { in.Indicators[0].BudgetStandard = dp("100") }, "", ""},
		{"assessment rejected", func(in *ReviewInput) { in.Assessment = ConclusionReject }, CheckAssessmentNotRejected, SeverityError},
		{"no assessment", func(in *ReviewInput) { in.Assessment = "" }, CheckAssessmentNotRejected, SeverityWarning},
		{"partial support", func(in *ReviewInput) { in.Assessment = ConclusionPartialSupport }, "", ""},
		{"key project without target", func(in *ReviewInput) { in.HasTarget = false }, CheckKeyProjectTarget, SeverityError},
		{"key project at the threshold", func(in *ReviewInput) {
			in.HasTarget, in.BudgetFen, in.RequestedFen = false, 50_000_000, fen(50_000_000)
		}, CheckKeyProjectTarget, SeverityError},
		{"small project without target", func(in *ReviewInput) {
			in.HasTarget, in.BudgetFen, in.RequestedFen = false, 49_999_999, fen(49_999_999)
		}, "", ""},
		{"key by its request before any allocation", func(in *ReviewInput) {
			in.HasTarget, in.BudgetFen, in.RequestedFen = false, 0, fen(50_000_000)
		}, CheckKeyProjectTarget, SeverityError},
		{"no requested amount", func(in *ReviewInput) { in.RequestedFen = nil }, CheckBudgetSync, SeverityWarning},
		{"allocated above the request", func(in *ReviewInput) { in.RequestedFen = fen(59_999_999) }, CheckBudgetSync, SeverityError},
		{"allocated below the request", func(in *ReviewInput) { in.RequestedFen = fen(60_000_001) }, CheckBudgetSync, SeverityWarning},
		{"nothing allocated yet", func(in *ReviewInput) { in.BudgetFen = 0 }, "", ""},
	} {
		in := goodTarget()
		tc.change(&in)
		var failed []string
		for _, c := range ReviewChecks(defaults, in) {
			if !c.Passed {
				failed = append(failed, c.Code)
				if c.Severity != tc.severity {
					t.Errorf("%s: severity %s, want %s", tc.name, c.Severity, tc.severity)
				}
			}
		}
		var want []string
		if tc.failed != "" {
			want = []string{tc.failed}
		}
		equalStrings(t, tc.name, failed, want)
	}
}

func TestReviewChecksMessages(t *testing.T) {
	in := goodTarget()
	in.Indicators[0].Target = dp("80")
	in.Indicators[1].Unit = ""
	checks := ReviewChecks(defaults, in)
	for _, c := range checks {
		switch c.Code {
		case CheckNotBelowHistory:
			if want := "目标值低于历史水平（目标 / 历史）：培训人次（80 / 90）"; c.ZH != want {
				t.Errorf("ZH = %q, want %q", c.ZH, want)
			}
		case CheckQuantTargetAndUnit:
			if want := "quantitative indicators without a target value or unit: 就业率"; c.EN != want {
				t.Errorf("EN = %q, want %q", c.EN, want)
			}
		case CheckKeyProjectTarget:
			if want := "重点项目（预算 600000.00 元）已申报绩效目标"; c.ZH != want {
				t.Errorf("ZH = %q, want %q", c.ZH, want)
			}
		}
	}
}

func TestReviewChecksApplicability(t *testing.T) {
	in := goodTarget()
	in.DepartmentWide, in.PublicService, in.Assessment = true, false, ""
	var codes []string
	for _, c := range ReviewChecks(defaults, in) {
		codes = append(codes, c.Code)
	}
	equalStrings(t, "department-wide codes", codes, []string{CheckHasOutput, CheckHasEffect, CheckWeightsSum,
		CheckQuantTargetAndUnit, CheckNotBelowHistory, CheckCostWithinStandard})
}

func TestTargetRequired(t *testing.T) {
	if !TargetRequired(defaults, 50_000_000) || TargetRequired(defaults, 49_999_999) {
		t.Error("the 500,000 yuan threshold is wrong")
	}
}

func TestReviewOutcome(t *testing.T) {
	for g, want := range map[enums.Grade]ReviewOutcome{
		enums.GradeExcellent: OutcomeProceed, enums.GradeGood: OutcomeRefineThenProceed, enums.GradeFair: OutcomeReturn, enums.GradePoor: OutcomeNoBudget,
	} {
		got, err := ReviewOutcomeFor(g)
		if err != nil || got != want || got.ZH() == "" || got.EN() == "" {
			t.Errorf("%s → %s, %v; want %s", g, got, err, want)
		}
	}
	if _, err := ReviewOutcomeFor("B+"); inputErrorField(t, err) != "grade" {
		t.Error("unknown grade accepted")
	}
}

func TestCheckApproval(t *testing.T) {
	passed := ReviewChecks(defaults, goodTarget())
	rejected := goodTarget()
	rejected.Assessment = ConclusionReject
	unassessed := goodTarget()
	unassessed.Assessment = ""
	for _, tc := range []struct {
		grade  enums.Grade
		checks []Check
		field  string // "" = may approve
	}{
		{enums.GradeExcellent, passed, ""},
		{enums.GradeGood, passed, ""},
		{"", passed, ""},
		{enums.GradeFair, passed, "grade"},
		{enums.GradePoor, passed, "grade"},
		{enums.GradeExcellent, ReviewChecks(defaults, rejected), "assessment"},
		{enums.GradeExcellent, ReviewChecks(defaults, unassessed), ""},
	} {
		err := CheckApproval(tc.grade, tc.checks)
		switch {
		case tc.field == "" && err != nil:
			t.Errorf("%s: %v", tc.grade, err)
		case tc.field != "" && err == nil:
			t.Errorf("%s: approval allowed", tc.grade)
		case tc.field != "" && inputErrorField(t, err) != tc.field:
			t.Errorf("%s: wrong field in %v", tc.grade, err)
		}
	}
}

func fen(v int64) *int64 { return &v }

// The grades the SPA offers for approval are exactly those CheckApproval lets through.
func TestApprovingGradesAreThoseCheckApprovalAllows(t *testing.T) {
	got := ApprovingGrades()
	if len(got) != 2 || got[0] != enums.GradeExcellent || got[1] != enums.GradeGood {
		t.Fatalf("approving grades %v", got)
	}
	passed := ReviewChecks(defaults, goodTarget())
	for _, v := range enums.Grade("").Values() {
		g := enums.Grade(v)
		approves := CheckApproval(g, passed) == nil
		listed := false
		for _, a := range got {
			listed = listed || a == g
		}
		if approves != listed {
			t.Errorf("%s: CheckApproval allows %v, listed %v", g, approves, listed)
		}
	}
}
