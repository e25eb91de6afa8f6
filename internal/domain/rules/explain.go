package rules

import "fmt"

// KV is one named input of an explanation, in the order it was given.
type KV struct{ Key, Value string }

// Explanation says how a result was computed, so that a department can see
// exactly why it got 7.5 of 10 points: the rule applied, its inputs, the
// formula with the numbers filled in, the result and the rule-set version,
// plus a whole sentence in Chinese and in English.
type Explanation struct {
	Rule           string // stable code of the rule applied, e.g. "POSITIVE_PARTIAL"
	Formula        string // language-neutral, e.g. "10 × 75 ÷ 100 = 7.50"
	Inputs         []KV
	Result         string // e.g. "7.50" or "YELLOW"
	RuleSetVersion string // e.g. "国家默认 v1"
	ZH             string
	EN             string
}

// Text is the sentence in lang: English for "en…", Chinese otherwise.
func (e Explanation) Text(lang string) string { return pick(lang, e.ZH, e.EN) }

// InputMap returns the inputs as a map (ScoreItem stores them as JSON).
func (e Explanation) InputMap() map[string]string {
	m := make(map[string]string, len(e.Inputs))
	for _, kv := range e.Inputs {
		m[kv.Key] = kv.Value
	}
	return m
}

// RuleSetLabel names the rule set and its version in Chinese and English.
func (p Params) RuleSetLabel() (zh, en string) {
	zh, en = p.RuleSetName, p.RuleSetNameEN
	if zh == "" {
		zh = "未命名"
	}
	if en == "" {
		en = "unnamed"
	}
	return fmt.Sprintf("%s v%d", zh, p.RuleSetVersion), fmt.Sprintf("%s v%d", en, p.RuleSetVersion)
}

// explain assembles an explanation; zh and en are the sentences without the
// rule-set suffix, which is added here so every explanation carries it.
func (p Params) explain(rule string, inputs []KV, formula, result, zh, en string) Explanation {
	labelZH, labelEN := p.RuleSetLabel()
	return Explanation{
		Rule:           rule,
		Formula:        formula,
		Inputs:         inputs,
		Result:         result,
		RuleSetVersion: labelZH,
		ZH:             zh + "（规则集 " + labelZH + "）",
		EN:             en + " (rule set " + labelEN + ")",
	}
}
