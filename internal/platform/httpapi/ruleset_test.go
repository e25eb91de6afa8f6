package httpapi

import (
	"context"
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/ent/privacy"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
	"jixiao/internal/testdb"
)

// TestRuleSetFor: the parameters in force for a region and year are the most
// specific rule set's (region and year over region over national), and the
// national defaults when none is stored; anyone may read them.
func TestRuleSetFor(t *testing.T) {
	a := newAPI(t, testdb.SQLiteURL(t))
	const q = `query($r: String, $y: Int!) { ruleSetFor(region: $r, fiscalYear: $y) {
		ruleSetName ruleSetVersion gradeExcellent gradeGood gradeFair warningRedBelow warningYellowBelow warningBlueFrom
		selfOutputPoints indicatorPoints qualitativeAchievedMin keyProjectThreshold satisfactionFallbackToEffect monthsPerYear } }`
	type params struct {
		RuleSetName                                               string
		RuleSetVersion                                            int
		GradeExcellent, GradeGood, GradeFair                      string
		WarningRedBelow, WarningYellowBelow, WarningBlueFrom      string
		SelfOutputPoints, IndicatorPoints, QualitativeAchievedMin string
		KeyProjectThreshold                                       string
		SatisfactionFallbackToEffect                              bool
		MonthsPerYear                                             int
	}
	get := func(region any, year int) params {
		t.Helper()
		var data struct{ RuleSetFor params }
		a.ok(q, map[string]any{"r": region, "y": year}, &data)
		return data.RuleSetFor
	}
	national := params{RuleSetName: "国家默认", RuleSetVersion: 1, GradeExcellent: "90", GradeGood: "80", GradeFair: "60",
		WarningRedBelow: "0.6", WarningYellowBelow: "0.8", WarningBlueFrom: "1.2", SelfOutputPoints: "50", IndicatorPoints: "90",
		QualitativeAchievedMin: "0.8", KeyProjectThreshold: "500000.00", SatisfactionFallbackToEffect: true, MonthsPerYear: 12}
	if got := get(nil, 2026); got != national {
		t.Fatalf("nothing stored: %+v, want the national defaults %+v", got, national)
	}

	regional := rules.NationalDefaults()
	regional.WarningRedBelow = decimal.RequireFromString("0.5")
	regional.GradeExcellent = decimal.RequireFromString("92")
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	a.db.Client.RuleSet.Create().SetName("县一规则").SetVersion(3).SetRegion("县一").SetFiscalYear(2026).SetParams(regional).ExecX(ctx)
	// 市本级 is a region (a department is in it) without a rule set of its own;
	// a region that is none is refused (TestRegions).
	a.db.Client.Department.Create().SetCode("S1").SetName("市财政局").SetRegion("市本级").SetSector(enums.SectorEducation).ExecX(ctx)

	want := national
	want.RuleSetName, want.RuleSetVersion, want.WarningRedBelow, want.GradeExcellent = "县一规则", 3, "0.5", "92"
	a.token = "" // anonymous
	for _, c := range []struct {
		region any
		year   int
		want   params
	}{{"县一", 2026, want}, {"县一", 2025, national}, {"市本级", 2026, national}, {nil, 2026, national}} {
		if got := get(c.region, c.year); got != c.want {
			t.Errorf("ruleSetFor(%v, %d) = %+v, want %+v", c.region, c.year, got, c.want)
		}
	}
}
