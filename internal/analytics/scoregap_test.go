package analytics_test

import (
	"testing"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/internal/analytics"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// TestSelfFinanceGaps: where a project has both a submitted self-evaluation
// and a finance key or third-party evaluation, the gap is self − finance; the
// departments are ranked by the mean gap and flagged above 10 points; the
// scope narrows like the overview's; a bounded number of statements.
func TestSelfFinanceGaps(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		c := db.Client
		w := seed(t, c)
		ctx := asAdmin()
		ev := func(p *ent.Project, d *ent.Department, kind evaluation.Kind, status evaluation.Status, score string) {
			must(c.Evaluation.Create().SetDepartmentID(d.ID).SetProjectID(p.ID).SetFiscalYear(2025).SetKind(kind).
				SetScheme("PROJECT_KEY").SetStatus(status).SetTotalScore(dec(score)).Save(ctx))
		}
		// seed: PA self 92.35 / finance key 85.5; PA1 self 78.004; PB self 59.99;
		// PC third party 91.
		ev(w.pA1, w.A1, evaluation.KindThirdParty, evaluation.StatusReviewed, "78.004") // gap 0
		ev(w.pB, w.B, evaluation.KindFinanceKey, evaluation.StatusPublished, "45")      // gap 14.99: flagged
		ev(w.pC, w.C, evaluation.KindSelf, evaluation.StatusSubmitted, "80")            // the one self-evaluation of PC: gap −11
		ev(w.pBmulti, w.B, evaluation.KindFinanceKey, evaluation.StatusPlanned, "10")   // not submitted: ignored

		counter.Reset()
		gaps := must(analytics.SelfFinanceGaps(ctx, c, analytics.ScoreGapArgs{FiscalYear: 2025}))
		if n := counter.Count(); n > 3 {
			t.Errorf("%d statements, want at most 3", n)
		}
		type row struct {
			dept, self, fin, gap string
			flagged              bool
			n                    int
		}
		want := []row{{"B", "59.99", "45", "14.99", true, 1}, {"A", "92.35", "85.5", "6.85", false, 1},
			{"A1", "78", "78", "0", false, 1}, {"C", "80", "91", "-11", false, 1}}
		if len(gaps) != len(want) {
			t.Fatalf("%d departments, want %d", len(gaps), len(want))
		}
		for i, g := range gaps {
			wr := want[i]
			if g.Rank != i+1 || g.Department.Code != wr.dept || !g.SelfAverage.Equal(dec(wr.self)) || !g.FinanceAverage.Equal(dec(wr.fin)) ||
				!g.Gap.Equal(dec(wr.gap)) || g.Flagged != wr.flagged || g.ProjectCount != wr.n || len(g.Projects) != wr.n {
				t.Errorf("rank %d: %s self %s finance %s gap %s flagged %v, want %+v", g.Rank, g.Department.Code, g.SelfAverage, g.FinanceAverage, g.Gap, g.Flagged, wr)
			}
		}
		if p := gaps[3].Projects[0]; p.Project.ID != w.pC.ID || !p.SelfScore.Equal(dec("80")) || !p.Gap.Equal(dec("-11")) {
			t.Errorf("PC: %+v", p)
		}

		// A department with two projects: the mean gap, exactly; flagged only above 10.
		// (One self-evaluation per project and year: PA1's own is re-scored.)
		selfA1 := must(c.Evaluation.Query().Where(evaluation.ProjectID(w.pA1.ID), evaluation.KindEQ(evaluation.KindSelf)).Only(ctx))
		must(c.Evaluation.UpdateOne(selfA1).SetTotalScore(dec("98.004")).Save(ctx)) // PA1 gap 20
		subtree := must(analytics.SelfFinanceGaps(ctx, c, analytics.ScoreGapArgs{FiscalYear: 2025, DepartmentID: &w.A.ID}))
		if len(subtree) != 2 || subtree[0].Department.ID != w.A1.ID || !subtree[0].Gap.Equal(dec("20")) || !subtree[0].Flagged {
			t.Errorf("subtree of A: %+v", subtree)
		}
		region := "县一"
		if r := must(analytics.SelfFinanceGaps(ctx, c, analytics.ScoreGapArgs{FiscalYear: 2025, Region: &region})); len(r) != 2 {
			t.Errorf("region 县一: %d departments, want B and C", len(r))
		}
		user := &auth.Viewer{UserID: 9, Role: enums.RoleDepartmentUser, DepartmentID: w.B.ID, Departments: []int{w.B.ID}}
		if mine := must(analytics.SelfFinanceGaps(auth.NewContext(ctx, user), c, analytics.ScoreGapArgs{FiscalYear: 2025})); len(mine) != 1 || mine[0].Department.ID != w.B.ID {
			t.Errorf("department user of B sees %d departments", len(mine))
		}
		if none := must(analytics.SelfFinanceGaps(ctx, c, analytics.ScoreGapArgs{FiscalYear: 2024})); len(none) != 0 {
			t.Errorf("2024: %d departments, want none", len(none))
		}
	})
}
