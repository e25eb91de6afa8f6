package rules

import (
	"testing"

	"github.com/shopspring/decimal"
)

// checkTemplate verifies, independently of ScoreScheme, that every composite's
// children's points sum to its own and that leaves have no children.
func checkTemplate(t *testing.T, it Item) {
	t.Helper()
	if it.Method != MethodComposite {
		if len(it.Children) > 0 {
			t.Errorf("leaf %s has children", it.Name)
		}
		return
	}
	sum := decimal.Zero
	for _, c := range it.Children {
		sum = sum.Add(c.Points)
		checkTemplate(t, c)
	}
	if !sum.Equal(it.Points) {
		t.Errorf("%s: children sum to %s, not %s", it.Name, sum, it.Points)
	}
}

// fill gives every leaf of a template its full points.
func fill(it Item) Item {
	it.Children = append([]Item(nil), it.Children...)
	for i := range it.Children {
		it.Children[i] = fill(it.Children[i])
	}
	switch it.Method {
	case MethodManual, MethodData: // a DATA item without data takes manual points
		it.Manual = &it.Points
	case MethodSurvey:
		it.Survey = &Survey{Rate: d("1")}
	case MethodExecutionRate:
		it.Execution = &Execution{d("100"), d("100")}
	}
	return it
}

func level1(root Item) map[string]string {
	m := map[string]string{}
	for _, c := range root.Children {
		m[c.Name] = c.Points.String()
	}
	return m
}

func TestTemplates(t *testing.T) {
	key := KeyEvaluationTemplate()
	checkTemplate(t, key)
	for name, points := range map[string]string{"决策": "15", "过程": "20", "产出": "35", "效益": "30"} {
		if got := level1(key)[name]; got != points {
			t.Errorf("key %s = %s, want %s", name, got, points)
		}
	}
	if err := CheckOutputEffectShare(defaults, key); err != nil {
		t.Errorf("key template: %v", err)
	}
	if _, err := ScoreScheme(defaults, key); inputErrorField(t, err) != "项目支出绩效评价/决策/项目立项/立项依据充分性.manual" {
		t.Errorf("an unfilled template scored: %v", err)
	}
	r, err := ScoreScheme(defaults, fill(key))
	if err != nil || !r.Total.Equal(d("100")) {
		t.Errorf("filled key template = %s, %v", r.Total, err)
	}

	dept := DepartmentWideTemplate()
	checkTemplate(t, dept)
	for name, points := range map[string]string{"部门决策": "25", "综合管理": "30", "部门绩效": "45"} {
		if got := level1(dept)[name]; got != points {
			t.Errorf("department %s = %s, want %s", name, got, points)
		}
	}
	for group, leaves := range map[int]map[string]string{
		1: {"运行成本（人均支出）": "5", "管理效率（申报、监控、整改及时性）": "5", "信息公开": "6"},
		2: {"履职效能（项目指标达成）": "20", "可持续发展能力": "15", "服务对象满意度": "10"},
	} {
		for name, points := range leaves {
			if got := level1(dept.Children[group])[name]; got != points {
				t.Errorf("department %s = %s, want %s", name, got, points)
			}
		}
	}
	if r, err := ScoreScheme(defaults, fill(dept)); err != nil || !r.Total.Equal(d("100")) {
		t.Errorf("filled department template = %s, %v", r.Total, err)
	}
}

func TestCheckOutputEffectShare(t *testing.T) {
	low := composite("方案", "100",
		Item{Code: CodeDecision, Points: d("30")}, Item{Code: CodeProcess, Points: d("20")},
		Item{Code: CodeOutput, Points: d("20")}, Item{Code: CodeEffect, Points: d("29.99")})
	if err := CheckOutputEffectShare(defaults, low); inputErrorField(t, err) != "children" {
		t.Error("49.99 % accepted")
	}
	edge := composite("方案", "100",
		Item{Code: CodeDecision, Points: d("20")}, Item{Code: CodeProcess, Points: d("20")},
		Item{Code: CodeOutput, Points: d("30")}, Item{Code: CodeEffect, Points: d("30")})
	if err := CheckOutputEffectShare(defaults, edge); err != nil {
		t.Errorf("exactly 60 %%: %v", err)
	}
}
