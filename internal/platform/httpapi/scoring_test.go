package httpapi

import (
	"context"
	"strings"
	"testing"

	"jixiao/ent/privacy"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// TestPureRuleQueries: the rule previews answer without a login.
func TestPureRuleQueries(t *testing.T) {
	a := newAPI(t, testdb.SQLiteURL(t))
	a.token = ""
	var out struct {
		S struct {
			Score, Explanation string
			Flags              []string
		}
		E struct{ Score string }
		G string
		P struct {
			Total, ExecutionScore string
			Grade                 string
			Categories            []struct{ Category, Points, Score string }
			Flags                 []string
		}
	}
	a.ok(`{
		s: scorePreview(input: {comparator: GTE, targetValue: "100", actualValue: "75", points: "10"}) { score explanation flags }
		e: executionRateScore(paid: "800", budget: "1000") { score }
		g: gradeFor(score: "89.99")
		p: selfEvaluationPreview(input: {paid: "500000.00", budget: "1000000.00", indicators: [
			{category: OUTPUT, comparator: GTE, targetValue: "10", actualValue: "10"},
			{category: EFFECT, comparator: QUALITATIVE, level: ACHIEVED, levelRate: "0.9"}]}) {
			total grade executionScore categories { category points score } flags }
	}`, nil, &out)
	if out.S.Score != "7.5" || !strings.Contains(out.S.Explanation, "75") || len(out.S.Flags) != 0 {
		t.Errorf("scorePreview: %+v", out.S)
	}
	if out.E.Score != "8" || out.G != "GOOD" {
		t.Errorf("executionRateScore %s, gradeFor %s", out.E.Score, out.G)
	}
	// 5 (execution 50 %) + 50 (output) + 36 (effect 40 × 0.9, satisfaction's 10 fall back to effect) = 91.
	if out.P.Total != "91" || out.P.Grade != "EXCELLENT" || out.P.ExecutionScore != "5" {
		t.Errorf("selfEvaluationPreview: %+v", out.P)
	}
	if strings.Join(out.P.Flags, ",") != "HIGH_SCORE_LOW_SPENDING,UNDERSPENT" {
		t.Errorf("consistency flags: %v", out.P.Flags)
	}
	bad := a.do(`{ scorePreview(input: {comparator: QUALITATIVE, points: "10", level: PARTLY_ACHIEVED, levelScore: "8"}) { score } }`, nil)
	if len(bad.Errors) == 0 || bad.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
		t.Fatalf("a score outside its band: %+v", bad.Errors)
	}
	bad = a.do(`{ scorePreview(input: {comparator: GTE, points: "10", actualValue: "1"}) { score } }`, nil)
	if len(bad.Errors) == 0 || bad.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
		t.Fatalf("a quantitative comparator without a target: %+v", bad.Errors)
	}
}

