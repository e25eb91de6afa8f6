package httpapi

import (
	"context"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/privacy"
	"jixiao/ent/scoreitem"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// TestExpertPanel: finance assigns a panel (an expert from the evaluated
// department's line or with a declared conflict is recused, writing
// nothing); each expert scores the manual item on their own sheet within
// [0, W]; the item's score is the panel's aggregate (mean of 3; trimmed mean
// of 7), with the spread and who is still missing.
func TestExpertPanel(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		c := a.db.Client
		ctx := auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow)) // fixtures as the workflow writes them
		d := must(c.Department.Create().SetCode("P1").SetName("市水利局").SetRegion("市本级").SetSector(enums.SectorWater).Save(ctx))
		unit := must(c.Department.Create().SetCode("P1-1").SetName("水利站").SetRegion("市本级").SetSector(enums.SectorWater).SetParentID(d.ID).Save(ctx))
		ev := must(c.Evaluation.Create().SetDepartmentID(d.ID).SetFiscalYear(2025).SetKind(evaluation.KindFinanceKey).SetScheme("PROJECT_KEY").Save(ctx))
		item := must(c.ScoreItem.Create().SetEvaluationID(ev.ID).SetDepartmentID(d.ID).SetName("专家评分").
			SetWeight(decimal.NewFromInt(10)).SetMethod(scoreitem.MethodManual).Save(ctx))
		var panel []string
		for i := range 7 {
			panel = append(panel, fmt.Sprint(must(c.Expert.Create().SetName(fmt.Sprintf("专家%d", i+1)).SetSpecialty("水利").Save(ctx)).ID))
		}
		fromUnit := must(c.Expert.Create().SetName("站长").SetSpecialty("水利").SetDepartmentID(unit.ID).Save(ctx))
		conflicted := must(c.Expert.Create().SetName("亲属").SetSpecialty("水利").SetConflictDepartmentIds([]int{d.ID}).Save(ctx))

		assign := `mutation($e: ID!, $v: Int!, $x: [ID!]!) { assignExperts(input: {evaluationId: $e, lockVersion: $v, expertIds: $x}) { lockVersion } }`
		for _, recused := range []int{fromUnit.ID, conflicted.ID} {
			out := a.do(assign, map[string]any{"e": ev.ID, "v": 0, "x": append([]string{panel[0]}, fmt.Sprint(recused))})
			if len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
				t.Fatalf("recused expert %d assigned: %+v", recused, out.Errors)
			}
		}
		if n := must(c.Evaluation.QueryExperts(ev).Count(ctx)); n != 0 {
			t.Fatalf("a refused assignment wrote %d experts", n)
		}
		a.ok(assign, map[string]any{"e": ev.ID, "v": 0, "x": panel}, nil)
		if out := a.do(assign, map[string]any{"e": ev.ID, "v": 0, "x": panel}); len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "CONFLICT" {
			t.Fatalf("stale lock version: %+v", out.Errors)
		}

		type panelItem struct {
			Aggregate, Spread *string
			Scores            []struct{ Score string }
			Missing           []struct{ Name string }
			ScoreItem         struct{ Score *string }
		}
		score := func(expert, value string) panelItem {
			var out struct{ ScoreAsExpert panelItem }
			a.ok(`mutation($i: ID!, $e: ID!, $s: Decimal!) { scoreAsExpert(input: {scoreItemId: $i, expertId: $e, score: $s}) {
				aggregate spread scores { score } missing { name } scoreItem { score } } }`,
				map[string]any{"i": item.ID, "e": expert, "s": value}, &out)
			return out.ScoreAsExpert
		}
		score(panel[0], "8")
		score(panel[1], "9")
		p := score(panel[2], "10")
		if *p.Aggregate != "9" || *p.Spread != "2" || len(p.Missing) != 4 || *p.ScoreItem.Score != "9" {
			t.Fatalf("three experts: %+v", p)
		}
		score(panel[3], "2")
		score(panel[4], "7.5")
		score(panel[5], "8.5")
		p = score(panel[6], "7")
		// 2 7 7.5 8 8.5 9 10 → without 2 and 10: 40 ÷ 5 = 8.
		if *p.Aggregate != "8" || *p.Spread != "8" || len(p.Missing) != 0 || len(p.Scores) != 7 || *p.ScoreItem.Score != "8" {
			t.Fatalf("seven experts: %+v", p)
		}
		for _, bad := range []struct {
			vars map[string]any
			code string
		}{
			{map[string]any{"i": item.ID, "e": panel[0], "s": "10.01"}, "BAD_USER_INPUT"},
			{map[string]any{"i": item.ID, "e": fromUnit.ID, "s": "5"}, "BAD_USER_INPUT"},
			{map[string]any{"i": item.ID, "e": panel[0], "s": "5"}, "CONFLICT"}, // changing one's score needs the lock version
		} {
			out := a.do(`mutation($i: ID!, $e: ID!, $s: Decimal!) { scoreAsExpert(input: {scoreItemId: $i, expertId: $e, score: $s}) { aggregate } }`, bad.vars)
			if len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != bad.code {
				t.Errorf("%v: %+v, want %s", bad.vars, out.Errors, bad.code)
			}
		}
		if got := must(c.ScoreItem.Get(ctx, item.ID)); !got.Score.Equal(decimal.NewFromInt(8)) {
			t.Errorf("stored item score %s", got.Score)
		}
		var view struct{ ExpertPanel []panelItem }
		a.ok(`query($e: ID!) { expertPanel(evaluationId: $e) { aggregate spread scores { score } missing { name } scoreItem { score } } }`,
			map[string]any{"e": ev.ID}, &view)
		if len(view.ExpertPanel) != 1 || *view.ExpertPanel[0].Aggregate != "8" {
			t.Errorf("expertPanel: %+v", view.ExpertPanel)
		}
	})
}

