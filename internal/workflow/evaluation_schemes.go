package workflow

import (
	"context"
	"encoding/json"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/evaluationscheme"
	"jixiao/ent/scoreitem"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/rules"
)

// Item parameters a stored scheme gives its score items, kept in
// ScoreItem.inputs beside the scorer's inputs.
const (
	inBands      = "bands"      // SURVEY: the bands, as JSON
	inMaxBonus   = "maxBonus"   // BONUS_PENALTY: the largest bonus
	inMaxPenalty = "maxPenalty" // BONUS_PENALTY: the largest penalty
)

// storedScheme is the scheme version an evaluation is to be made from, if
// one is named: its subject must match (a department scheme has no project),
// and a self-evaluation is always laid out on its target instead.
func (w Evaluations) storedScheme(ctx context.Context, c *ent.Client, in NewEvaluation) (*ent.EvaluationScheme, error) {
	if in.SchemeID == nil {
		return nil, nil
	}
	if in.Kind == evaluation.KindSelf {
		return nil, fail.BadInput("schemeId", "单位自评按项目的绩效目标生成评分项，不使用评价方案", "a self-evaluation is laid out on the project's target, not on a scheme")
	}
	s, err := c.EvaluationScheme.Get(ctx, *in.SchemeID)
	if ent.IsNotFound(err) {
		return nil, fail.Missing("schemeId", "评价方案", "evaluation scheme", *in.SchemeID)
	}
	if err != nil {
		return nil, err
	}
	if department := s.Subject == evaluationscheme.SubjectDepartment; department != (in.ProjectID == nil) {
		if department {
			return nil, fail.BadInput("projectID", "部门整体评价方案用于评价部门，不能指定项目", "a department-wide scheme evaluates a department, not a project")
		}
		return nil, fail.BadInput("projectID", "项目评价方案须指定项目", "a project scheme needs a project")
	}
	return s, nil
}

// layOut copies a scheme's items under parent as the evaluation's score
// items, with their parameters (shares as fractions, deduction sizes, survey
// bands, bonus limits) in their inputs.
func (w Evaluations) layOut(ctx context.Context, c *ent.Client, ev *ent.Evaluation, def rules.SchemeDef, key string, parent *int, level int) error {
	for order, e := range def.ChildrenOf(key) {
		inputs := map[string]string{}
		if it := e.ItemOf(); it.Share != nil {
			inputs["share"] = it.Share.String()
		}
		if e.Method == rules.MethodData {
			inputs[inMetric] = e.Code
		} else if e.Code != "" {
			inputs[inCode] = e.Code
		}
		if e.PerIncident != nil {
			inputs[inPerIncident] = e.PerIncident.String()
		}
		if len(e.Bands) > 0 {
			b, err := json.Marshal(e.Bands)
			if err != nil {
				return err
			}
			inputs[inBands] = string(b)
		}
		if e.MaxBonus != nil {
			inputs[inMaxBonus] = e.MaxBonus.String()
		}
		if e.MaxPenalty != nil {
			inputs[inMaxPenalty] = e.MaxPenalty.String()
		}
		saved, err := c.ScoreItem.Create().SetEvaluationID(ev.ID).SetName(e.Name).SetWeight(e.Points).
			SetMethod(scoreitem.Method(e.Method)).SetLevel(min(level, 3)).SetSortOrder(order).
			SetNillableParentID(parent).SetInputs(inputs).Save(ctx)
		if err != nil {
			return err
		}
		if err := w.layOut(ctx, c, ev, def, e.Key, &saved.ID, level+1); err != nil {
			return err
		}
	}
	return nil
}

// bandsOf reads a survey item's bands from its inputs (none = proportional).
func bandsOf(inputs map[string]string) []rules.SurveyBand {
	var bands []rules.SurveyBand
	if s, ok := inputs[inBands]; ok {
		_ = json.Unmarshal([]byte(s), &bands) // written by layOut from a checked scheme
	}
	return bands
}

// limitsOf is a bonus/penalty item's limits as a scheme entry.
func limitsOf(inputs map[string]string) rules.SchemeEntry {
	var e rules.SchemeEntry
	for key, dst := range map[string]**decimal.Decimal{inMaxBonus: &e.MaxBonus, inMaxPenalty: &e.MaxPenalty} {
		if s, ok := inputs[key]; ok {
			if d, err := decimal.NewFromString(s); err == nil {
				*dst = &d
			}
		}
	}
	return e
}
