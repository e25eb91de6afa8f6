package httpapi

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/ent/evaluation"
	"jixiao/ent/privacy"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/testdb"
)

// periodItems is a department-wide scheme of two periods weighted 50/50:
// each with a manual item and a banded survey or a deduction of 2.5 per
// incident with a bonus limited to 3, and a veto at the top.
var periodItems = []map[string]any{
	{"key": "mid", "name": "年中评价", "method": "COMPOSITE", "points": "100", "share": "50"},
	{"key": "mid.out", "parentKey": "mid", "name": "履职成效", "method": "MANUAL", "points": "60"},
	{"key": "mid.sv", "parentKey": "mid", "name": "服务对象满意度", "method": "SURVEY", "points": "40",
		"bands": []map[string]any{{"from": "0.9", "share": "1"}, {"from": "0.8", "share": "0.8"}, {"from": "0.6", "share": "0.5"}}},
	{"key": "end", "name": "年末评价", "method": "COMPOSITE", "points": "100", "share": "50"},
	{"key": "end.out", "parentKey": "end", "name": "履职成效", "method": "MANUAL", "points": "60"},
	{"key": "end.dd", "parentKey": "end", "name": "违规扣分", "method": "DEDUCTION", "points": "40", "perIncident": "2.5"},
	{"key": "end.bp", "parentKey": "end", "name": "加减分", "method": "BONUS_PENALTY", "points": "0", "maxBonus": "3", "maxPenalty": "5"},
	{"key": "veto", "name": "一票否决", "method": "VETO", "points": "0"},
}

func errCode(out gqlResponse) any {
	if len(out.Errors) == 0 {
		return nil
	}
	return out.Errors[0].Extensions["code"]
}

