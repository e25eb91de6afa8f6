package workflow

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"jixiao/ent"
	"jixiao/ent/indicator"
	"jixiao/ent/privacy"
	"jixiao/ent/target"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/money"
	"jixiao/internal/domain/rules"
)

// Targets moves performance targets through declaration, review and adjustment.
type Targets struct {
	Client   *ent.Client
	RuleSets RuleSets
}

// Submit sends a draft, returned or adjusting target to finance for review;
// a target failing an ERROR-level review check is not submitted.
func (w Targets) Submit(ctx context.Context, id, lockVersion int) (*ent.Target, error) {
	ctx = step(ctx)
	return w.move(ctx, id, lockVersion, enums.TargetActionSubmit, func(c *ent.Client, t *ent.Target, u *ent.TargetUpdate) error {
		checks, err := ReviewChecks(ctx, c, w.RuleSets, t)
		if err != nil {
			return err
		}
		if err := rules.BlockingChecks(checks); err != nil {
			return err
		}
		v, _ := viewer(ctx)
		u.SetSubmittedByID(v.UserID)
		return nil
	})
}

// Return sends a submitted target back to the department with comments.
func (w Targets) Return(ctx context.Context, id, lockVersion int, comments string, grade *enums.Grade) (*ent.Target, error) {
	if comments == "" {
		return nil, fail.BadInput("comments", "退回时须填写审核意见", "returning a target needs comments")
	}
	ctx = step(ctx)
	return w.move(ctx, id, lockVersion, enums.TargetActionReturn, func(c *ent.Client, t *ent.Target, _ *ent.TargetUpdate) error {
		checks, err := ReviewChecks(ctx, c, w.RuleSets, t)
		if err != nil {
			return err
		}
		return w.review(ctx, c, t, "RETURN", grade, comments, checks, false)
	})
}

// Approve approves a submitted target with its review grade; the reviewer may
// not be the one who submitted it, and only 优/良 targets go on to the budget.
// A failed ERROR-level check blocks the approval; failed WARNING-level ones
// need the reviewer's acknowledgement, recorded with the review. The checks
// are computed once and stored as they were. The approval records the
// approved amount (三同步): the reviewer's, else the amount requested, within
// the request and not below what is already allocated.
func (w Targets) Approve(ctx context.Context, id, lockVersion int, grade enums.Grade, comments string, acknowledgeWarnings bool, approvedAmount *money.Money) (*ent.Target, error) {
	ctx = step(ctx)
	return w.move(ctx, id, lockVersion, enums.TargetActionApprove, func(c *ent.Client, t *ent.Target, u *ent.TargetUpdate) error {
		if t.ProjectID != nil {
			if err := lockProject(ctx, c, *t.ProjectID); err != nil {
				return err
			}
		}
		inputs, params, err := reviewInputs(ctx, c, w.RuleSets, []*ent.Target{t})
		if err != nil {
			return err
		}
		checks := rules.ReviewChecks(params[0], inputs[0])
		if err := rules.CheckApproval(grade, checks); err != nil {
			return err
		}
		if err := rules.BlockingChecks(checks); err != nil {
			return err
		}
		if err := rules.UnacknowledgedWarnings(checks, acknowledgeWarnings); err != nil {
			return err
		}
		var given *int64
		if approvedAmount != nil {
			v := int64(*approvedAmount)
			given = &v
		}
		if t.ProjectID != nil || given != nil {
			approved, err := rules.ApprovedAmount(inputs[0].RequestedFen, inputs[0].BudgetFen, given)
			if err != nil {
				return err
			}
			if approved != nil {
				u.SetApprovedAmount(money.Money(*approved))
			}
		}
		if t.PredecessorID != nil {
			if err := c.Target.UpdateOneID(*t.PredecessorID).SetStatus(target.StatusSuperseded).AddLockVersion(1).Exec(ctx); err != nil {
				return err
			}
		}
		if err := projectEvent(ctx, c, t.ProjectID, rules.ProjectTargetApproved); err != nil {
			return err
		}
		return w.review(ctx, c, t, "APPROVE", &grade, comments, checks, acknowledgeWarnings)
	})
}

