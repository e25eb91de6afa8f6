package httpapi

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/ent/budgetlink"
	"jixiao/ent/evaluation"
	"jixiao/ent/indicatorprogress"
	"jixiao/ent/privacy"
	"jixiao/ent/scoreitem"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// chain creates one of each entity through the API and returns their ids.
func chain(a *api) map[string]string { return chainWith(a, "") }

// chainWith is chain with a suffix on every unique code.
func chainWith(a *api, sfx string) map[string]string {
	ids := map[string]string{}
	ids["department"] = a.id("createDepartment", `mutation { createDepartment(input: {
		code: "115001`+sfx+`", name: "市教育局`+sfx+`", region: "市本级", sector: EDUCATION, headcount: 86 }) { id } }`, nil)
	ids["unit"] = a.id("createDepartment", `mutation($p: ID!) { createDepartment(input: {
		code: "115001001`+sfx+`", name: "市第一中学", kind: INSTITUTION, region: "市本级", sector: EDUCATION, parentID: $p }) { id } }`,
		map[string]any{"p": ids["department"]})
	ids["fund"] = a.id("createFund", `mutation { createFund(input: {
		fiscalYear: 2025, name: "义务教育补助资金", source: TRANSFER, level: PROVINCE, amount: "12000000.00" }) { id } }`, nil)
	ids["project"] = a.id("createProject", `mutation($d: ID!) { createProject(input: {
		code: "2025-JY-001`+sfx+`", name: "义务教育薄弱环节改善与能力提升", fiscalYear: 2025, category: TRANSFER_PAYMENT,
		sector: EDUCATION, keyProject: true, publicService: true, departmentID: $d }) { id } }`, map[string]any{"d": ids["unit"]})
	ids["allocation"] = a.id("recordAllocation", `mutation($f: ID!, $p: ID!) { recordAllocation(input: {
		fiscalYear: 2025, initialAmount: "1200000.10", adjustedAmount: "1000000.20", fundID: $f, projectID: $p }) { id } }`,
		map[string]any{"f": ids["fund"], "p": ids["project"]})
	for _, paid := range []string{"0.10", "0.20", "333333.33"} {
		// 2025-03-31T17:00Z is already 1 April in Shanghai.
		a.id("recordDisbursement", `mutation($a: ID!, $amt: Money!) { recordDisbursement(input: {
			paidOn: "2025-03-31T17:00:00Z", amount: $amt, allocationID: $a }) { id } }`,
			map[string]any{"a": ids["allocation"], "amt": paid})
	}
	ids["assessment"] = a.id("recordAssessment", `mutation($p: ID!) { recordAssessment(input: {
		conclusion: SUPPORT, necessity: "18.5", projectID: $p }) { id } }`, map[string]any{"p": ids["project"]})
	ids["agency"] = a.id("createAgency", `mutation { createAgency(input: { code: "91610800MA70`+sfx+`", name: "榆林正信会计师事务所" }) { id } }`, nil)
	ids["expert"] = a.id("createExpert", `mutation($a: ID!) { createExpert(input: { name: "王立新", specialty: "教育财政", agencyID: $a }) { id } }`,
		map[string]any{"a": ids["agency"]})
	// Workflow data is written only by the workflow: the fixture writes it as
	// the workflow does (the marker), with the same hooks binding it.
	ctx := auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow))
	c, unit, project := a.db.Client, atoi(ids["unit"]), atoi(ids["project"])
	// 三同步: the target asks for what is allocated (1,000,000.20 adjusted).
	tg := c.Target.Create().SetFiscalYear(2025).SetGoal("改善 12 所学校办学条件").SetProjectID(project).SetDepartmentID(unit).
		SetRequestedAmount(100000020).SaveX(ctx)
	ind := c.Indicator.Create().SetCategory(enums.IndicatorCategoryOutput).SetSubcategory(enums.SubcategoryQuantity).SetName("改造学校数").
		SetComparator(enums.ComparatorGte).SetTargetValue(decimal.RequireFromString("12")).SetUnit("所").SetWeight(decimal.RequireFromString("30")).
		SetTargetID(tg.ID).SaveX(ctx)
	mon := c.Monitoring.Create().SetFiscalYear(2025).SetMonth(7).SetBudget(100000020).SetPaidToDate(33333363).SetWarningLevel(enums.WarningLevelRed).
		SetCorrectiveAction("加快支付进度").SetProjectID(project).SetTargetID(tg.ID).SaveX(ctx)
	prog := c.IndicatorProgress.Create().SetCompletedToDate(decimal.RequireFromString("5")).SetLikelihood(indicatorprogress.LikelihoodPossible).
		SetReason(indicatorprogress.ReasonFunding).SetMonitoringID(mon.ID).SetIndicatorID(ind.ID).SaveX(ctx)
	ev := c.Evaluation.Create().SetFiscalYear(2025).SetKind(evaluation.KindSelf).SetScheme("SELF").SetProjectID(project).SetDepartmentID(unit).
		AddExpertIDs(atoi(ids["expert"])).SaveX(ctx)
	item := c.ScoreItem.Create().SetName("改造学校数").SetWeight(decimal.RequireFromString("30")).SetMethod(scoreitem.MethodIndicator).
		SetScore(decimal.RequireFromString("22.50")).SetExplanation("正向指标").SetEvaluationID(ev.ID).SetIndicatorID(ind.ID).SaveX(ctx)
	rect := c.Rectification.Create().SetProblem("支付进度滞后").SetRequiredAction("10 月底前完成支付").
		SetDeadline(time.Date(2025, 10, 31, 16, 0, 0, 0, time.UTC)).SetDepartmentID(unit).SetEvaluationID(ev.ID).SaveX(ctx)
	link := c.BudgetLink.Create().SetFiscalYear(2026).SetSuggestion(budgetlink.SuggestionCut).SetAmount(10000000).SetNotify(true).
		SetEvaluationID(ev.ID).SaveX(ctx)
	for k, id := range map[string]int{"target": tg.ID, "indicator": ind.ID, "monitoring": mon.ID, "progress": prog.ID,
		"evaluation": ev.ID, "scoreItem": item.ID, "rectification": rect.ID, "budgetLink": link.ID} {
		ids[k] = strconv.Itoa(id)
	}
	ids["template"] = a.id("createIndicatorTemplate", `mutation { createIndicatorTemplate(input: {
		code: "GX-CC-001`+sfx+`", category: OUTPUT, subcategory: QUANTITY, name: "培训人次", unit: "人次", comparator: GTE, keywords: ["培训"] }) { id } }`, nil)
	return ids
}