// TestEvaluationSchemes: finance builds a scheme (weights and shares
// validated, writing nothing when wrong), tries it out, edits it under its
// lock, makes a department-wide evaluation from it whose items carry the
// scheme's deduction size, survey bands and bonus limit; once that
// evaluation is submitted the version is frozen and a new version is made;
// two computed evaluations combine 50/50.
func TestEvaluationSchemes(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		c := a.db.Client
		ctx := auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow)) // fixtures as the workflow writes them
		d := must(c.Department.Create().SetCode("S1").SetName("市文旅局").SetRegion("市本级").SetSector(enums.SectorCultureTourism).Save(ctx))

		create := `mutation($in: CreateEvaluationSchemeInput!) { createEvaluationScheme(input: $in) { id version lockVersion frozen points items { key perIncident bands { from share } maxBonus } } }`
		scheme := func(code string, points string, items []map[string]any) map[string]any {
			return map[string]any{"in": map[string]any{"code": code, "name": "部门整体绩效（年中/年末）", "subject": "DEPARTMENT", "points": points, "items": items}}
		}
		// 102 points at the top plus an extra 50: refused, nothing written.
		bad := []map[string]any{
			{"key": "a", "name": "部门决策", "method": "MANUAL", "points": "52"},
			{"key": "b", "name": "部门绩效", "method": "MANUAL", "points": "50"},
			{"key": "c", "name": "额外", "method": "MANUAL", "points": "50"},
		}
		badShares := append([]map[string]any{}, periodItems...)
		badShares[3] = map[string]any{"key": "end", "name": "年末评价", "method": "COMPOSITE", "points": "100", "share": "40"}
		for _, tc := range []struct {
			name  string
			items []map[string]any
			field string
		}{{"weights", bad, "points"}, {"shares", badShares, "points"}} {
			out := a.do(create, scheme("BAD", "100", tc.items))
			if errCode(out) != "BAD_USER_INPUT" {
				t.Fatalf("%s: %+v", tc.name, out.Errors)
			}
		}
		if n := must(c.EvaluationScheme.Query().Count(ctx)); n != 0 {
			t.Fatalf("refused schemes wrote %d rows", n)
		}

		var made struct {
			CreateEvaluationScheme struct {
				ID          string
				Version     int
				LockVersion int
				Frozen      bool
				Items       []struct {
					Key         string
					PerIncident *string
					Bands       []struct{ From, Share string }
					MaxBonus    *string
				}
			}
		}
		a.ok(create, scheme("DW-2025", "100", periodItems), &made)
		s := made.CreateEvaluationScheme
		if s.Version != 1 || s.Frozen || len(s.Items) != 8 || *s.Items[5].PerIncident != "2.5" || len(s.Items[2].Bands) != 3 || *s.Items[6].MaxBonus != "3" {
			t.Fatalf("created: %+v", s)
		}
		if out := a.do(create, scheme("DW-2025", "100", periodItems)); errCode(out) != "BAD_USER_INPUT" {
			t.Fatalf("a second scheme with the code: %+v", out.Errors)
		}

		// 试算: mid-year 54 + 32 (85 % reaches the 80 % band) = 86; year-end
		// 57 + (40 − 3 × 2.5) + 2 = 91.5; 50/50 = 88.75.
		var pv struct {
			PreviewEvaluationScheme struct {
				Total100, Grade string
				Items           []struct{ Key, Score string }
			}
		}
		a.ok(`query($s: ID!, $in: [SchemeItemScoreInput!]!) { previewEvaluationScheme(schemeId: $s, inputs: $in) { total100 grade items { key score } } }`,
			map[string]any{"s": s.ID, "in": []map[string]any{
				{"key": "mid.out", "score": "54"}, {"key": "mid.sv", "rate": "0.85"},
				{"key": "end.out", "score": "57"}, {"key": "end.dd", "incidents": 3}, {"key": "end.bp", "score": "2", "reason": "获省级表彰"},
			}}, &pv)
		if pv.PreviewEvaluationScheme.Total100 != "88.75" || pv.PreviewEvaluationScheme.Grade != "GOOD" || len(pv.PreviewEvaluationScheme.Items) != 8 {
			t.Fatalf("preview: %+v", pv.PreviewEvaluationScheme)
		}

		update := `mutation($id: ID!, $v: Int!, $name: String) { updateEvaluationScheme(input: {id: $id, lockVersion: $v, name: $name}) { lockVersion name } }`
		a.ok(update, map[string]any{"id": s.ID, "v": 0, "name": "部门整体绩效评价方案"}, nil)
		if out := a.do(update, map[string]any{"id": s.ID, "v": 0, "name": "又改"}); errCode(out) != "CONFLICT" {
			t.Fatalf("stale lock version: %+v", out.Errors)
		}

		// A department user reads schemes but does not write them.
		a.loginAs("dept", enums.RoleDepartmentUser, &d.ID)
		if out := a.do(create, scheme("DEPT", "100", periodItems)); errCode(out) != "FORBIDDEN" {
			t.Fatalf("department user created a scheme: %+v", out.Errors)
		}
		a.login("admin")

		// A department-wide evaluation (subject: the department and year) made from it.
		var ev struct {
			CreateEvaluationFromTemplate struct {
				ID, Scheme  string
				LockVersion int
				ScoreItems  struct {
					Edges []struct {
						Node struct{ ID, Name, Method, InputsJSON string }
					}
				}
			}
		}
		a.ok(`mutation($d: ID!, $s: ID!) { createEvaluationFromTemplate(input: {kind: FINANCE_KEY, fiscalYear: 2025, departmentID: $d, schemeId: $s}) {
			id scheme lockVersion scoreItems(first: 20) { edges { node { id name method inputsJson } } } } }`,
			map[string]any{"d": d.ID, "s": s.ID}, &ev)
		if ev.CreateEvaluationFromTemplate.Scheme != "DW-2025" || len(ev.CreateEvaluationFromTemplate.ScoreItems.Edges) != 8 {
			t.Fatalf("evaluation from the scheme: %+v", ev.CreateEvaluationFromTemplate)
		}
		if out := a.do(`mutation($s: ID!) { createEvaluationFromTemplate(input: {kind: SELF, fiscalYear: 2025, departmentID: "1", schemeId: $s}) { id } }`,
			map[string]any{"s": s.ID}); errCode(out) != "BAD_USER_INPUT" {
			t.Fatalf("a self-evaluation from a scheme: %+v", out.Errors)
		}
		items := map[string]string{}
		for _, e := range ev.CreateEvaluationFromTemplate.ScoreItems.Edges {
			items[e.Node.Method+"/"+e.Node.Name] = e.Node.ID
			if e.Node.Method == "DEDUCTION" {
				var in map[string]string
				_ = json.Unmarshal([]byte(e.Node.InputsJSON), &in)
				if in["perIncident"] != "2.5" {
					t.Errorf("deduction inputs %s", e.Node.InputsJSON)
				}
			}
		}
		lock := ev.CreateEvaluationFromTemplate.LockVersion
		scoreItem := func(id string, input map[string]any) gqlResponse {
			out := a.do(`mutation($id: ID!, $v: Int!, $in: ScoreItemInput!) { scoreItem(id: $id, lockVersion: $v, input: $in) { score } }`,
				map[string]any{"id": id, "v": lock, "in": input})
			if len(out.Errors) == 0 {
				lock++
			}
			return out
		}
		if out := scoreItem(items["BONUS_PENALTY/加减分"], map[string]any{"score": "4", "note": "超限"}); errCode(out) != "BAD_USER_INPUT" {
			t.Fatalf("a bonus above its limit: %+v", out.Errors)
		}
		var sv struct{ ScoreItem struct{ Score string } }
		a.decode(scoreItem(items["SURVEY/服务对象满意度"], map[string]any{"score": "0.85"}), &sv)
		if sv.ScoreItem.Score != "32" {
			t.Fatalf("banded survey scored %s, want 32", sv.ScoreItem.Score)
		}
		var dd struct{ ScoreItem struct{ Score string } }
		a.decode(scoreItem(items["DEDUCTION/违规扣分"], map[string]any{"incidents": 3}), &dd)
		if dd.ScoreItem.Score != "32.5" {
			t.Fatalf("deduction of 2.5 × 3 scored %s, want 32.5", dd.ScoreItem.Score)
		}
		// Both 履职成效 items share a name: score them through the stored rows.
		rows := must(c.ScoreItem.Query().All(ctx))
		given := map[string]string{"年中评价": "54", "年末评价": "57"}
		for _, r := range rows {
			if r.Name != "履职成效" || r.ParentID == nil {
				continue
			}
			parent := must(c.ScoreItem.Get(ctx, *r.ParentID))
			if out := scoreItem(fmt.Sprint(r.ID), map[string]any{"score": given[parent.Name]}); len(out.Errors) > 0 {
				t.Fatalf("manual: %+v", out.Errors)
			}
		}
		if out := scoreItem(items["BONUS_PENALTY/加减分"], map[string]any{"score": "2", "note": "获省级表彰"}); len(out.Errors) > 0 {
			t.Fatalf("bonus: %+v", out.Errors)
		}
		var computed struct {
			ComputeEvaluation struct {
				TotalScore  string
				LockVersion int
			}
		}
		a.ok(`mutation($id: ID!, $v: Int!) { computeEvaluation(id: $id, lockVersion: $v) { totalScore lockVersion } }`,
			map[string]any{"id": ev.CreateEvaluationFromTemplate.ID, "v": lock}, &computed)
		if computed.ComputeEvaluation.TotalScore != "88.75" {
			t.Fatalf("computed total %s, want 88.75", computed.ComputeEvaluation.TotalScore)
		}

		// Composite of the two periods' evaluations: 88.75 and 70, 50/50.
		other := must(c.Evaluation.Create().SetDepartmentID(d.ID).SetFiscalYear(2025).SetKind(evaluation.KindFinanceKey).
			SetScheme("DEPARTMENT_WIDE").SetTotalScore(decimal.NewFromInt(70)).Save(ctx))
		composite := `query($a: ID!, $b: ID!, $sa: Decimal!, $sb: Decimal!) { evaluationComposite(parts: [{evaluationId: $a, share: $sa}, {evaluationId: $b, share: $sb}]) { score grade } }`
		var comp struct{ EvaluationComposite struct{ Score, Grade string } }
		a.ok(composite, map[string]any{"a": ev.CreateEvaluationFromTemplate.ID, "b": other.ID, "sa": "50", "sb": "50"}, &comp)
		if comp.EvaluationComposite.Score != "79.38" || comp.EvaluationComposite.Grade != "FAIR" {
			t.Fatalf("composite %+v, want 79.38 FAIR", comp.EvaluationComposite)
		}
		if out := a.do(composite, map[string]any{"a": ev.CreateEvaluationFromTemplate.ID, "b": other.ID, "sa": "50", "sb": "40"}); errCode(out) != "BAD_USER_INPUT" {
			t.Fatalf("shares of 90: %+v", out.Errors)
		}

		// Submitted: the version is frozen; a new version is edited instead.
		a.ok(`mutation($id: ID!, $v: Int!) { submitEvaluation(id: $id, lockVersion: $v) { status } }`,
			map[string]any{"id": ev.CreateEvaluationFromTemplate.ID, "v": computed.ComputeEvaluation.LockVersion}, nil)
		var st struct{ Node struct{ Frozen bool } }
		a.ok(`query($id: ID!) { node(id: $id) { ... on EvaluationScheme { frozen } } }`, map[string]any{"id": s.ID}, &st)
		if !st.Node.Frozen {
			t.Fatal("the scheme of a submitted evaluation is not frozen")
		}
		if out := a.do(update, map[string]any{"id": s.ID, "v": 1, "name": "冻结后修改"}); errCode(out) != "CONFLICT" {
			t.Fatalf("a frozen scheme was edited: %+v", out.Errors)
		}
		var nv struct {
			NewEvaluationSchemeVersion struct {
				ID      string
				Version int
				Frozen  bool
			}
		}
		a.ok(`mutation($id: ID!) { newEvaluationSchemeVersion(id: $id) { id version frozen } }`, map[string]any{"id": s.ID}, &nv)
		if nv.NewEvaluationSchemeVersion.Version != 2 || nv.NewEvaluationSchemeVersion.Frozen {
			t.Fatalf("new version: %+v", nv.NewEvaluationSchemeVersion)
		}
		a.ok(update, map[string]any{"id": nv.NewEvaluationSchemeVersion.ID, "v": 0, "name": "2026 版"}, nil)
	})
}
