package httpapi

import (
	"context"
	"testing"

	"jixiao/ent"
	"jixiao/ent/privacy"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// TestTargetActionsFromTheRules: Target.revisable and Target.adjustable are
// the rules' answer for the viewer (the SPA keeps no status list), and a
// page of targets costs the same statements whatever its size (no N+1).
func TestTargetActionsFromTheRules(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		seedTree(t, a.db.Client, 4, 6) // 24 targets, DRAFT
		ctx := auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow))
		c := a.db.Client
		ts := c.Target.Query().Order(ent.Asc(target.FieldID)).AllX(ctx)
		// Every other target approved; of those, every other one has a newer
		// version under way (ADJUSTING), one a finished adjustment's newer
		// version is APPROVED and the old one superseded.
		want := map[int][2]bool{} // id → revisable, adjustable (as the administrator)
		for i, tg := range ts {
			switch {
			case i%2 == 0:
				want[tg.ID] = [2]bool{true, false}
			case i%4 == 1:
				c.Target.UpdateOne(tg).SetStatus(target.StatusApproved).ExecX(ctx)
				want[tg.ID] = [2]bool{false, true}
			default:
				c.Target.UpdateOne(tg).SetStatus(target.StatusApproved).ExecX(ctx)
				next := c.Target.Create().SetFiscalYear(tg.FiscalYear).SetGoal(tg.Goal).SetNillableProjectID(tg.ProjectID).
					SetDepartmentID(tg.DepartmentID).SetStatus(target.StatusAdjusting).SetVersion(2).SetPredecessorID(tg.ID).SaveX(ctx)
				want[tg.ID] = [2]bool{false, false}
				want[next.ID] = [2]bool{true, false}
			}
		}
		const q = `query($n: Int!) { targets(first: $n, orderBy: {field: FISCAL_YEAR, direction: ASC}) { edges { node { id status revisable adjustable adjustmentUnderWay } } } }`
		type page struct {
			Targets struct {
				Edges []struct {
					Node struct {
						ID                                        string
						Status                                    string
						Revisable, Adjustable, AdjustmentUnderWay bool
					}
				}
			}
		}
		counts := map[int]int64{}
		a.ok(`{ __typename }`, nil, nil) // the viewer is kept from here on: each count is the data's
		for _, n := range []int{3, 30} {
			var data page
			a.counter.Reset()
			a.ok(q, map[string]any{"n": n}, &data)
			counts[n] = a.counter.Count()
			if len(data.Targets.Edges) != n {
				t.Fatalf("first:%d returned %d targets", n, len(data.Targets.Edges))
			}
			for _, e := range data.Targets.Edges {
				id := atoi(e.Node.ID)
				w := want[id]
				if e.Node.Revisable != w[0] || e.Node.Adjustable != w[1] {
					t.Errorf("%s target %d: revisable %v adjustable %v, want %v %v", e.Node.Status, id, e.Node.Revisable, e.Node.Adjustable, w[0], w[1])
				}
				if e.Node.AdjustmentUnderWay != (e.Node.Status == "APPROVED" && !w[1]) {
					t.Errorf("%s target %d: adjustmentUnderWay %v", e.Node.Status, id, e.Node.AdjustmentUnderWay)
				}
			}
		}
		t.Logf("SQL statements: first:3 → %d, first:30 → %d", counts[3], counts[30])
		if counts[3] != counts[30] {
			t.Fatalf("statement count grows with the page size: %v", counts)
		}

		// A finance reviewer adjusts but never revises; a leader does neither.
		for _, role := range []enums.Role{enums.RoleFinanceReviewer, enums.RoleLeader} {
			a.loginAs("as-"+string(role), role, nil)
			var data page
			a.ok(q, map[string]any{"n": 30}, &data)
			for _, e := range data.Targets.Edges {
				w := want[atoi(e.Node.ID)]
				wantAdjust := w[1] && role == enums.RoleFinanceReviewer
				if e.Node.Revisable || e.Node.Adjustable != wantAdjust {
					t.Errorf("%s on a %s target: revisable %v adjustable %v, want false %v", role, e.Node.Status, e.Node.Revisable, e.Node.Adjustable, wantAdjust)
				}
			}
		}
	})
}
