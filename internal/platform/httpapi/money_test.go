package httpapi

import (
	"context"
	"testing"

	"jixiao/ent/monitoring"
	"jixiao/ent/privacy"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// refused runs a mutation that must fail with code naming field.
func (a *api) refused(what, query string, vars map[string]any, code, field string) {
	a.t.Helper()
	out := a.do(query, vars)
	if len(out.Errors) == 0 {
		a.t.Fatalf("%s: accepted, want %s on %s", what, code, field)
	}
	gotCode, _ := out.Errors[0].Extensions["code"].(string)
	gotField, _ := out.Errors[0].Extensions["field"].(string)
	if gotCode != code || gotField != field {
		a.t.Fatalf("%s: %s on %q (%s), want %s on %q", what, gotCode, gotField, out.Errors[0].Message, code, field)
	}
}

// moneyRows counts allocations, payments and assessments, whoever may see them.
func (a *api) moneyRows() [3]int {
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	c := a.db.Client
	return [3]int{c.Allocation.Query().CountX(ctx), c.Disbursement.Query().CountX(ctx), c.Assessment.Query().CountX(ctx)}
}

const (
	recordAllocation = `mutation($f: ID!, $p: ID!, $amt: Money!) { recordAllocation(input: {
		fiscalYear: 2026, initialAmount: $amt, fundID: $f, projectID: $p }) { id } }`
	recordPayment = `mutation($a: ID!, $amt: Money!, $at: Time!) { recordDisbursement(input: {
		paidOn: $at, amount: $amt, allocationID: $a }) { id } }`
)

// TestMoneyGuards replays issue 11's attacks on the money: each is refused
// with a typed error naming the field, and nothing is written.
func TestMoneyGuards(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a)
		fund := a.id("createFund", `mutation { createFund(input: {
			fiscalYear: 2026, name: "教育发展资金", source: GENERAL_BUDGET, level: CITY, amount: "124930000.00" }) { id } }`, nil)
		proj := a.id("createProject", `mutation($d: ID!) { createProject(input: {
			code: "2026-JY-009", name: "校舍维修", fiscalYear: 2026, category: SPECIAL_FUNDS, sector: EDUCATION, departmentID: $d }) { id } }`,
			map[string]any{"d": ids["unit"]})
		before := a.moneyRows()
		a.refused("999,999,999 against a 124.93 million fund", recordAllocation,
			map[string]any{"f": fund, "p": proj, "amt": "999999999.00"}, "BAD_USER_INPUT", "initialAmount")
		alloc := a.id("recordAllocation", recordAllocation, map[string]any{"f": fund, "p": proj, "amt": "100000.00"})
		a.refused("the rest of the fund plus a fen", recordAllocation,
			map[string]any{"f": fund, "p": proj, "amt": "124830000.01"}, "BAD_USER_INPUT", "initialAmount")
		a.refused("an adjusted budget beyond the fund", `mutation($id: ID!) { adjustAllocation(id: $id, adjustedAmount: "124930000.01") { id } }`,
			map[string]any{"id": alloc}, "BAD_USER_INPUT", "adjustedAmount")
		a.refused("9,000,000 out of a 100,000 allocation", recordPayment,
			map[string]any{"a": alloc, "amt": "9000000.00", "at": "2026-06-01T10:00:00+08:00"}, "BAD_USER_INPUT", "amount")
		a.refused("a 2027 payment on a 2026 allocation", recordPayment,
			map[string]any{"a": alloc, "amt": "10.00", "at": "2027-01-01T00:00:00+08:00"}, "BAD_USER_INPUT", "paidOn")
		a.refused("31 Dec 2025 in Beijing, though 2026 nowhere", recordPayment,
			map[string]any{"a": alloc, "amt": "10.00", "at": "2025-12-31T23:59:59+08:00"}, "BAD_USER_INPUT", "paidOn")
		if got := a.moneyRows(); got != [3]int{before[0] + 1, before[1], before[2]} {
			t.Fatalf("rows after the refusals: %v, want only the one allocation more than %v", got, before)
		}

		// The whole allocation may be paid, in two payments; a fen more may not.
		pay := a.id("recordDisbursement", recordPayment, map[string]any{"a": alloc, "amt": "60000.00", "at": "2026-06-01T10:00:00+08:00"})
		a.id("recordDisbursement", recordPayment, map[string]any{"a": alloc, "amt": "40000.00", "at": "2026-12-31T23:59:59+08:00"})
		a.refused("a fen beyond the allocation", recordPayment,
			map[string]any{"a": alloc, "amt": "0.01", "at": "2026-07-01T10:00:00+08:00"}, "BAD_USER_INPUT", "amount")
		a.refused("a budget below what was paid", `mutation($id: ID!) { adjustAllocation(id: $id, adjustedAmount: "99999.99") { id } }`,
			map[string]any{"id": alloc}, "BAD_USER_INPUT", "adjustedAmount")

		// Corrections are reversal entries (红字冲销): negative, linked, with a reason.
		reverse := `mutation($id: ID!, $amt: Money, $r: String!) { reverseDisbursement(id: $id, amount: $amt, reason: $r) { id amount reason reversalOf { id } } }`
		a.refused("a reversal without a reason", reverse, map[string]any{"id": pay, "amt": "100.00", "r": " "}, "BAD_USER_INPUT", "reason")
		var rev struct {
			ReverseDisbursement struct {
				Amount, Reason string
				ReversalOf     struct{ ID string }
			}
		}
		a.ok(reverse, map[string]any{"id": pay, "amt": "10000.00", "r": "重复支付"}, &rev)
		if r := rev.ReverseDisbursement; r.Amount != "-10000.00" || r.ReversalOf.ID != pay || r.Reason != "重复支付" {
			t.Fatalf("reversal entry: %+v", r)
		}
		a.refused("reversing more than is left of the payment", reverse,
			map[string]any{"id": pay, "amt": "50000.01", "r": "多冲"}, "BAD_USER_INPUT", "amount")
		a.ok(`mutation($a: ID!) { recordDisbursement(input: { paidOn: "2026-08-01T00:00:00Z", amount: "10000.00", allocationID: $a }) { id } }`,
			map[string]any{"a": alloc}, nil) // what the reversal freed may be paid again
		// Neither payments nor allocations are edited or deleted behind the workflow.
		ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
		if err := a.db.Client.Disbursement.UpdateOneID(atoi(pay)).SetAmount(1).Exec(ctx); err == nil {
			t.Fatal("a payment was edited in place")
		}
		if err := a.db.Client.Disbursement.DeleteOneID(atoi(pay)).Exec(ctx); err == nil {
			t.Fatal("a payment was deleted")
		}
		if err := a.db.Client.Allocation.DeleteOneID(atoi(alloc)).Exec(ctx); err == nil {
			t.Fatal("an allocation was deleted")
		}
		if err := a.db.Client.Assessment.UpdateOneID(atoi(ids["assessment"])).SetConclusion("REJECT").Exec(ctx); err == nil {
			t.Fatal("an assessment was edited in place")
		}

		// 不予支持: no allocation for the project.
		a.id("recordAssessment", `mutation($p: ID!) { recordAssessment(input: { conclusion: REJECT, projectID: $p }) { id } }`,
			map[string]any{"p": proj})
		before = a.moneyRows()
		a.refused("an allocation after 不予支持", recordAllocation,
			map[string]any{"f": fund, "p": proj, "amt": "1.00"}, "CONFLICT", "projectID")
		if got := a.moneyRows(); got != before {
			t.Fatalf("rows after the refusal: %v, want %v", got, before)
		}

		// Only finance records money.
		dep := atoi(ids["department"])
		a.loginAs("dept", enums.RoleDepartmentUser, &dep)
		a.refused("a department paying itself", recordPayment,
			map[string]any{"a": alloc, "amt": "1.00", "at": "2026-09-01T10:00:00+08:00"}, "FORBIDDEN", "")
	})
}

