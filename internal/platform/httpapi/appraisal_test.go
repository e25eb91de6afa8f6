package httpapi

import (
	"context"
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/privacy"
	"jixiao/ent/schema/schematype"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestAppraisalPureQueries: the panel aggregate and the composite answer
// without a login, exactly; shares not adding up to 100 are BAD_USER_INPUT.
func TestAppraisalPureQueries(t *testing.T) {
	a := newAPI(t, testdb.SQLiteURL(t))
	a.token = ""
	var out struct{ Three, Seven, Half, Mixed string }
	a.ok(`{
		three: aggregateExpertScores(scores: ["8", "8.01", "8.01"])
		seven: aggregateExpertScores(scores: ["2", "7", "7.5", "8", "8.5", "9", "10"])
		half: compositeScore(parts: [{score: "80", share: "50"}, {score: "91", share: "50"}])
		mixed: compositeScore(parts: [{score: "90", share: "60"}, {score: "80", share: "30"}, {score: "70", share: "10"}])
	}`, nil, &out)
	if out.Three != "8.01" || out.Seven != "8" || out.Half != "85.5" || out.Mixed != "85" {
		t.Errorf("answers: %+v", out)
	}
	for _, q := range []string{
		`{ compositeScore(parts: [{score: "80", share: "50"}, {score: "80", share: "49.99"}]) }`,
		`{ aggregateExpertScores(scores: []) }`,
	} {
		bad := a.do(q, nil)
		if len(bad.Errors) == 0 || bad.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
			t.Errorf("%s: %+v", q, bad.Errors)
		}
	}
}

// TestTargetSuggestionFromHistory: the library's history is exposed; the
// suggestion reads the department's last three actuals (its recorded actuals
// replace the library's for a year) and the sector's percentiles; a positive
// target below last year's actual fails NOT_BELOW_LAST_ACTUAL.
func TestTargetSuggestionFromHistory(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		c := a.db.Client
		ctx := auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow)) // fixtures as the workflow writes them
		dep := func(code, name string) *ent.Department {
			return must(c.Department.Create().SetCode(code).SetName(name).SetRegion("市本级").SetSector(enums.SectorEducation).Save(ctx))
		}
		d, other := dep("T1", "市教育局"), dep("T2", "神木市")
		hv := func(y int, dept, v string) schematype.HistoricalValue {
			return schematype.HistoricalValue{Year: y, Department: dept, Value: v}
		}
		tp := must(c.IndicatorTemplate.Create().SetCode("GX-01").SetCategory(enums.IndicatorCategoryOutput).
			SetSubcategory(enums.SubcategoryQuantity).SetName("培训人次").SetUnit("人次").SetComparator(enums.ComparatorGte).
			SetHistory([]schematype.HistoricalValue{hv(2021, "市教育局", "10"), hv(2022, "市教育局", "90"), hv(2023, "市教育局", "100"),
				hv(2024, "市教育局", "50"), hv(2022, "神木市", "80"), hv(2023, "神木市", "120"), hv(2024, "府谷县", "110")}).Save(ctx))
		tgt := func(year int, status target.Status) *ent.Target {
			return must(c.Target.Create().SetDepartmentID(d.ID).SetFiscalYear(year).SetGoal("目标").SetStatus(status).Save(ctx))
		}
		ind := func(tg *ent.Target, value string, actual *decimal.Decimal) {
			must(c.Indicator.Create().SetTargetID(tg.ID).SetCategory(enums.IndicatorCategoryOutput).SetSubcategory(enums.SubcategoryQuantity).
				SetName("培训人次").SetComparator(enums.ComparatorGte).SetTargetValue(decimal.RequireFromString(value)).
				SetNillableActualValue(actual).SetUnit("人次").SetWeight(decimal.NewFromInt(100)).SetTemplateID(tp.ID).Save(ctx))
		}
		actual := decimal.RequireFromString("99")
		ind(tgt(2024, target.StatusApproved), "90", &actual) // replaces the library's 50 for 2024
		declared := tgt(2025, target.StatusSubmitted)
		ind(declared, "98.5", nil)

		var out struct {
			S struct {
				LastActuals []struct {
					Year  int
					Value string
				}
				LastYearActual, Suggested, SectorP25, SectorP50, SectorP75 string
				SectorCount                                                int
				Template                                                   struct{ History []struct{ Year int } }
			}
			O struct{ Suggested string }
			N struct {
				ReviewChecks []struct {
					Code   string
					Passed bool
				}
			}
		}
		a.ok(`query($t: ID!, $d: ID!, $o: ID!, $n: ID!) {
			s: targetSuggestion(templateId: $t, departmentId: $d, fiscalYear: 2025) {
				lastActuals { year value } lastYearActual suggested sectorP25 sectorP50 sectorP75 sectorCount template { history { year } } }
			o: targetSuggestion(templateId: $t, departmentId: $o, fiscalYear: 2025) { suggested }
			n: node(id: $n) { ... on Target { reviewChecks { code passed } } }
		}`, map[string]any{"t": tp.ID, "d": d.ID, "o": other.ID, "n": declared.ID}, &out)
		s := out.S
		// Own: 2022 90, 2023 100, 2024 99 (recorded) → mean 96.33, floored at 99.
		// Sector: 80 90 99 100 110 120 → p25 92.25, p50 99.5, p75 107.5.
		if len(s.LastActuals) != 3 || s.LastActuals[2].Year != 2024 || s.LastActuals[2].Value != "99" || s.LastYearActual != "99" ||
			s.Suggested != "99" || s.SectorP25 != "92.25" || s.SectorP50 != "99.5" || s.SectorP75 != "107.5" || s.SectorCount != 6 ||
			len(s.Template.History) != 7 {
			t.Errorf("suggestion: %+v", s)
		}
		if out.O.Suggested != "100" { // 神木市: 2022 80, 2023 120, nothing in 2024
			t.Errorf("other department: %+v", out.O)
		}
		found := false
		for _, ch := range out.N.ReviewChecks {
			if ch.Code == "NOT_BELOW_LAST_ACTUAL" {
				found = true
				if ch.Passed {
					t.Errorf("98.5 below last year's 99 passed")
				}
			}
		}
		if !found {
			t.Errorf("no NOT_BELOW_LAST_ACTUAL check: %+v", out.N.ReviewChecks)
		}
	})
}