// Adjust opens an adjustment of an approved target: a new version, copied
// with its indicators, in ADJUSTING; the approved version stays in force until
// the new one is approved.
func (w Targets) Adjust(ctx context.Context, id, lockVersion int) (*ent.Target, error) {
	ctx = step(ctx)
	c := client(ctx, w.Client)
	old, err := c.Target.Query().Where(target.ID(id)).WithIndicators(func(q *ent.IndicatorQuery) {
		q.Order(ent.Asc(indicator.FieldSortOrder))
	}).Only(ctx)
	if err != nil {
		return nil, err
	}
	if old.LockVersion != lockVersion {
		return nil, fail.Conflict("绩效目标", "target")
	}
	if err := w.allow(ctx, c, old, enums.TargetActionAdjust); err != nil {
		return nil, err
	}
	// The approved version itself is read-only to departments; the transition
	// check above is what authorises touching its lock.
	n, err := c.Target.Update().Where(target.ID(id), target.LockVersion(lockVersion)).AddLockVersion(1).
		Save(privacy.DecisionContext(ctx, privacy.Allow))
	if err := conflictUnless(n, err, "绩效目标", "target"); err != nil {
		return nil, err
	}
	next, err := c.Target.Create().SetFiscalYear(old.FiscalYear).SetTerm(old.Term).SetGoal(old.Goal).
		SetStatus(target.StatusAdjusting).SetVersion(old.Version + 1).SetNillableProjectID(old.ProjectID).
		SetNillableRequestedAmount(old.RequestedAmount).
		SetDepartmentID(old.DepartmentID).SetPredecessorID(old.ID).Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, fail.Transition("该目标已有调整中的新版本", "this target already has an adjustment in progress")
	}
	if err != nil {
		return nil, err
	}
	copies := make([]*ent.IndicatorCreate, len(old.Edges.Indicators))
	for i, ind := range old.Edges.Indicators {
		copies[i] = c.Indicator.Create().SetTargetID(next.ID).SetCategory(ind.Category).SetSubcategory(ind.Subcategory).
			SetName(ind.Name).SetComparator(ind.Comparator).SetNillableTargetValue(ind.TargetValue).SetTargetText(ind.TargetText).
			SetUnit(ind.Unit).SetWeight(ind.Weight).SetStandard(ind.Standard).SetNillableBaseline(ind.Baseline).
			SetNillableStandardValue(ind.StandardValue).SetSortOrder(ind.SortOrder).SetNillableTemplateID(ind.TemplateID).
			SetPreviousID(ind.ID).SetLineageID(rules.LineageOf(ind.ID, ind.LineageID))
	}
	if err := c.Indicator.CreateBulk(copies...).Exec(ctx); err != nil {
		return nil, err
	}
	return next, nil
}

// allow refuses an action the viewer may not take on t now (actions.go).
func (w Targets) allow(ctx context.Context, c *ent.Client, t *ent.Target, a enums.TargetAction) error {
	v, err := viewer(ctx)
	if err != nil {
		return err
	}
	return refuseTarget(v, t, a, func() (bool, error) {
		found, err := AdjustmentsUnderWay(ctx, c, []int{t.ID})
		return found[t.ID], err
	})
}

// move takes a status-changing action if the viewer may take it now and
// nobody changed the target since lockVersion; extra runs in the same transaction.
func (w Targets) move(ctx context.Context, id, lockVersion int, action enums.TargetAction,
	extra func(c *ent.Client, t *ent.Target, u *ent.TargetUpdate) error) (*ent.Target, error) {
	to := target.Status(targetMoves[action])
	c := client(ctx, w.Client)
	t, err := c.Target.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if t.LockVersion != lockVersion {
		return nil, fail.Conflict("绩效目标", "target")
	}
	if err := w.allow(ctx, c, t, action); err != nil {
		return nil, err
	}
	u := c.Target.Update().Where(target.ID(id), target.LockVersion(lockVersion), target.StatusEQ(t.Status)).
		SetStatus(to).AddLockVersion(1)
	if err := extra(c, t, u); err != nil {
		return nil, err
	}
	n, err := u.Save(ctx)
	if err := conflictUnless(n, err, "绩效目标", "target"); err != nil {
		return nil, err
	}
	return c.Target.Get(ctx, id)
}

// review records finance's decision with the automatic checks of the moment
// and, for a failed warning, whether the reviewer acknowledged it.
func (w Targets) review(ctx context.Context, c *ent.Client, t *ent.Target, decision string, grade *enums.Grade, comments string,
	checks []rules.Check, acknowledged bool) error {
	v, _ := viewer(ctx)
	snapshot := make([]map[string]any, len(checks))
	for i, ch := range checks {
		snapshot[i] = map[string]any{"code": ch.Code, "passed": ch.Passed, "severity": ch.Severity, "zh": ch.ZH, "en": ch.EN}
		if !ch.Passed && ch.Severity == rules.SeverityWarning {
			snapshot[i]["acknowledged"] = acknowledged
		}
	}
	return c.Review.Create().SetTargetID(t.ID).SetReviewerID(v.UserID).SetDecision(reviewDecision(decision)).
		SetNillableGrade(grade).SetComments(comments).SetChecks(snapshot).Exec(ctx)
}