// TestProjectLifecycle: approval of the target of a budgeted project starts
// it; finance's acceptance of a 暂缓 recommendation suspends it and stops its
// money; resuming and completing move it on; nobody sets the status.
func TestProjectLifecycle(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a)
		dep := atoi(ids["department"])
		a.createUser("dept", enums.RoleDepartmentUser, &dep, nil)
		a.createUser("reviewer", enums.RoleFinanceReviewer, nil, nil)
		status := func() (string, int) {
			var p struct {
				Node struct {
					Status      string
					LockVersion int
				}
			}
			a.ok(`query($id: ID!) { node(id: $id) { ... on Project { status lockVersion } } }`, map[string]any{"id": ids["project"]}, &p)
			return p.Node.Status, p.Node.LockVersion
		}
		if s, _ := status(); s != "RESERVE" {
			t.Fatalf("a new project is %s, want RESERVE", s)
		}
		completeTarget(a, ids, false) // a target that passes its review checks
		a.login("dept")
		if code := a.move("submitTarget", ids["target"], 0, ""); code != "" {
			t.Fatalf("submit: %s", code)
		}
		a.login("reviewer")
		if code := a.move("approveTarget", ids["target"], 1, `, grade: EXCELLENT, comments: "同意"`); code != "" {
			t.Fatalf("approve: %s", code)
		}
		if s, _ := status(); s != "IN_PROGRESS" {
			t.Fatalf("after approval of target and budget: %s, want IN_PROGRESS", s)
		}

		ctx := auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow)) // fixtures as the workflow writes them
		accept := `mutation($m: ID!) { acceptRecommendation(monitoringId: $m) { status } }`
		a.refused("accepting a CONTINUE recommendation", accept, map[string]any{"m": ids["monitoring"]}, "BAD_USER_INPUT", "monitoringId")
		suspend := a.db.Client.Monitoring.Create().SetProjectID(atoi(ids["project"])).SetFiscalYear(2025).SetMonth(8).
			SetBudget(1).SetPaidToDate(0).SetRecommendation(monitoring.RecommendationSuspend).SaveX(ctx)
		a.login("dept")
		a.refused("a department accepting its own suspension", accept, map[string]any{"m": suspend.ID}, "FORBIDDEN", "")
		a.login("reviewer")
		a.ok(accept, map[string]any{"m": suspend.ID}, nil)
		s, lock := status()
		if s != "SUSPENDED" {
			t.Fatalf("after the accepted 暂缓: %s, want SUSPENDED", s)
		}
		a.login("admin")
		before := a.moneyRows()
		a.refused("a payment to a suspended project", `mutation($a: ID!) { recordDisbursement(input: {
			paidOn: "2025-09-01T00:00:00Z", amount: "1.00", allocationID: $a }) { id } }`, map[string]any{"a": ids["allocation"]}, "CONFLICT", "allocationID")
		a.refused("an allocation to a suspended project", `mutation($f: ID!, $p: ID!) { recordAllocation(input: {
			fiscalYear: 2025, initialAmount: "1.00", fundID: $f, projectID: $p }) { id } }`,
			map[string]any{"f": ids["fund"], "p": ids["project"]}, "CONFLICT", "projectID")
		if got := a.moneyRows(); got != before {
			t.Fatalf("rows after the refusals: %v, want %v", got, before)
		}
		if err := a.db.Client.Project.UpdateOneID(atoi(ids["project"])).SetStatus("COMPLETED").Exec(ctx); err == nil {
			t.Fatal("a suspended project was set COMPLETED behind the workflow")
		}
		a.login("dept")
		if code := a.move("resumeProject", ids["project"], lock, ""); code != "FORBIDDEN" {
			t.Fatalf("a department resuming its project: %q, want FORBIDDEN", code)
		}
		if code := a.move("completeProject", ids["project"], lock, ""); code != "INVALID_TRANSITION" {
			t.Fatalf("completing a suspended project: %q, want INVALID_TRANSITION", code)
		}
		a.login("reviewer")
		if code := a.move("resumeProject", ids["project"], lock-1, ""); code != "CONFLICT" {
			t.Fatalf("resume with a stale lockVersion: %q, want CONFLICT", code)
		}
		if code := a.move("resumeProject", ids["project"], lock, ""); code != "" {
			t.Fatalf("resume: %q", code)
		}
		a.login("dept")
		if code := a.move("completeProject", ids["project"], lock+1, ""); code != "" {
			t.Fatalf("complete: %q", code)
		}
		if s, _ := status(); s != "COMPLETED" {
			t.Fatalf("after completion: %s", s)
		}
	})
}