// TestEvaluationAndMonitoringLoop: monitoring with warnings, a self-evaluation
// from its template scored and graded, reviewed and published; a what-if under
// another rule-set version leaves the evaluation intact.
func TestEvaluationAndMonitoringLoop(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a)
		unit := atoi(ids["unit"])
		a.createUser("dept", enums.RoleDepartmentUser, &unit, nil)
		a.createUser("reviewer", enums.RoleFinanceReviewer, nil, nil)

		effect := completeTarget(a, ids, true)
		var checks struct {
			Node struct {
				ReviewChecks []struct {
					Code   string
					Passed bool
				}
			}
		}
		a.ok(`query($id: ID!) { node(id: $id) { ... on Target { reviewChecks { code passed } } } }`, map[string]any{"id": ids["target"]}, &checks)
		got := map[string]bool{}
		for _, c := range checks.Node.ReviewChecks {
			got[c.Code] = c.Passed
		}
		if !got["HAS_OUTPUT"] || !got["HAS_EFFECT"] || got["HAS_SATISFACTION"] {
			t.Fatalf("review checks: %+v", checks.Node.ReviewChecks)
		}
		a.login("dept")
		if code := a.move("submitTarget", ids["target"], 0, ""); code != "" {
			t.Fatal(code)
		}
		a.login("reviewer")
		if code := a.move("approveTarget", ids["target"], 1, `, grade: GOOD`); code != "" {
			t.Fatal(code)
		}

		// Monitoring at the end of July: 33.33 % executed against 58.33 % time progress is red.
		a.login("dept")
		record := `mutation($p: ID!, $i: ID!, $action: String) { recordMonitoring(input: { projectID: $p, fiscalYear: 2025, month: 7, lockVersion: 0,
			correctiveAction: $action, progresses: [{indicatorID: $i, completedToDate: "6", likelihood: POSSIBLE}] }) {
			warningLevel timeProgress executionRate project { warningLevel } progresses { totalCount } } }`
		vars := map[string]any{"p": ids["project"], "i": ids["indicator"]}
		if out := a.do(record, vars); len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
			t.Fatalf("a red period without a corrective action: %+v", out.Errors)
		}
		vars["action"] = "加快支付进度，9 月底前完成招标"
		var mon struct {
			RecordMonitoring struct {
				WarningLevel, TimeProgress, ExecutionRate string
				Project                                   struct{ WarningLevel string }
				Progresses                                struct{ TotalCount int }
			}
		}
		a.ok(record, vars, &mon)
		m := mon.RecordMonitoring
		if m.WarningLevel != "RED" || m.Project.WarningLevel != "RED" || m.TimeProgress != "0.5833" || m.ExecutionRate != "0.3333" || m.Progresses.TotalCount != 1 {
			t.Fatalf("monitoring: %+v", m)
		}

		// Self-evaluation from the template. One self-evaluation per project
		// and year: the chain's own fixture evaluation moves to the year before.
		a.db.Client.Evaluation.UpdateOneID(atoi(ids["evaluation"])).SetFiscalYear(2024).
			ExecX(auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow)))
		var ev struct {
			CreateEvaluationFromTemplate struct {
				ID         string
				ScoreItems struct {
					Edges []struct {
						Node struct {
							ID, Name, Method, Weight string
							Indicator                *struct{ ID string }
						}
					}
				}
			}
		}
		a.ok(`mutation($p: ID!, $d: ID!) { createEvaluationFromTemplate(input: {kind: SELF, fiscalYear: 2025, projectID: $p, departmentID: $d}) {
			id scoreItems(first: 50) { edges { node { id name method weight indicator { id } } } } } }`,
			map[string]any{"p": ids["project"], "d": ids["unit"]}, &ev)
		evID := ev.CreateEvaluationFromTemplate.ID
		var qualItem string
		for _, e := range ev.CreateEvaluationFromTemplate.ScoreItems.Edges {
			if e.Node.Indicator != nil && e.Node.Indicator.ID == effect {
				qualItem = e.Node.ID
				if e.Node.Weight != "40" {
					t.Fatalf("effect indicator holds %s points, want 40 (30 + the satisfaction fallback)", e.Node.Weight)
				}
			}
		}
		if qualItem == "" {
			t.Fatalf("no item for the qualitative indicator: %+v", ev)
		}
		score := `mutation($id: ID!, $s: Decimal!) { scoreItem(id: $id, lockVersion: 0, input: {level: ACHIEVED, score: $s}) { score explanation explanationEn inputsJson } }`
		if out := a.do(score, map[string]any{"id": qualItem, "s": "25"}); len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
			t.Fatalf("25 of 40 accepted for 达成 (band 32–40): %+v", out.Errors)
		}
		var scored struct {
			ScoreItem struct{ Score, Explanation, ExplanationEn, InputsJson string }
		}
		a.ok(score, map[string]any{"id": qualItem, "s": "36"}, &scored)
		if scored.ScoreItem.Score != "36" || scored.ScoreItem.Explanation == "" || scored.ScoreItem.ExplanationEn == "" ||
			!strings.Contains(scored.ScoreItem.InputsJson, `"levelScore":"36"`) {
			t.Fatalf("scored item: %+v", scored)
		}
		// The actual value is recorded in the evaluation, under its lock.
		a.ok(`mutation($e: ID!, $i: ID!) { recordIndicatorActual(evaluationID: $e, lockVersion: 1, indicatorID: $i, input: {actualValue: "12"}) { id } }`,
			map[string]any{"e": evID, "i": ids["indicator"]}, nil)
		var computed struct {
			ComputeEvaluation struct {
				TotalScore, Grade, Status string
				LockVersion               int
				RuleSet                   struct {
					Name    string
					Version int
				}
			}
		}
		a.ok(`mutation($id: ID!) { computeEvaluation(id: $id, lockVersion: 2) { totalScore grade status lockVersion ruleSet { name version } } }`,
			map[string]any{"id": evID}, &computed)
		c := computed.ComputeEvaluation
		// 3.33 (execution 33.33 %) + 50 (output met) + 36 (effect) = 89.33 → 良.
		if c.TotalScore != "89.33" || c.Grade != "GOOD" || c.RuleSet.Name != "国家默认" {
			t.Fatalf("computed: %+v", c)
		}

		// What-if under a version that moves 优 down to 89: the original stays 良.
		a.login("admin")
		var rs struct {
			CreateRuleSetVersion struct {
				ID      string
				Version int
			}
		}
		a.ok(`mutation { createRuleSetVersion(input: {name: "榆林市 2025", region: "市本级", fiscalYear: 2025, overrides: "{\"gradeExcellent\": \"89\"}"}) { id version } }`, nil, &rs)
		if out := a.do(`mutation { createRuleSetVersion(input: {name: "x", overrides: "{\"noSuchParam\": 1}"}) { id } }`, nil); len(out.Errors) == 0 {
			t.Fatal("an unknown parameter was accepted")
		}
		var wi struct {
			RescoreEvaluation struct{ TotalScore, Grade string }
			Node              struct{ Grade string }
		}
		a.ok(`query($e: ID!, $r: ID!) { rescoreEvaluation(id: $e, ruleSetId: $r) { totalScore grade } node(id: $e) { ... on Evaluation { grade } } }`,
			map[string]any{"e": evID, "r": rs.CreateRuleSetVersion.ID}, &wi)
		if wi.RescoreEvaluation.Grade != "EXCELLENT" || wi.RescoreEvaluation.TotalScore != "89.33" || wi.Node.Grade != "GOOD" {
			t.Fatalf("what-if: %+v", wi)
		}

		a.login("dept")
		if code := a.move("submitEvaluation", evID, c.LockVersion, ""); code != "" {
			t.Fatal("submit:", code)
		}
		if code := a.move("reviewEvaluation", evID, c.LockVersion+1, ""); code != "FORBIDDEN" {
			t.Fatalf("a department reviewed its own evaluation: %q", code)
		}
		a.login("reviewer")
		for i, step := range []string{"reviewEvaluation", "publishEvaluation"} {
			if code := a.move(step, evID, c.LockVersion+1+i, ""); code != "" {
				t.Fatal(step, code)
			}
		}
		if code := a.move("publishEvaluation", evID, c.LockVersion+3, ""); code != "INVALID_TRANSITION" {
			t.Fatalf("published twice: %q", code)
		}
	})
}
