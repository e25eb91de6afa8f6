package workflow

import (
	"context"
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/department"
	"jixiao/ent/evaluation"
	"jixiao/ent/expert"
	"jixiao/ent/expertscore"
	"jixiao/ent/scoreitem"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/rules"
)

// PanelItem is a panel's scoring of one manual item.
type PanelItem struct {
	ScoreItem *ent.ScoreItem
	Scores    []*ent.ExpertScore
	Aggregate *decimal.Decimal // nil until someone scored
	Spread    *decimal.Decimal
	Missing   []*ent.Expert
}

// open: panels change only while the evaluation is being scored.
func open(ev *ent.Evaluation) error {
	if ev.Status != evaluation.StatusPlanned && ev.Status != evaluation.StatusInProgress {
		return fail.Transition("评价已提交，专家组不能再变更", "the evaluation was submitted; its panel is final")
	}
	return nil
}

// AssignExperts sets an evaluation's panel (finance only). An expert who
// works in the evaluated department (or a department above or below it) or
// who declared a conflict with it is recused (回避) and refused; an expert who
// already scored cannot be taken off the panel.
func (w Evaluations) AssignExperts(ctx context.Context, id, lockVersion int, expertIDs []int) (*ent.Evaluation, error) {
	ctx = step(ctx)
	if err := financeOnly(ctx); err != nil {
		return nil, err
	}
	c := client(ctx, w.Client)
	ev, err := c.Evaluation.Query().Where(evaluation.ID(id)).WithExperts().Only(ctx)
	if err != nil {
		return nil, err
	}
	if ev.LockVersion != lockVersion {
		return nil, fail.Conflict("评价", "evaluation")
	}
	if err := open(ev); err != nil {
		return nil, err
	}
	experts, err := c.Expert.Query().Where(expert.IDIn(expertIDs...)).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, id := range expertIDs {
		if !slices.ContainsFunc(experts, func(e *ent.Expert) bool { return e.ID == id }) {
			return nil, fail.Missing("expertIds", "专家", "expert", id)
		}
	}
	related, err := lineOf(ctx, c, ev.DepartmentID)
	if err != nil {
		return nil, err
	}
	for _, e := range experts {
		if e.DepartmentID != nil && related[*e.DepartmentID] {
			return nil, fail.BadInput("expertIds", fmt.Sprintf("专家 %s 来自被评价部门（或其上下级单位），须回避", e.Name),
				fmt.Sprintf("expert %s works in the evaluated department (or a unit above or below it) and is recused", e.Name))
		}
		if slices.ContainsFunc(e.ConflictDepartmentIds, func(d int) bool { return related[d] }) {
			return nil, fail.BadInput("expertIds", fmt.Sprintf("专家 %s 申报了与被评价部门的利益冲突，须回避", e.Name),
				fmt.Sprintf("expert %s declared a conflict of interest with the evaluated department and is recused", e.Name))
		}
	}
	var removed []int
	for _, e := range ev.Edges.Experts {
		if !slices.Contains(expertIDs, e.ID) {
			removed = append(removed, e.ID)
		}
	}
	if len(removed) > 0 {
		scored, err := c.ExpertScore.Query().Where(expertscore.EvaluationID(id), expertscore.ExpertIDIn(removed...)).Exist(ctx)
		if err != nil {
			return nil, err
		}
		if scored {
			return nil, fail.BadInput("expertIds", "已评分的专家不能移出专家组", "an expert who already scored cannot leave the panel")
		}
	}
	return c.Evaluation.UpdateOneID(id).ClearExperts().AddExpertIDs(expertIDs...).AddLockVersion(1).Save(ctx)
}

// lineOf is a department with every department above and below it.
func lineOf(ctx context.Context, c *ent.Client, id int) (map[int]bool, error) {
	all, err := c.Department.Query().Select(department.FieldParentID).All(ctx)
	if err != nil {
		return nil, err
	}
	parent := map[int]*int{}
	for _, d := range all {
		parent[d.ID] = d.ParentID
	}
	under := func(d, root int) bool { // d is root or below it
		for seen := 0; seen <= len(parent); seen++ {
			if d == root {
				return true
			}
			p := parent[d]
			if p == nil {
				return false
			}
			d = *p
		}
		return false
	}
	line := map[int]bool{}
	for d := range parent {
		if under(d, id) || under(id, d) {
			line[d] = true
		}
	}
	line[id] = true
	return line, nil
}

// ExpertScoreInput is one expert's score of a manual item.
type ExpertScoreInput struct {
	ScoreItemID, ExpertID int
	Score                 decimal.Decimal
	Note                  *string
	LockVersion           *int // required when the expert changes their score
}

