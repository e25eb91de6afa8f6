package rules

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// IndicatorFact is one of a project's approved indicators with its latest
// actual value (the self-evaluation's, else the latest monitoring's) and the
// evidence links given for it.
type IndicatorFact struct {
	Name      string
	Indicator Indicator
	Evidence  []string
}

// Prefill is the score a key or third-party evaluation's item was pre-filled
// with from the project's indicators, and the evaluator's reason when the
// score given differs from it.
type Prefill struct {
	Score    decimal.Decimal
	ZH, EN   string // where it came from
	Evidence []string
	Reason   string
}

// PrefillFromIndicators suggests an item's points from the project's
// quantitative indicators with an actual value: the mean of their scores at
// the item's points (each scored as a 单位自评 indicator would be), rounded to
// the rule set's places. ok is false when no indicator can be scored (none,
// no actuals, or qualitative only: those the evaluator judges).
func PrefillFromIndicators(p Params, facts []IndicatorFact, points decimal.Decimal) (pf Prefill, ok bool, err error) {
	sum, n := decimal.Zero, 0
	var zh, en []string
	for _, f := range facts {
		if !f.Indicator.Comparator.Quantitative() || f.Indicator.Actual == nil || f.Indicator.Target == nil {
			continue
		}
		s, err := ScoreIndicator(p, f.Indicator, points)
		if err != nil {
			return Prefill{}, false, within(f.Name, err)
		}
		sum, n = sum.Add(s.Score), n+1
		zh = append(zh, fmt.Sprintf("%s 实际 %s / 目标 %s → %s", f.Name, f.Indicator.Actual, f.Indicator.Target, fixed(p, s.Score)))
		en = append(en, fmt.Sprintf("%s actual %s / target %s → %s", f.Name, f.Indicator.Actual, f.Indicator.Target, fixed(p, s.Score)))
		pf.Evidence = append(pf.Evidence, f.Evidence...)
	}
	if n == 0 {
		return Prefill{}, false, nil
	}
	pf.Score = divRound(sum, decimal.NewFromInt(int64(n)), p.ScorePlaces)
	pf.ZH = fmt.Sprintf("据 %d 项已批复指标预填 %s 分（%s）", n, fixed(p, pf.Score), strings.Join(zh, "；"))
	pf.EN = fmt.Sprintf("pre-filled %s points from %d approved indicators (%s)", fixed(p, pf.Score), n, strings.Join(en, "; "))
	if len(pf.Evidence) > 0 {
		pf.ZH += "，佐证：" + strings.Join(pf.Evidence, "、")
		pf.EN += ", evidence: " + strings.Join(pf.Evidence, ", ")
	}
	return pf, true, nil
}

// CheckPrefillChange: a score that differs from the pre-filled one needs the
// evaluator's reason.
func CheckPrefillChange(pf Prefill, given decimal.Decimal) error {
	if !given.Equal(pf.Score) && strings.TrimSpace(pf.Reason) == "" {
		return inputError("note", "评分 %s 与据指标预填的 %s 不同，须说明理由", "the score %s differs from the %s pre-filled from the indicators: give the reason", given, pf.Score)
	}
	return nil
}

// withPrefill tells in an item's explanation where its pre-filled points
// came from and whether the evaluator confirmed or changed them (and why).
func withPrefill(s Score, pf Prefill, given decimal.Decimal) Score {
	e := s.Explanation
	e.Inputs = append(e.Inputs, KV{"prefill", pf.Score.String()})
	if given.Equal(pf.Score) {
		e.ZH = pf.ZH + "，评价人确认；" + e.ZH
		e.EN = pf.EN + ", confirmed by the evaluator; " + e.EN
	} else {
		e.Inputs = append(e.Inputs, KV{"reason", pf.Reason})
		e.ZH = fmt.Sprintf("%s，评价人改为 %s，理由：%s；%s", pf.ZH, given, pf.Reason, e.ZH)
		e.EN = fmt.Sprintf("%s, changed by the evaluator to %s because: %s; %s", pf.EN, given, pf.Reason, e.EN)
	}
	s.Explanation = e
	return s
}
