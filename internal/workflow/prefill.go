package workflow

import (
	"context"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/evidence"
	"jixiao/ent/indicator"
	"jixiao/ent/indicatorprogress"
	"jixiao/ent/scoreitem"
	"jixiao/ent/target"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/rules"
)

// Keys of a pre-filled item's inputs.
const (
	inCode       = "code"       // the item's scheme code (OUTPUT, EFFECT …), kept for the pre-fill
	inPrefill    = "prefill"    // MANUAL: the points pre-filled from the indicators
	inPrefillZH  = "prefillZh"  // where they came from, in Chinese
	inPrefillEN  = "prefillEn"  // … and in English
	inPrefillEvd = "evidence"   // the evidence links, one per line
	inPrefillSrc = "prefillFor" // SURVEY: the satisfaction indicators the rate came from
)

// prefill fills a key or third-party evaluation's 产出 and 效益 items from the
// project's approved indicators and their latest actual values: a MANUAL
// leaf gets the mean score of the indicators of its kind (产出数量 the
// quantity indicators, 产出质量 the quality ones, …, 效益 the effect ones) as
// its points, with where they came from and the evidence links; a SURVEY
// leaf under 效益 gets the mean of the satisfaction indicators (in %) as its
// rate. The evaluator confirms or changes them (a change needs a reason).
// Four reads whatever the project's size, then one write per filled item.
func (w Evaluations) prefill(ctx context.Context, c *ent.Client, ev *ent.Evaluation, p rules.Params) error {
	if ev.ProjectID == nil {
		return nil
	}
	rows, err := c.ScoreItem.Query().Where(scoreitem.EvaluationID(ev.ID)).All(ctx)
	if err != nil {
		return err
	}
	facts, err := indicatorFactsOf(ctx, c, *ev.ProjectID, ev.FiscalYear)
	if err != nil || len(facts) == 0 {
		return err
	}
	byID := map[int]*ent.ScoreItem{}
	for _, r := range rows {
		byID[r.ID] = r
	}
	// area is the level-1 code above an item (OUTPUT, EFFECT), sub the name
	// of its own parent group.
	area := func(r *ent.ScoreItem) (string, string) {
		sub := ""
		for r.ParentID != nil && byID[*r.ParentID] != nil {
			parent := byID[*r.ParentID]
			if sub == "" {
				sub = parent.Name
			}
			r = parent
		}
		return r.Inputs[inCode], sub
	}
	for _, r := range rows {
		code, sub := area(r)
		if code != rules.CodeOutput && code != rules.CodeEffect {
			continue
		}
		inputs := map[string]string{}
		for k, v := range r.Inputs {
			inputs[k] = v
		}
		switch r.Method {
		case scoreitem.MethodManual:
			pf, ok, err := rules.PrefillFromIndicators(p, factsFor(facts, code, sub), r.Weight)
			if err != nil || !ok {
				if err != nil {
					return err
				}
				continue
			}
			inputs[inScore], inputs[inPrefill] = pf.Score.String(), pf.Score.String()
			inputs[inPrefillZH], inputs[inPrefillEN] = pf.ZH, pf.EN
			if len(pf.Evidence) > 0 {
				inputs[inPrefillEvd] = strings.Join(pf.Evidence, "\n")
			}
		case scoreitem.MethodSurvey:
			rates, names := surveyRates(facts)
			if len(rates) == 0 {
				continue
			}
			sum := decimal.Zero
			for _, x := range rates {
				sum = sum.Add(x)
			}
			inputs[inRate] = sum.DivRound(decimal.NewFromInt(int64(len(rates))), 4).String()
			inputs[inPrefillSrc] = strings.Join(names, "、")
		default:
			continue
		}
		if err := c.ScoreItem.UpdateOneID(r.ID).SetInputs(inputs).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// factsFor chooses the indicators an item is pre-filled from: under 产出, those
// of the subcategory its group is named after (数量, 质量, 时效, 成本), or every
// output indicator when the group names none; under 效益, the effect ones.
func factsFor(facts []fact, code, sub string) []rules.IndicatorFact {
	var out []rules.IndicatorFact
	for _, f := range facts {
		keep := false
		switch code {
		case rules.CodeEffect:
			keep = f.category == enums.IndicatorCategoryEffect
		case rules.CodeOutput:
			switch {
			case strings.Contains(sub, "数量"):
				keep = f.subcategory == enums.SubcategoryQuantity
			case strings.Contains(sub, "质量"):
				keep = f.subcategory == enums.SubcategoryQuality
			case strings.Contains(sub, "时效"):
				keep = f.subcategory == enums.SubcategoryTimeliness
			case strings.Contains(sub, "成本"):
				keep = f.subcategory == enums.SubcategoryOutputCost || f.category == enums.IndicatorCategoryCost
			default:
				keep = f.category == enums.IndicatorCategoryOutput
			}
		}
		if keep {
			out = append(out, f.IndicatorFact)
		}
	}
	return out
}

type fact struct {
	rules.IndicatorFact
	category    enums.IndicatorCategory
	subcategory enums.Subcategory
	unit        string
}

// indicatorFactsOf reads the indicators of the project's approved target of
// the year (its latest version), each with its latest actual value: the one
// recorded on the indicator, else the latest monitoring's completed-to-date;
// and the evidence given: the indicator's links and the files attached to
// its monitoring progress. Three statements.
func indicatorFactsOf(ctx context.Context, c *ent.Client, projectID, year int) ([]fact, error) {
	tgt, err := c.Target.Query().Where(target.ProjectID(projectID), target.FiscalYear(year), target.StatusEQ(target.StatusApproved)).
		Order(ent.Desc(target.FieldVersion)).WithIndicators(func(q *ent.IndicatorQuery) { q.Order(ent.Asc(indicator.FieldSortOrder)) }).First(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	ids := make([]int, 0, len(tgt.Edges.Indicators))
	for _, ind := range tgt.Edges.Indicators {
		ids = append(ids, ind.ID)
	}
	progresses, err := c.IndicatorProgress.Query().Where(indicatorprogress.IndicatorIDIn(ids...)).
		Order(ent.Desc(indicatorprogress.FieldCreatedAt), ent.Desc(indicatorprogress.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	latest := map[int]*ent.IndicatorProgress{}
	progressOf := map[int]int{}
	var progressIDs []int
	for _, pr := range progresses {
		if latest[pr.IndicatorID] == nil {
			latest[pr.IndicatorID] = pr
		}
		progressOf[pr.ID] = pr.IndicatorID
		progressIDs = append(progressIDs, pr.ID)
	}
	files := map[int][]string{}
	if len(progressIDs) > 0 {
		evs, err := c.Evidence.Query().Where(evidence.IndicatorProgressIDIn(progressIDs...)).
			Select(evidence.FieldID, evidence.FieldName, evidence.FieldIndicatorProgressID).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			if e.IndicatorProgressID != nil {
				ind := progressOf[*e.IndicatorProgressID]
				files[ind] = append(files[ind], fmt.Sprintf("%s（附件 #%d）", e.Name, e.ID))
			}
		}
	}
	var out []fact
	for _, ind := range tgt.Edges.Indicators {
		f := fact{category: ind.Category, subcategory: ind.Subcategory, unit: strings.TrimSpace(ind.Unit)}
		f.Name = ind.Name
		f.Indicator = rules.Indicator{Comparator: ind.Comparator, Target: ind.TargetValue, Actual: ind.ActualValue}
		if f.Indicator.Actual == nil && latest[ind.ID] != nil {
			f.Indicator.Actual = latest[ind.ID].CompletedToDate
		}
		f.Evidence = append(append([]string{}, ind.Evidence...), files[ind.ID]...)
		out = append(out, f)
	}
	return out, nil
}

// surveyRates are the satisfaction indicators measured in percent with an
// actual value, as rates 0..1, and their names.
func surveyRates(facts []fact) ([]decimal.Decimal, []string) {
	var rates []decimal.Decimal
	var names []string
	hundred := decimal.NewFromInt(100)
	for _, f := range facts {
		a := f.Indicator.Actual
		if f.category != enums.IndicatorCategorySatisfaction || f.unit != "%" || a == nil || a.Sign() < 0 || a.GreaterThan(hundred) {
			continue
		}
		rates = append(rates, a.Div(hundred))
		names = append(names, fmt.Sprintf("%s %s%%", f.Name, a))
	}
	return rates, names
}
