package httpapi

import (
	"context"
	"slices"
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/ent/auditentry"
	"jixiao/ent/privacy"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// approvedChain is the chain's project with its 2025 target approved through
// the API (approved amount = the requested 1,000,000.20 = what is allocated),
// the department and reviewer logged in by turns; it returns the target's lock.
func approvedChain(a *api) (map[string]string, int) {
	a.t.Helper()
	ids := chain(a)
	dep := atoi(ids["department"])
	a.createUser("dept", enums.RoleDepartmentUser, &dep, nil)
	a.createUser("reviewer", enums.RoleFinanceReviewer, nil, nil)
	completeTarget(a, ids, false)
	a.login("dept")
	if code := a.move("submitTarget", ids["target"], 0, ""); code != "" {
		a.t.Fatalf("submit: %s", code)
	}
	a.login("reviewer")
	if code := a.move("approveTarget", ids["target"], 1, `, grade: EXCELLENT, comments: "同意"`); code != "" {
		a.t.Fatalf("approve: %s", code)
	}
	return ids, 2
}

// TestAdjustedTargetKeepsItsProgress (issue 11 §8) through GraphQL: progress
// reported in July and October against the approved version stays reachable
// from the adjusted version's indicators (indicator { previous { progresses } }),
// the monitoring history of the project still lists it, and the copies carry
// their lineage.
func TestAdjustedTargetKeepsItsProgress(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids, lock := approvedChain(a)
		a.login("dept")
		// October's monitoring, reported by the department on the approved version's indicator.
		a.id("recordMonitoring", `mutation($p: ID!, $i: ID!) { recordMonitoring(input: {projectID: $p, fiscalYear: 2025, month: 10, correctiveAction: "加快支付进度",
			progresses: [{indicatorID: $i, completedToDate: "10", expectedFullYear: "12", likelihood: CERTAIN}]}) { id } }`,
			map[string]any{"p": ids["project"], "i": ids["indicator"]})
		var adjusted struct{ AdjustTarget struct{ ID string } }
		a.ok(`mutation($id: ID!, $l: Int!) { adjustTarget(id: $id, lockVersion: $l) { id } }`,
			map[string]any{"id": ids["target"], "l": lock}, &adjusted)

		type progress struct {
			CompletedToDate string
			Monitoring      struct{ Month int }
		}
		var drill struct {
			Node struct {
				Version    int
				Status     string
				Indicators struct {
					Edges []struct {
						Node struct {
							ID, Name, LineageID string
							Progresses          struct{ TotalCount int }
							Previous            *struct {
								ID         string
								Progresses struct {
									Edges []struct{ Node progress }
								}
							}
						}
					}
				}
			}
		}
		a.ok(`query($id: ID!) { node(id: $id) { ... on Target { version status indicators(first: 20) { edges { node {
			id name lineageID progresses(first: 1) { totalCount }
			previous { id progresses(first: 20) { edges { node { completedToDate monitoring { month } } } } } } } } } } }`,
			map[string]any{"id": adjusted.AdjustTarget.ID}, &drill)
		if drill.Node.Status != "ADJUSTING" || drill.Node.Version != 2 {
			t.Fatalf("the new version is v%d %s, want v2 ADJUSTING", drill.Node.Version, drill.Node.Status)
		}
		var out *struct {
			ID, Name, LineageID string
			Progresses          struct{ TotalCount int }
			Previous            *struct {
				ID         string
				Progresses struct {
					Edges []struct{ Node progress }
				}
			}
		}
		for i, e := range drill.Node.Indicators.Edges {
			if e.Node.Previous == nil {
				t.Fatalf("indicator %s of the adjusted version has no previous version", e.Node.Name)
			}
			if e.Node.Previous.ID == ids["indicator"] {
				out = &drill.Node.Indicators.Edges[i].Node
			}
		}
		if out == nil || out.LineageID != ids["indicator"] || out.ID == ids["indicator"] {
			t.Fatalf("the output indicator's copy: %+v", out)
		}
		if out.Progresses.TotalCount != 0 {
			t.Fatalf("the copy has %d progress rows of its own; the history stays on the version it was reported on", out.Progresses.TotalCount)
		}
		var months []int
		completed := map[int]string{}
		for _, e := range out.Previous.Progresses.Edges {
			months = append(months, e.Node.Monitoring.Month)
			completed[e.Node.Monitoring.Month] = e.Node.CompletedToDate
		}
		slices.Sort(months)
		if !slices.Equal(months, []int{7, 10}) || !sameNumber(completed[10], "10") || !sameNumber(completed[7], "5") {
			t.Fatalf("progress reachable from the adjusted version: months %v (%+v), want July and October", months, out.Previous.Progresses.Edges)
		}
		// The project's monitoring history (what the 监控 tab reads) still lists both periods.
		var history struct {
			Monitorings struct{ TotalCount int }
		}
		a.ok(`query($p: ID!) { monitorings(first: 50, where: {projectID: $p}) { totalCount } }`, map[string]any{"p": ids["project"]}, &history)
		if history.Monitorings.TotalCount != 2 {
			t.Fatalf("monitoring history: %d periods, want 2", history.Monitorings.TotalCount)
		}
	})
}

