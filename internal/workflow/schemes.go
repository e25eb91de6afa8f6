package workflow

import (
	"context"
	"strings"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/evaluationscheme"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/rules"
)

// Schemes lets finance build and version evaluation schemes (评价方案 /
// 指标体系). A version is edited in place until an evaluation made from it is
// submitted; from then on it is frozen and changes only as a new version.
type Schemes struct {
	Client   *ent.Client
	RuleSets RuleSets
}

// SchemeInput is a new scheme's content.
type SchemeInput struct {
	Code        string
	Name        string
	Subject     evaluationscheme.Subject
	Description *string
	Definition  rules.SchemeDef
}

// SchemeChange edits a scheme version; nil leaves a part as it is. Points
// and Items replace the definition's together (an absent one is kept).
type SchemeChange struct {
	Name        *string
	Description *string
	Points      *decimal.Decimal
	Items       []rules.SchemeEntry // nil = unchanged
}

// check validates a definition under the national rule set (the scheme is
// not tied to a region; each evaluation scores under the one in force).
func (w Schemes) check(ctx context.Context, def rules.SchemeDef) error {
	p, _, err := w.RuleSets.Params(ctx, nil)
	if err != nil {
		return err
	}
	return rules.CheckSchemeDef(p, def)
}

func schemeName(name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", fail.BadInput("name", "评价方案须有名称", "a scheme needs a name")
	}
	return name, nil
}

// Create makes version 1 of a new scheme (finance only).
func (w Schemes) Create(ctx context.Context, in SchemeInput) (*ent.EvaluationScheme, error) {
	ctx = step(ctx)
	if err := financeOnly(ctx); err != nil {
		return nil, err
	}
	c := client(ctx, w.Client)
	code := strings.TrimSpace(in.Code)
	if code == "" {
		return nil, fail.BadInput("code", "评价方案须有编码", "a scheme needs a code")
	}
	name, err := schemeName(in.Name)
	if err != nil {
		return nil, err
	}
	if err := evaluationscheme.SubjectValidator(in.Subject); err != nil {
		return nil, fail.BadInput("subject", "未知的评价对象", "unknown subject")
	}
	if err := w.check(ctx, in.Definition); err != nil {
		return nil, err
	}
	taken, err := c.EvaluationScheme.Query().Where(evaluationscheme.Code(code)).Exist(ctx)
	if err != nil {
		return nil, err
	}
	if taken {
		return nil, fail.BadInput("code", "评价方案编码 "+code+" 已存在（修改请编辑或新建版本）", "scheme code "+code+" exists (edit it or make a new version)")
	}
	return c.EvaluationScheme.Create().SetCode(code).SetVersion(1).SetName(name).SetSubject(in.Subject).
		SetNillableDescription(in.Description).SetDefinition(in.Definition).Save(ctx)
}

// Update edits a scheme version under its lock; a frozen one is refused.
func (w Schemes) Update(ctx context.Context, id, lockVersion int, in SchemeChange) (*ent.EvaluationScheme, error) {
	ctx = step(ctx)
	if err := financeOnly(ctx); err != nil {
		return nil, err
	}
	c := client(ctx, w.Client)
	s, err := c.EvaluationScheme.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if s.LockVersion != lockVersion {
		return nil, fail.Conflict("评价方案", "evaluation scheme")
	}
	frozen, err := w.Frozen(ctx, id)
	if err != nil {
		return nil, err
	}
	if frozen {
		return nil, fail.Frozen("已有按此版本开展的评价提交，方案不能再修改；请新建版本",
			"an evaluation made from this version was submitted; the scheme is frozen, make a new version")
	}
	u := c.EvaluationScheme.Update().Where(evaluationscheme.ID(id), evaluationscheme.LockVersion(lockVersion)).AddLockVersion(1)
	if in.Name != nil {
		name, err := schemeName(*in.Name)
		if err != nil {
			return nil, err
		}
		u.SetName(name)
	}
	if in.Description != nil {
		u.SetDescription(strings.TrimSpace(*in.Description))
	}
	if in.Points != nil || in.Items != nil {
		def := s.Definition
		if in.Points != nil {
			def.Points = *in.Points
		}
		if in.Items != nil {
			def.Items = in.Items
		}
		if err := w.check(ctx, def); err != nil {
			return nil, err
		}
		u.SetDefinition(def)
	}
	n, err := u.Save(ctx)
	if err := conflictUnless(n, err, "评价方案", "evaluation scheme"); err != nil {
		return nil, err
	}
	return c.EvaluationScheme.Get(ctx, id)
}

// NewVersion copies a scheme version as the next version of its code, for
// editing after the old one froze; the old one stays as evaluations used it.
func (w Schemes) NewVersion(ctx context.Context, id int) (*ent.EvaluationScheme, error) {
	ctx = step(ctx)
	if err := financeOnly(ctx); err != nil {
		return nil, err
	}
	c := client(ctx, w.Client)
	s, err := c.EvaluationScheme.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	last, err := c.EvaluationScheme.Query().Where(evaluationscheme.Code(s.Code)).
		Order(ent.Desc(evaluationscheme.FieldVersion)).First(ctx)
	if err != nil {
		return nil, err
	}
	return c.EvaluationScheme.Create().SetCode(s.Code).SetVersion(last.Version + 1).SetName(s.Name).
		SetSubject(s.Subject).SetDescription(s.Description).SetDefinition(s.Definition).Save(ctx)
}

// submittedStatuses are the statuses past which an evaluation's scheme is final.
var submittedStatuses = []evaluation.Status{evaluation.StatusSubmitted, evaluation.StatusReviewed, evaluation.StatusPublished}

// Frozen tells whether an evaluation made from the scheme version was
// submitted. It reads past the viewer's scope: whether it is frozen is a fact
// of the scheme, not of evaluations the viewer may see.
func (w Schemes) Frozen(ctx context.Context, id int) (bool, error) {
	return client(ctx, w.Client).Evaluation.Query().
		Where(evaluation.EvaluationSchemeID(id), evaluation.StatusIn(submittedStatuses...)).Exist(public(ctx))
}

// PreviewItem is one item of a what-if, with its key and level.
type PreviewItem struct {
	Key    string
	Level  int
	Result rules.ItemResult
}

// Preview scores a scheme version with the scorer's inputs, saving nothing:
// the what-if of a draft before an evaluation uses it. The items come in the
// scheme's order, each parent before its children.
func (w Schemes) Preview(ctx context.Context, id int, inputs map[string]rules.EntryInput) (rules.SchemeResult, []PreviewItem, error) {
	s, err := client(ctx, w.Client).EvaluationScheme.Get(ctx, id)
	if err != nil {
		return rules.SchemeResult{}, nil, err
	}
	p, _, err := w.RuleSets.Params(ctx, nil)
	if err != nil {
		return rules.SchemeResult{}, nil, err
	}
	res, err := rules.ScoreSchemeDef(p, s.Definition, inputs)
	if err != nil {
		return rules.SchemeResult{}, nil, err
	}
	var items []PreviewItem
	var walk func(key string, results []rules.ItemResult, level int)
	walk = func(key string, results []rules.ItemResult, level int) {
		for i, e := range s.Definition.ChildrenOf(key) {
			items = append(items, PreviewItem{Key: e.Key, Level: level, Result: results[i]})
			walk(e.Key, results[i].Children, level+1)
		}
	}
	walk("", res.Root.Children, 1)
	return res, items, nil
}