// ScoreAsExpert records an expert's score of a manual item on their own sheet
// (within [0, W]) and sets the item's score to the panel's aggregate through
// the one scoring path (Score), with the aggregate explained.
func (w Evaluations) ScoreAsExpert(ctx context.Context, in ExpertScoreInput) (*PanelItem, error) {
	ctx = step(ctx)
	c := client(ctx, w.Client)
	item, err := c.ScoreItem.Query().Where(scoreitem.ID(in.ScoreItemID)).
		WithEvaluation(func(q *ent.EvaluationQuery) { q.WithExperts() }).Only(ctx)
	if err != nil {
		return nil, err
	}
	ev := item.Edges.Evaluation
	// Scoring as an expert is scoring (Evaluation.viewerActions lists SCORE).
	if err := refuseEvaluation(auth.FromContext(ctx), ev, enums.EvaluationActionScore); err != nil {
		return nil, err
	}
	if item.Method != scoreitem.MethodManual {
		return nil, fail.BadInput("scoreItemId", "只有人工评分项由专家打分", "only manual items are scored by experts")
	}
	if !slices.ContainsFunc(ev.Edges.Experts, func(e *ent.Expert) bool { return e.ID == in.ExpertID }) {
		return nil, fail.BadInput("expertId", "该专家不在本评价的专家组中", "the expert is not on this evaluation's panel")
	}
	if in.Score.Sign() < 0 || in.Score.GreaterThan(item.Weight) {
		return nil, fail.BadInput("score", fmt.Sprintf("分数须在 0 至 %s 之间", item.Weight), fmt.Sprintf("the score must be within [0, %s]", item.Weight))
	}
	mine, err := c.ExpertScore.Query().Where(expertscore.ScoreItemID(item.ID), expertscore.ExpertID(in.ExpertID)).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		_, err = c.ExpertScore.Create().SetScoreItemID(item.ID).SetExpertID(in.ExpertID).SetEvaluationID(ev.ID).
			SetDepartmentID(ev.DepartmentID).SetScore(in.Score).SetNillableNote(in.Note).Save(ctx)
	case err != nil:
	case in.LockVersion == nil || *in.LockVersion != mine.LockVersion:
		return nil, fail.Conflict("专家评分", "expert's score")
	default:
		_, err = c.ExpertScore.UpdateOne(mine).SetScore(in.Score).SetNillableNote(in.Note).AddLockVersion(1).Save(ctx)
	}
	if err != nil {
		return nil, err
	}
	scores, err := c.ExpertScore.Query().Where(expertscore.ScoreItemID(item.ID)).Order(ent.Asc(expertscore.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	values := make([]decimal.Decimal, len(scores))
	for i, s := range scores {
		values[i] = s.Score
	}
	agg, err := rules.AggregateExpertScores(values)
	if err != nil {
		return nil, err
	}
	note := fmt.Sprintf("专家组合议：%d 位专家评分 / panel of %d experts", len(values), len(values))
	if _, err := w.Score(ctx, item.ID, ev.LockVersion, ScoreInput{Score: &agg, Note: &note}); err != nil {
		return nil, err
	}
	panel, err := w.ExpertPanel(ctx, ev.ID)
	if err != nil {
		return nil, err
	}
	for _, p := range panel {
		if p.ScoreItem.ID == item.ID {
			return p, nil
		}
	}
	return nil, fail.Missing("scoreItemId", "评分项", "score item", item.ID)
}

// ExpertPanel shows, for each manual item of an evaluation, each expert's
// score, the aggregate, the spread and who is still missing, in four
// statements whatever the number of items and experts.
func (w Evaluations) ExpertPanel(ctx context.Context, id int) ([]*PanelItem, error) {
	c := client(ctx, w.Client)
	ev, err := c.Evaluation.Query().Where(evaluation.ID(id)).WithExperts(func(q *ent.ExpertQuery) { q.Order(ent.Asc(expert.FieldID)) }).Only(ctx)
	if err != nil {
		return nil, err
	}
	items, err := c.ScoreItem.Query().Where(scoreitem.EvaluationID(id), scoreitem.MethodEQ(scoreitem.MethodManual)).
		Order(ent.Asc(scoreitem.FieldSortOrder), ent.Asc(scoreitem.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	scores, err := c.ExpertScore.Query().Where(expertscore.EvaluationID(id)).Order(ent.Asc(expertscore.FieldExpertID)).All(ctx)
	if err != nil {
		return nil, err
	}
	byItem := map[int][]*ent.ExpertScore{}
	for _, s := range scores {
		byItem[s.ScoreItemID] = append(byItem[s.ScoreItemID], s)
	}
	out := make([]*PanelItem, 0, len(items))
	for _, it := range items {
		p := &PanelItem{ScoreItem: it, Scores: byItem[it.ID], Missing: []*ent.Expert{}}
		if p.Scores == nil {
			p.Scores = []*ent.ExpertScore{}
		}
		values := make([]decimal.Decimal, len(p.Scores))
		for i, s := range p.Scores {
			values[i] = s.Score
		}
		if len(values) > 0 {
			agg, err := rules.AggregateExpertScores(values)
			if err != nil {
				return nil, err
			}
			spread := rules.PanelSpread(values)
			p.Aggregate, p.Spread = &agg, &spread
		}
		for _, e := range ev.Edges.Experts {
			if !slices.ContainsFunc(p.Scores, func(s *ent.ExpertScore) bool { return s.ExpertID == e.ID }) {
				p.Missing = append(p.Missing, e)
			}
		}
		out = append(out, p)
	}
	return out, nil
}