// TestCreateAndReadBack walks the closed loop through the API and reads it
// back: exact money, derived and inherited fields, edges both ways.
func TestCreateAndReadBack(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a)
		var data struct {
			Node struct {
				Name       string
				Department struct {
					Name   string
					Parent struct{ Name string }
				}
				Allocations struct {
					Edges []struct {
						Node struct {
							InitialAmount, AdjustedAmount string
							Disbursements                 struct {
								TotalCount int
								Edges      []struct {
									Node struct {
										Amount            string
										FiscalYear, Month int
										Department        struct{ ID string }
									}
								}
							}
						}
					}
				}
				Targets struct {
					Edges []struct {
						Node struct {
							Status     string
							Version    int
							Indicators struct {
								Edges []struct {
									Node struct {
										TargetValue string
										Department  struct{ ID string }
									}
								}
							}
						}
					}
				}
				Evaluations struct {
					Edges []struct {
						Node struct {
							Status     string
							ScoreItems struct {
								Edges []struct{ Node struct{ Score string } }
							}
							Experts     struct{ TotalCount int }
							BudgetLinks struct {
								Edges []struct{ Node struct{ Amount string } }
							}
						}
					}
				}
			}
		}
		a.ok(`query($id: ID!) { node(id: $id) { ... on Project { name
			department { name parent { name } }
			allocations { edges { node { initialAmount adjustedAmount
				disbursements(orderBy: {field: AMOUNT, direction: ASC}) { totalCount edges { node { amount fiscalYear month department { id } } } } } } }
			targets { edges { node { status version indicators { edges { node { targetValue department { id } } } } } } }
			evaluations { edges { node { status scoreItems { edges { node { score } } } experts { totalCount } budgetLinks { edges { node { amount } } } } } }
		} } }`, map[string]any{"id": ids["project"]}, &data)

		p := data.Node
		if p.Department.Name != "市第一中学" || p.Department.Parent.Name != "市教育局" {
			t.Errorf("department tree: %+v", p.Department)
		}
		alloc := p.Allocations.Edges[0].Node
		if alloc.InitialAmount != "1200000.10" || alloc.AdjustedAmount != "1000000.20" {
			t.Errorf("allocation amounts: %+v", alloc)
		}
		if alloc.Disbursements.TotalCount != 3 {
			t.Fatalf("disbursements: %d", alloc.Disbursements.TotalCount)
		}
		first := alloc.Disbursements.Edges[0].Node
		if first.Amount != "0.10" || first.FiscalYear != 2025 || first.Month != 4 || first.Department.ID != ids["unit"] {
			t.Errorf("disbursement derived fields: %+v (unit %s)", first, ids["unit"])
		}
		target := p.Targets.Edges[0].Node
		if target.Status != "DRAFT" || target.Version != 1 || target.Indicators.Edges[0].Node.Department.ID != ids["unit"] {
			t.Errorf("target: %+v", target)
		}
		if v := target.Indicators.Edges[0].Node.TargetValue; v != "12" {
			t.Errorf("indicator target value %q", v)
		}
		ev := p.Evaluations.Edges[0].Node
		if ev.Status != "PLANNED" || ev.ScoreItems.Edges[0].Node.Score != "22.5" || ev.Experts.TotalCount != 1 || ev.BudgetLinks.Edges[0].Node.Amount != "100000.00" {
			t.Errorf("evaluation: %+v", ev)
		}

		// Sums in SQL are exact on both databases: 0.10 + 0.20 + 333333.33.
		var sum int64
		if err := a.db.SQL.QueryRowContext(context.Background(), "SELECT SUM(amount) FROM disbursements").Scan(&sum); err != nil {
			t.Fatal(err)
		}
		if sum != 33333363 {
			t.Errorf("SUM(amount) = %d fen, want 33333363", sum)
		}
	})
}

