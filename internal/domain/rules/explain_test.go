package rules

import (
	"errors"
	"fmt"
	"testing"
)

func TestExplanationText(t *testing.T) {
	e := defaults.explain("RULE", []KV{{"a", "1"}, {"b", "2"}}, "1 + 2 = 3", "3", "一加二", "one plus two")
	for _, tc := range []struct{ lang, want string }{
		{"en", "one plus two (rule set national default v1)"},
		{"en-US,en;q=0.9", "one plus two (rule set national default v1)"},
		{"EN-gb", "one plus two (rule set national default v1)"},
		{"zh-CN", "一加二（规则集 国家默认 v1）"},
		{"", "一加二（规则集 国家默认 v1）"},
		{"fr", "一加二（规则集 国家默认 v1）"},
	} {
		if got := e.Text(tc.lang); got != tc.want {
			t.Errorf("Text(%q) = %q, want %q", tc.lang, got, tc.want)
		}
	}
	if m := e.InputMap(); len(m) != 2 || m["a"] != "1" || m["b"] != "2" {
		t.Errorf("InputMap = %v", m)
	}
	if e.RuleSetVersion != "国家默认 v1" || e.Formula != "1 + 2 = 3" || e.Result != "3" || e.Rule != "RULE" {
		t.Errorf("explanation = %+v", e)
	}
}

func TestInputErrorIsTyped(t *testing.T) {
	err := fmt.Errorf("preview: %w", inputError("points", "分值为 %s", "points are %s", d("-1")))
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatal("a wrapped *InputError is not found by errors.As")
	}
	if ie.Field != "points" || ie.Message("en") != "points are -1" || ie.Message("zh") != "分值为 -1" || ie.Error() != "分值为 -1 / points are -1" {
		t.Errorf("InputError = %+v", ie)
	}
}
