package rules

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestNationalDefaultsValidate(t *testing.T) {
	if err := NationalDefaults().Validate(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		change func(*Params)
		field  string
	}{
		{func(p *Params) { p.ScorePlaces = 9 }, "params.scorePlaces"},
		{func(p *Params) { p.GradeGood = d("95") }, "params.gradeExcellent"},
		{func(p *Params) { p.OverAchievementFactor = d("0.9") }, "params.overAchievementFactor"},
		{func(p *Params) { p.ReverseZeroMultiple = d("1") }, "params.reverseZeroMultiple"},
		{func(p *Params) { p.QualitativePartlyMin = d("0.9") }, "params.qualitativeAchievedMin"},
		{func(p *Params) { p.UnderspentShare = d("1.5") }, "params.underspentShare"},
		{func(p *Params) { p.WarningBlueFrom = d("0.7") }, "params.warningRedBelow"},
		{func(p *Params) { p.MonthsPerYear = 0 }, "params.monthsPerYear"},
		{func(p *Params) { p.IndicatorPoints = d("0") }, "params.indicatorPoints"},
		{func(p *Params) { p.SelfEffectPoints = d("-1") }, "params.selfEffectPoints"},
	} {
		p := NationalDefaults()
		tc.change(&p)
		if got := inputErrorField(t, p.Validate()); got != tc.field {
			t.Errorf("field %q, want %q", got, tc.field)
		}
	}
}

func TestParamsJSON(t *testing.T) {
	b, err := json.Marshal(NationalDefaults().Named("省级", 2))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "省级") || strings.Contains(string(b), "national default") {
		t.Errorf("the rule set's name is stored with its parameters: %s", b)
	}
	var back Params
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !back.GradeExcellent.Equal(d("90")) || back.KeyProjectThresholdFen != 50_000_000 || !back.SatisfactionFallbackToEffect {
		t.Errorf("round trip lost values: %+v", back)
	}
	zh, en := back.RuleSetLabel()
	if zh != "未命名 v0" || en != "unnamed v0" {
		t.Errorf("label of an unnamed rule set = %q / %q", zh, en)
	}
	zh, en = back.Named("省级", 2).RuleSetLabel()
	if zh != "省级 v2" || en != "省级 v2" {
		t.Errorf("label = %q / %q", zh, en)
	}
}
