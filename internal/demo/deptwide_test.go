package demo_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/privacy"
	"jixiao/ent/scoreitem"
	"jixiao/internal/demo"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
	"jixiao/internal/workflow"
)

// TestDemoDepartmentWideItemsFromData: the demo's department-wide
// evaluations score 运行成本, 管理效率, 履职效能 and 满意度 from the demo's
// own data — exactly what the workflow computes from the loaded rows — and
// not from constants or evaluators' marks wherever the data exists.
func TestDemoDepartmentWideItemsFromData(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		ctx := context.Background()
		db := testdb.Open(t, url, store.DefaultOptions)
		if _, err := demo.Load(ctx, db, demo.Demo); err != nil {
			t.Fatal(err)
		}
		read := privacy.DecisionContext(ctx, privacy.Allow)
		evs, err := db.Client.Evaluation.Query().Where(evaluation.Scheme(workflow.SchemeDepartmentWide), evaluation.TotalScoreNotNil()).
			WithScoreItems(func(q *ent.ScoreItemQuery) { q.Where(scoreitem.MethodEQ(scoreitem.MethodData)) }).All(read)
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) == 0 {
			t.Fatal("the demo has no scored department-wide evaluation")
		}
		wf := workflow.New(db.Client, func() time.Time { return demo.AsOf })
		admin := auth.NewContext(ctx, &auth.Viewer{UserID: 1, Username: "admin", Role: enums.RoleFinanceAdmin})
		fromData := map[string]int{} // metric → items scored from data
		for _, ev := range evs {
			_, _, items, err := wf.Evaluations.WhatIf(admin, ev.ID, *ev.RuleSetID)
			if err != nil {
				t.Fatalf("evaluation %d: %v", ev.ID, err)
			}
			computed := map[string]workflow.WhatIfItem{}
			for _, it := range items {
				computed[it.Name] = it
			}
			if len(ev.Edges.ScoreItems) != 4 {
				t.Fatalf("evaluation %d has %d data items", ev.ID, len(ev.Edges.ScoreItems))
			}
			for _, it := range ev.Edges.ScoreItems {
				want, ok := computed[it.Name]
				if !ok || it.Score == nil || !it.Score.Equal(want.Score) {
					t.Fatalf("evaluation %d %s: stored %v, the workflow computes %s (%s) from the data; stored explanation %q",
						ev.ID, it.Name, it.Score, want.Score, want.Explanation.ZH, it.Explanation)
				}
				if want.Explanation.Rule != "DATA_ABSENT_MANUAL" {
					fromData[it.Inputs["metric"]]++
					if strings.Contains(it.Explanation, "专家") || it.Explanation != want.Explanation.ZH {
						t.Fatalf("evaluation %d %s: explained %q, the data say %q", ev.ID, it.Name, it.Explanation, want.Explanation.ZH)
					}
				}
			}
		}
		for _, metric := range []string{"RUNNING_COST", "MANAGEMENT_EFFICIENCY", "DELIVERY", "SATISFACTION_SURVEY"} {
			if fromData[metric] == 0 {
				t.Errorf("no department-wide evaluation scores %s from data (%v)", metric, fromData)
			}
		}
		t.Logf("%d department-wide evaluations; items scored from data per metric: %v", len(evs), fromData)
	})
}