// TestMutationsRejectBadInput: every kind of bad input fails with a clear
// error and writes nothing.
func TestMutationsRejectBadInput(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a)
		cases := []struct {
			name, query string
			vars        map[string]any
			code, says  string
		}{
			{"missing required field", `mutation { createDepartment(input: { code: "X1", region: "市本级", sector: EDUCATION }) { id } }`, nil,
				"GRAPHQL_VALIDATION_FAILED", "name"},
			{"empty required text", `mutation { createDepartment(input: { code: "X1", name: "", region: "市本级", sector: EDUCATION }) { id } }`, nil,
				"BAD_USER_INPUT", "name"},
			{"negative money", `mutation { createFund(input: { fiscalYear: 2025, name: "x", source: OTHER, level: CITY, amount: "-5.00" }) { id } }`, nil,
				"BAD_USER_INPUT", "amount"},
			{"money with three decimals", `mutation { createFund(input: { fiscalYear: 2025, name: "x", source: OTHER, level: CITY, amount: "5.001" }) { id } }`, nil,
				"", "两位小数"},
			{"money not a number", `mutation($m: Money!) { createFund(input: { fiscalYear: 2025, name: "x", source: OTHER, level: CITY, amount: $m }) { id } }`,
				map[string]any{"m": "十万"}, "", "金额格式不正确"},
			{"zero disbursement", `mutation($a: ID!) { recordDisbursement(input: { paidOn: "2025-05-01T00:00:00Z", amount: "0", allocationID: $a }) { id } }`,
				map[string]any{"a": ids["allocation"]}, "BAD_USER_INPUT", "amount"},
			{"unknown enum", `mutation { createDepartment(input: { code: "X1", name: "x", region: "市本级", sector: MARS }) { id } }`, nil,
				"GRAPHQL_VALIDATION_FAILED", "MARS"},
			{"unknown enum in variables", `mutation($s: Sector!) { createDepartment(input: { code: "X1", name: "x", region: "市本级", sector: $s }) { id } }`,
				map[string]any{"s": "MARS"}, "", "MARS"},
			{"fiscal year out of range", `mutation { createFund(input: { fiscalYear: 1900, name: "x", source: OTHER, level: CITY, amount: "5" }) { id } }`, nil,
				"BAD_USER_INPUT", "fiscalYear"},
			{"dangling reference", `mutation { createProject(input: { code: "P9", name: "x", fiscalYear: 2025, category: POLICY, sector: EDUCATION, departmentID: 99 }) { id } }`, nil,
				"BAD_USER_INPUT", "不存在"},
			{"dangling parent", `mutation($d: ID!) { declareTarget(input: {fiscalYear: 2026, goal: "g", projectID: 7, departmentID: $d}, indicators: []) { id } }`,
				map[string]any{"d": ids["unit"]}, "BAD_USER_INPUT", "不存在"},
			{"negative decimal", `mutation($p: ID!, $d: ID!) { declareTarget(input: {fiscalYear: 2026, goal: "g", projectID: $p, departmentID: $d}, indicators: [{ category: OUTPUT, subcategory: QUANTITY, name: "x", comparator: GTE, weight: "-1" }]) { id } }`,
				map[string]any{"p": ids["project"], "d": ids["unit"]}, "BAD_USER_INPUT", "weight"},
			{"level-2 outside level-1", `mutation($p: ID!, $d: ID!) { declareTarget(input: {fiscalYear: 2026, goal: "g", projectID: $p, departmentID: $d}, indicators: [{ category: OUTPUT, subcategory: SOCIAL_BENEFIT, name: "x", comparator: GTE, weight: "1" }]) { id } }`,
				map[string]any{"p": ids["project"], "d": ids["unit"]}, "BAD_USER_INPUT", "SOCIAL_BENEFIT"},
			{"duplicate code", `mutation { createDepartment(input: { code: "115001", name: "x", region: "市本级", sector: EDUCATION }) { id } }`, nil,
				"BAD_USER_INPUT", "已存在"},
			{"duplicate code names the field", `mutation { createDepartment(input: { code: "115001", name: "x", region: "市本级", sector: EDUCATION }) { id } }`, nil,
				"BAD_USER_INPUT", "code"},
			{"bad update", `mutation($id: ID!, $l: Int!) { updateProject(id: $id, lockVersion: $l, input: { name: "" }) { id } }`, map[string]any{"id": ids["project"], "l": a.lockOf(ids["project"])},
				"BAD_USER_INPUT", "name"},
			{"half-valid request", `mutation { ok: createAgency(input: { code: "NEW-1", name: "新机构" }) { id }
				bad: createFund(input: { fiscalYear: 2025, name: "x", source: OTHER, level: CITY, amount: "-1" }) { id } }`, nil,
				"BAD_USER_INPUT", "amount"},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				before := rowCounts(t, a)
				out := a.do(c.query, c.vars)
				if len(out.Errors) == 0 {
					t.Fatalf("accepted: %s", out.Data)
				}
				e := out.Errors[0]
				if c.code != "" && e.Extensions["code"] != c.code {
					t.Errorf("code = %v, want %s (message %q)", e.Extensions["code"], c.code, e.Message)
				}
				if !strings.Contains(e.Message, c.says) && e.Extensions["field"] != c.says {
					t.Errorf("message %q does not say %q", e.Message, c.says)
				}
				if after := rowCounts(t, a); after != before {
					t.Errorf("rows changed: %v → %v", before, after)
				}
			})
		}
		var p struct{ Node struct{ Name string } }
		a.ok(`query($id: ID!) { node(id: $id) { ... on Project { name } } }`, map[string]any{"id": ids["project"]}, &p)
		if p.Node.Name != "义务教育薄弱环节改善与能力提升" {
			t.Errorf("a failed update changed the project: %q", p.Node.Name)
		}
	})
}