// Declare creates a target with its indicators, all or nothing.
func (w Targets) Declare(ctx context.Context, in ent.CreateTargetInput, indicators []*ent.CreateIndicatorInput) (*ent.Target, error) {
	ctx = step(ctx)
	c := client(ctx, w.Client)
	t, err := c.Target.Create().SetInput(in).Save(ctx)
	if err != nil {
		return nil, err
	}
	return t, w.createIndicators(ctx, c, t.ID, indicators, nil)
}

// Revise changes a draft, returned or adjusting target and replaces its
// indicators, under the same optimistic lock as the state changes.
func (w Targets) Revise(ctx context.Context, id, lockVersion int, in ent.UpdateTargetInput, indicators []*ent.CreateIndicatorInput) (*ent.Target, error) {
	ctx = step(ctx)
	c := client(ctx, w.Client)
	t, err := c.Target.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if t.LockVersion != lockVersion {
		return nil, fail.Conflict("绩效目标", "target")
	}
	if err := w.allow(ctx, c, t, enums.TargetActionRevise); err != nil {
		return nil, err
	}
	n, err := c.Target.Update().Where(target.ID(id), target.LockVersion(lockVersion)).SetInput(in).AddLockVersion(1).Save(ctx)
	if err := conflictUnless(n, err, "绩效目标", "target"); err != nil {
		return nil, err
	}
	// An adjusted version's indicators keep the link to the ones they revise
	// across a revision: a replacement with the same category, level-2
	// category and name is the same indicator.
	links := map[rules.IndicatorKey]rules.IndicatorLink{}
	if t.PredecessorID != nil {
		current, err := c.Indicator.Query().Where(indicator.TargetID(id), indicator.PreviousIDNotNil()).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, ind := range current {
			links[rules.KeyOfIndicator(string(ind.Category), string(ind.Subcategory), ind.Name)] =
				rules.IndicatorLink{Previous: *ind.PreviousID, Lineage: rules.LineageOf(*ind.PreviousID, ind.LineageID)}
		}
	}
	if _, err := c.Indicator.Delete().Where(indicator.TargetID(id)).Exec(ctx); err != nil {
		return nil, err
	}
	if err := w.createIndicators(ctx, c, id, indicators, links); err != nil {
		return nil, err
	}
	return c.Target.Get(ctx, id)
}

// createIndicators writes a declaration's indicators; links carries the
// lineage of an adjusted version's indicators over a revision.
func (w Targets) createIndicators(ctx context.Context, c *ent.Client, targetID int, indicators []*ent.CreateIndicatorInput,
	links map[rules.IndicatorKey]rules.IndicatorLink) error {
	for i, in := range indicators {
		in.TargetID = targetID
		if in.SortOrder == nil {
			order := i
			in.SortOrder = &order
		}
		create := c.Indicator.Create().SetInput(*in)
		if l, ok := links[rules.KeyOfIndicator(string(in.Category), string(in.Subcategory), in.Name)]; ok {
			create.SetPreviousID(l.Previous).SetLineageID(l.Lineage)
		}
		if err := create.Exec(ctx); err != nil {
			return indicatorError(i, err)
		}
	}
	return nil
}

// indicatorError names the row of a declaration an input error belongs to
// (field "indicators.<i>.<field>"), so that a form can mark that row.
func indicatorError(i int, err error) error {
	var (
		typed      *fail.Error
		validation *ent.ValidationError
		field      string
		zh, en     string
	)
	switch {
	case errors.As(err, &typed) && typed.Code == fail.CodeBadInput:
		field, zh, en = typed.Field, typed.ZH, typed.EN
	case errors.As(err, &validation):
		field = camel(validation.Name)
		zh, en = "字段 "+field+" 的值无效", validation.Error()
	default:
		return err
	}
	return fail.BadInput(fmt.Sprintf("indicators.%d.%s", i, field),
		fmt.Sprintf("第 %d 个指标：%s", i+1, zh), fmt.Sprintf("indicator %d: %s", i+1, en))
}

// camel turns an ent field name (target_value) into the GraphQL one (targetValue).
func camel(name string) string {
	parts := strings.Split(name, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}