// TestAllocationsWithinApprovedAmount (三同步): once a target is approved with
// an amount, the project's allocations of that year stay within it, whether
// recorded or adjusted: a CONFLICT naming the amount, in Chinese and English,
// nothing written, the denial audited; within the amount they go through.
func TestAllocationsWithinApprovedAmount(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids, _ := approvedChain(a) // approved 1,000,000.20 = the allocation's adjusted amount
		a.login("admin")
		record := `mutation($f: ID!, $p: ID!, $amt: Money!) { recordAllocation(input: {
			fiscalYear: 2025, initialAmount: $amt, fundID: $f, projectID: $p }) { id } }`
		adjust := `mutation($id: ID!, $amt: Money!) { adjustAllocation(id: $id, adjustedAmount: $amt) { id } }`
		denied := func() int {
			return a.db.Client.AuditEntry.Query().Where(auditentry.Action("denied")).CountX(privacy.DecisionContext(context.Background(), privacy.Allow))
		}
		refused := func(what, query string, vars map[string]any, field string) {
			t.Helper()
			rows, audits := a.moneyRows(), denied()
			out := a.do(query, vars)
			if len(out.Errors) == 0 {
				t.Fatalf("%s: accepted", what)
			}
			e := out.Errors[0]
			if e.Extensions["code"] != "CONFLICT" || e.Extensions["field"] != field || !bilingual(e.Message) {
				t.Fatalf("%s: %v on %v (%s), want CONFLICT on %s in both languages", what, e.Extensions["code"], e.Extensions["field"], e.Message, field)
			}
			if got := a.moneyRows(); got != rows {
				t.Fatalf("%s: rows %v → %v", what, rows, got)
			}
			if got := denied(); got != audits+1 {
				t.Fatalf("%s: %d denials audited, want 1", what, got-audits)
			}
		}
		refused("a fen more for the project", record, map[string]any{"f": ids["fund"], "p": ids["project"], "amt": "0.01"}, "initialAmount")
		refused("the allocation raised a fen", adjust, map[string]any{"id": ids["allocation"], "amt": "1000000.21"}, "adjustedAmount")
		// Lowered, it makes room for another allocation up to the approved amount, not a fen beyond.
		a.ok(adjust, map[string]any{"id": ids["allocation"], "amt": "900000.00"}, nil)
		a.id("recordAllocation", record, map[string]any{"f": ids["fund"], "p": ids["project"], "amt": "100000.20"})
		refused("a second allocation beyond the approved amount", record, map[string]any{"f": ids["fund"], "p": ids["project"], "amt": "0.01"}, "initialAmount")
	})
}

func sameNumber(got, want string) bool {
	g, err := decimal.NewFromString(got)
	return err == nil && g.Equal(decimal.RequireFromString(want))
}

// TestFundNeverBelowItsAllocations: editing a fund cannot undo "allocations
// within the fund": its amount never drops below what is allocated from it
// (CONFLICT naming amount, in both languages, nothing written, the denial
// audited), and only the administrator edits a fund.
func TestFundNeverBelowItsAllocations(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a) // 1,000,000.20 (adjusted) allocated out of 12,000,000.00
		dep := atoi(ids["department"])
		a.createUser("dept", enums.RoleDepartmentUser, &dep, nil)
		a.createUser("reviewer", enums.RoleFinanceReviewer, nil, nil)
		update := `mutation($id: ID!, $l: Int!, $amt: Money!) { updateFund(id: $id, lockVersion: $l, input: {amount: $amt}) { amount } }`
		all := privacy.DecisionContext(context.Background(), privacy.Allow)
		amount := func() string { return a.db.Client.Fund.GetX(all, atoi(ids["fund"])).Amount.String() }
		denied := func() int { return a.db.Client.AuditEntry.Query().Where(auditentry.Action("denied")).CountX(all) }
		for _, tc := range []struct{ who, amt, code, field string }{
			{"admin", "1000000.19", "CONFLICT", "amount"},
			{"reviewer", "13000000.00", "FORBIDDEN", ""},
			{"dept", "13000000.00", "FORBIDDEN", ""},
		} {
			a.login(tc.who)
			audits := denied()
			a.refused(tc.who+" sets the fund to "+tc.amt, update, map[string]any{"id": ids["fund"], "l": a.lockOf(ids["fund"]), "amt": tc.amt}, tc.code, tc.field)
			if got := amount(); got != "12000000.00" {
				t.Fatalf("%s: the fund is now %s", tc.who, got)
			}
			if got := denied(); got != audits+1 {
				t.Fatalf("%s: %d denials audited, want 1", tc.who, got-audits)
			}
		}
		a.login("admin")
		a.ok(update, map[string]any{"id": ids["fund"], "l": a.lockOf(ids["fund"]), "amt": "1000000.20"}, nil) // exactly what is allocated
		if got := amount(); got != "1000000.20" {
			t.Fatalf("the fund is %s after lowering it to what is allocated", got)
		}
	})
}