// rowCounts sums the rows of the tables the cases touch.
func rowCounts(t *testing.T, a *api) [5]int {
	var n [5]int
	for i, table := range []string{"departments", "funds", "projects", "indicators", "agencies"} {
		if err := a.db.SQL.QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n[i]); err != nil {
			t.Fatal(err)
		}
	}
	return n
}

// completeTarget makes the chain's target pass its review checks (an effect
// indicator, weights adding up to 90, no satisfaction needed: the project is
// not a public service) and returns the effect indicator's id; qualitative
// makes that indicator a qualitative one (办学条件改善: 明显改善).
func completeTarget(a *api, ids map[string]string, qualitative bool) string {
	a.t.Helper()
	a.ok(`mutation($id: ID!, $l: Int!) { updateProject(id: $id, lockVersion: $l, input: {publicService: false}) { id } }`,
		map[string]any{"id": ids["project"], "l": a.lockOf(ids["project"])}, nil)
	ctx := auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow))
	create := a.db.Client.Indicator.Create().SetCategory(enums.IndicatorCategoryEffect).SetSubcategory(enums.SubcategorySocialBenefit).
		SetWeight(decimal.RequireFromString("60")).SetTargetID(atoi(ids["target"]))
	if qualitative {
		create.SetName("办学条件改善").SetComparator(enums.ComparatorQualitative).SetTargetText("明显改善")
	} else {
		create.SetName("受益学生数").SetComparator(enums.ComparatorGte).SetTargetValue(decimal.RequireFromString("5000")).SetUnit("人")
	}
	return strconv.Itoa(create.SaveX(ctx).ID)
}
