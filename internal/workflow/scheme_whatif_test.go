package workflow_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/ent/evaluation"
	"jixiao/ent/evaluationscheme"
	"jixiao/ent/scoreitem"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
	"jixiao/internal/testdb"
	"jixiao/internal/workflow"
)

// TestSchemeWhatIfCarriesExpertScores: last year's item scored by an expert
// panel (its score the panel's aggregate) is carried onto a draft item that
// was renamed but kept its code, scaled to the draft's points.
func TestSchemeWhatIfCarriesExpertScores(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		w := newWorld(t, url)
		ctx, c := w.fixture, w.c
		past := c.Evaluation.Create().SetKind(evaluation.KindThirdParty).SetFiscalYear(2025).SetDepartmentID(w.department).SetProjectID(w.proj).
			SetScheme("PROJECT_KEY").SetStatus(evaluation.StatusPublished).SetTotalScore(decimal.NewFromInt(80)).SetGrade(enums.GradeGood).SaveX(ctx)
		c.ScoreItem.Create().SetEvaluationID(past.ID).SetName("产出").SetMethod(scoreitem.MethodManual).SetWeight(decimal.NewFromInt(40)).
			SetScore(decimal.NewFromInt(30)).SetInputs(map[string]string{"code": "OUTPUT", "expertScores": "29,30,31"}).ExecX(ctx)
		c.ScoreItem.Create().SetEvaluationID(past.ID).SetName("效益").SetMethod(scoreitem.MethodManual).SetWeight(decimal.NewFromInt(60)).
			SetScore(decimal.NewFromInt(50)).SetInputs(map[string]string{"code": "EFFECT"}).ExecX(ctx)
		def := rules.SchemeDef{Points: decimal.NewFromInt(100), Items: []rules.SchemeEntry{
			{Key: "o", Code: "OUTPUT", Name: "产出指标完成情况", Method: rules.MethodManual, Points: decimal.NewFromInt(80)},
			{Key: "n", Name: "新增项", Method: rules.MethodManual, Points: decimal.NewFromInt(20)},
		}}
		admin := financeAdmin()
		s, err := w.wf.Schemes.Create(admin, workflow.SchemeInput{Code: "RENAMED", Name: "改名方案", Subject: evaluationscheme.SubjectProject, Definition: def})
		if err != nil {
			t.Fatal(err)
		}
		res, err := w.wf.Schemes.WhatIfLastYear(admin, s.ID, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Rows) != 1 {
			t.Fatalf("%d rows", len(res.Rows))
		}
		// 产出 30 of 40 by the panel → 60 of 80; 新增项 at the total's 80 % → 16; 76.
		row := res.Rows[0]
		if row.Matched != 1 || row.Assumed != 1 || !row.DraftScore.Equal(decimal.NewFromInt(76)) {
			t.Fatalf("row %+v", row)
		}
	})
}