// TestAgencyRating: finance rates the agency of a reviewed evaluation once;
// the mean ratings and the open workload are shown for assigning.
func TestAgencyRating(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		c := a.db.Client
		ctx := auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow)) // fixtures as the workflow writes them
		d := must(c.Department.Create().SetCode("R1").SetName("市林业局").SetRegion("市本级").SetSector(enums.SectorEcology).Save(ctx))
		ag := must(c.Agency.Create().SetCode("AG-1").SetName("榆林正信会计师事务所").Save(ctx))
		mk := func(status evaluation.Status) *ent.Evaluation {
			return must(c.Evaluation.Create().SetDepartmentID(d.ID).SetFiscalYear(2025).SetKind(evaluation.KindThirdParty).
				SetScheme("PROJECT_KEY").SetAgencyID(ag.ID).SetStatus(status).Save(ctx))
		}
		done, running := mk(evaluation.StatusReviewed), mk(evaluation.StatusInProgress)
		rate := `mutation($e: ID!, $t: Decimal!) { rateAgency(input: {evaluationId: $e, timeliness: $t, reportQuality: "80", financeScore: "85"}) { overall } }`
		for _, bad := range []struct {
			e    int
			t    string
			code string
		}{{done.ID, "100.5", "BAD_USER_INPUT"}, {running.ID, "90", "INVALID_TRANSITION"}} {
			out := a.do(rate, map[string]any{"e": bad.e, "t": bad.t})
			if len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != bad.code {
				t.Errorf("%+v: %+v", bad, out.Errors)
			}
		}
		var out struct{ RateAgency struct{ Overall string } }
		a.ok(rate, map[string]any{"e": done.ID, "t": "90"}, &out)
		if out.RateAgency.Overall != "85" {
			t.Errorf("overall %s, want 85", out.RateAgency.Overall)
		}
		if again := a.do(rate, map[string]any{"e": done.ID, "t": "90"}); len(again.Errors) == 0 || again.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
			t.Errorf("a second rating: %+v", again.Errors)
		}
		var q struct {
			AgencyQualities []struct {
				RatingCount, OpenEvaluations int
				AverageOverall               *string
			}
		}
		a.ok(`{ agencyQualities { ratingCount openEvaluations averageOverall } }`, nil, &q)
		if len(q.AgencyQualities) != 1 || q.AgencyQualities[0].RatingCount != 1 || q.AgencyQualities[0].OpenEvaluations != 1 || *q.AgencyQualities[0].AverageOverall != "85" {
			t.Errorf("agencyQualities: %+v", q.AgencyQualities)
		}
	})
}
