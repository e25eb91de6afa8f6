package httpapi

import (
	"testing"

	"jixiao/internal/testdb"
)

// TestTimesWithAnyOffsetReadBack: the SPA sends deadlines with +08:00; a
// rectification and a payment dated so (or with Z, or zoneless = Beijing) are
// stored in UTC and every query over them answers (they failed with INTERNAL
// on SQLite), with the same instant.
func TestTimesWithAnyOffsetReadBack(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		ids := chain(a)
		// The chain's allocation is of 2025: its payments are dated in 2025.
		paidOn := map[string]string{"2026-11-30T23:59:59+08:00": "2025-11-30T23:59:59+08:00",
			"2026-11-30T15:59:59Z": "2025-11-30T15:59:59Z", "2026-11-30T23:59:59": "2025-11-30T23:59:59"}
		for _, deadline := range []string{"2026-11-30T23:59:59+08:00", "2026-11-30T15:59:59Z", "2026-11-30T23:59:59"} {
			a.id("createRectification", `mutation($e: ID!, $d: ID!, $at: Time!) { createRectification(input: {
				problem: "支付进度滞后", requiredAction: "按期支付", deadline: $at, departmentID: $d, evaluationID: $e }) { id } }`,
				map[string]any{"e": ids["evaluation"], "d": ids["unit"], "at": deadline})
			a.id("recordDisbursement", `mutation($a: ID!, $at: Time!) { recordDisbursement(input: {
				paidOn: $at, amount: "1.00", allocationID: $a }) { id } }`,
				map[string]any{"a": ids["allocation"], "at": paidOn[deadline]})
		}
		var flat struct {
			Rectifications struct {
				Edges []struct{ Node struct{ Deadline string } }
			}
			Evaluation struct {
				Rectifications struct{ TotalCount int }
			}
			Payments struct {
				Edges []struct{ Node struct{ PaidOn string } }
			}
		}
		a.ok(`query($p: ID!, $e: ID!, $at: Time!, $paid: Time!) {
			rectifications(first: 50, where: { or: [{ hasEvaluationWith: [{ projectID: $p }] }, { hasMonitoringWith: [{ projectID: $p }] }], deadlineGTE: $at },
				orderBy: { field: DEADLINE, direction: ASC }) { edges { node { deadline } } }
			evaluation: node(id: $e) { ... on Evaluation { rectifications { totalCount } } }
			payments: disbursements(first: 50, where: { paidOn: $paid }) { edges { node { paidOn } } }
		}`, map[string]any{"p": ids["project"], "e": ids["evaluation"], "at": "2026-11-30T23:59:59+08:00", "paid": "2025-11-30T23:59:59+08:00"}, &flat)
		if n := len(flat.Rectifications.Edges); n != 3 {
			t.Fatalf("project's rectifications from 30 Nov 23:59:59 Beijing: %d, want 3", n)
		}
		for _, e := range flat.Rectifications.Edges {
			if e.Node.Deadline != "2026-11-30T15:59:59Z" {
				t.Errorf("deadline = %s, want 2026-11-30T15:59:59Z", e.Node.Deadline)
			}
		}
		if n := flat.Evaluation.Rectifications.TotalCount; n != 4 {
			t.Errorf("evaluation's rectifications: %d, want 4 (the chain's and three)", n)
		}
		if n := len(flat.Payments.Edges); n != 3 {
			t.Errorf("payments at that instant: %d, want 3", n)
		}
	})
}
