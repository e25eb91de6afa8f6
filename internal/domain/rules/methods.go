package rules

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// scoreManual takes an expert's or leader's points, which must lie in [0, W].
func scoreManual(p Params, given, w decimal.Decimal) (Score, error) {
	if given.Sign() < 0 || given.GreaterThan(w) {
		return Score{}, inputError("manual", "人工评分须在 0 到 %s 之间（实为 %s）", "a manual score must be between 0 and %s (got %s)", w, given)
	}
	s := roundScore(p, given)
	inputs := []KV{{"manual", given.String()}, {"points", w.String()}}
	return Score{s, []string{}, p.explain("MANUAL", inputs, fixed(p, s), fixed(p, s),
		fmt.Sprintf("人工评分 %s / %s", fixed(p, s), w), fmt.Sprintf("manual score %s of %s", fixed(p, s), w))}, nil
}

// scoreSurvey turns a satisfaction rate into points: proportionally, or by the
// highest band the rate reaches.
func scoreSurvey(p Params, sv Survey, w decimal.Decimal) (Score, error) {
	if sv.Rate.Sign() < 0 || sv.Rate.GreaterThan(one) {
		return Score{}, inputError("survey.rate", "满意度须在 0 到 1 之间（%s）", "a satisfaction rate must be between 0 and 1 (got %s)", sv.Rate)
	}
	for i, b := range sv.Bands {
		if b.From.Sign() < 0 || b.From.GreaterThan(one) || b.Share.Sign() < 0 || b.Share.GreaterThan(one) {
			return Score{}, inputError(fmt.Sprintf("survey.bands[%d]", i), "满意度档次的起点与得分比例须在 0 到 1 之间", "a band's start and share must be between 0 and 1")
		}
	}
	inputs := []KV{{"rate", sv.Rate.String()}, {"points", w.String()}}
	rate := sharePercent(sv.Rate)
	if len(sv.Bands) == 0 {
		s := roundScore(p, w.Mul(sv.Rate))
		formula := fmt.Sprintf("%s × %s = %s", w, rate, fixed(p, s))
		return Score{s, []string{}, p.explain("SURVEY_PROPORTIONAL", inputs, formula, fixed(p, s),
			fmt.Sprintf("满意度 %s，按比例得分 = %s", rate, formula),
			fmt.Sprintf("satisfaction %s, proportional score = %s", rate, formula))}, nil
	}
	bands := slices.SortedFunc(slices.Values(sv.Bands), func(a, b SurveyBand) int { return b.From.Cmp(a.From) })
	for _, b := range bands {
		if sv.Rate.GreaterThanOrEqual(b.From) {
			s := roundScore(p, w.Mul(b.Share))
			formula := fmt.Sprintf("%s × %s = %s", w, sharePercent(b.Share), fixed(p, s))
			return Score{s, []string{}, p.explain("SURVEY_BAND", inputs, formula, fixed(p, s),
				fmt.Sprintf("满意度 %s 达到“≥ %s”档，得分 = %s", rate, sharePercent(b.From), formula),
				fmt.Sprintf("satisfaction %s reaches the “≥ %s” band, score = %s", rate, sharePercent(b.From), formula))}, nil
		}
	}
	lowest := bands[len(bands)-1].From
	return Score{decimal.Zero, []string{}, p.explain("SURVEY_BELOW_BANDS", inputs, "0", fixed(p, decimal.Zero),
		fmt.Sprintf("满意度 %s 低于最低档 %s，得 0 分", rate, sharePercent(lowest)),
		fmt.Sprintf("satisfaction %s is below the lowest band %s, 0 points", rate, sharePercent(lowest)))}, nil
}

// scoreDeduction takes points off per incident; the score never goes below 0.
func scoreDeduction(p Params, dd Deduction, w decimal.Decimal) (Score, error) {
	if dd.Incidents < 0 || dd.PerIncident.Sign() < 0 {
		return Score{}, inputError("deduction", "扣分次数与每次扣分不能为负数", "incidents and points per incident must not be negative")
	}
	off := dd.PerIncident.Mul(decimal.NewFromInt(int64(dd.Incidents)))
	s := roundScore(p, decimal.Max(decimal.Zero, w.Sub(off)))
	inputs := []KV{{"incidents", strconv.Itoa(dd.Incidents)}, {"perIncident", dd.PerIncident.String()}, {"points", w.String()}}
	formula := fmt.Sprintf("max(0, %s − %d × %s) = %s", w, dd.Incidents, dd.PerIncident, fixed(p, s))
	return Score{s, []string{}, p.explain("DEDUCTION", inputs, formula, fixed(p, s),
		fmt.Sprintf("扣分：%d 次，每次 %s 分，得分 = %s", dd.Incidents, dd.PerIncident, formula),
		fmt.Sprintf("deduction: %d incidents at %s points each, score = %s", dd.Incidents, dd.PerIncident, formula))}, nil
}

// scoreVeto scores a veto item itself (always 0); its parent reads the trigger.
func scoreVeto(p Params, v *Veto) (Score, error) {
	if v == nil || !v.Triggered {
		return Score{decimal.Zero, []string{}, p.explain("VETO_NOT_TRIGGERED", []KV{{"triggered", "false"}}, "0", fixed(p, decimal.Zero),
			"一票否决项：未触发", "veto: not triggered")}, nil
	}
	if strings.TrimSpace(v.Reason) == "" {
		return Score{}, inputError("veto.reason", "触发一票否决须说明理由", "a triggered veto needs a reason")
	}
	return Score{decimal.Zero, []string{FlagVetoTriggered}, p.explain("VETO_TRIGGERED",
		[]KV{{"triggered", "true"}, {"reason", v.Reason}}, "0", fixed(p, decimal.Zero),
		"一票否决：已触发（"+v.Reason+"），上级评分项得 0 分", "veto triggered ("+v.Reason+"): the parent item scores 0")}, nil
}

// scoreAdjustments sums bonuses and penalties; each needs its reason.
func scoreAdjustments(p Params, adjustments []Adjustment) (Score, error) {
	sum := decimal.Zero
	var inputs []KV
	var terms, zh, en []string
	for i, a := range adjustments {
		if strings.TrimSpace(a.Reason) == "" {
			return Score{}, inputError(fmt.Sprintf("adjustments[%d].reason", i), "加减分须说明理由", "a bonus or penalty needs a reason")
		}
		sum = sum.Add(a.Points)
		inputs = append(inputs, KV{a.Reason, a.Points.String()})
		terms = append(terms, signed(p, a.Points))
		zh = append(zh, fmt.Sprintf("%s（%s）", signed(p, a.Points), a.Reason))
		en = append(en, fmt.Sprintf("%s (%s)", signed(p, a.Points), a.Reason))
	}
	s := roundScore(p, sum)
	if len(adjustments) == 0 {
		return Score{s, []string{}, p.explain("BONUS_PENALTY", nil, "0", signed(p, s), "无加减分", "no bonus or penalty")}, nil
	}
	formula := strings.Join(terms, " ") + " = " + signed(p, s)
	return Score{s, []string{}, p.explain("BONUS_PENALTY", inputs, formula, signed(p, s),
		"加减分："+strings.Join(zh, "、")+"，合计 "+signed(p, s),
		"bonus/penalty: "+strings.Join(en, ", ")+", in all "+signed(p, s))}, nil
}
