package workflow

import (
	"context"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/allocation"
	"jixiao/ent/disbursement"
	"jixiao/ent/indicator"
	"jixiao/ent/indicatorprogress"
	"jixiao/ent/monitoring"
	"jixiao/ent/target"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/fail"
	"jixiao/internal/domain/money"
	"jixiao/internal/domain/rules"
)

// Monitoring records the 双监控 of a project for one period: execution from
// the payments, indicator progress as reported, warnings by the rules.
type Monitoring struct {
	Client   *ent.Client
	RuleSets RuleSets
}

// ProgressInput is one indicator's progress as the department reports it.
type ProgressInput struct {
	IndicatorID      int
	CompletedToDate  *decimal.Decimal
	CompletedLevel   *enums.QualitativeLevel
	ExpectedFullYear *decimal.Decimal
	Reason           *indicatorprogress.Reason
	ReasonText       *string
	Likelihood       *indicatorprogress.Likelihood
}

// RecordInput is a monitoring period as the department reports it.
type RecordInput struct {
	ProjectID, FiscalYear, Month int
	CorrectiveAction             *string
	Recommendation               *monitoring.Recommendation
	Note                         *string
	Progresses                   []ProgressInput
	// LockVersion is the version of the period's record the department read;
	// required to replace an existing record (nil for a new period).
	LockVersion *int
}

// Record creates or replaces the monitoring record of a project and month.
func (w Monitoring) Record(ctx context.Context, in RecordInput) (*ent.Monitoring, error) {
	ctx = step(ctx)
	c := client(ctx, w.Client)
	proj, err := c.Project.Query().Where(projectID(in.ProjectID)).WithDepartment().Only(ctx)
	if err != nil {
		if ent.IsNotFound(err) {
			return nil, fail.Missing("projectID", "项目", "project", in.ProjectID)
		}
		return nil, err
	}
	p, _, err := w.RuleSets.For(ctx, proj.Edges.Department.Region, in.FiscalYear)
	if err != nil {
		return nil, err
	}
	budget, paid, err := w.execution(ctx, c, in.ProjectID, in.FiscalYear, in.Month)
	if err != nil {
		return nil, err
	}
	exec, err := rules.ExecutionWarning(p, paid.Decimal(), budget.Decimal(), in.Month)
	if err != nil {
		return nil, err
	}
	levels := []enums.WarningLevel{exec.Level}
	progress := make([]*ent.IndicatorProgressCreate, len(in.Progresses))
	for i, pr := range in.Progresses {
		ind, err := c.Indicator.Query().Where(indicator.ID(pr.IndicatorID), indicator.HasTargetWith(target.ProjectID(in.ProjectID))).Only(ctx)
		if err != nil {
			if ent.IsNotFound(err) {
				return nil, fail.Missing("progresses.indicatorID", "本项目的指标", "indicator of this project", pr.IndicatorID)
			}
			return nil, err
		}
		wi := rules.IndicatorProgress{Comparator: ind.Comparator, Target: ind.TargetValue, Completed: pr.CompletedToDate}
		if pr.CompletedLevel != nil {
			wi.Level = *pr.CompletedLevel
		}
		if pr.Likelihood != nil {
			wi.Likelihood = rules.Likelihood(*pr.Likelihood)
		}
		warn, err := rules.IndicatorWarning(p, wi, in.Month)
		if err != nil {
			return nil, err
		}
		levels = append(levels, warn.Level)
		progress[i] = c.IndicatorProgress.Create().SetIndicatorID(ind.ID).SetNillableCompletedToDate(pr.CompletedToDate).
			SetNillableCompletedLevel(pr.CompletedLevel).SetNillableExpectedFullYear(pr.ExpectedFullYear).
			SetNillableReason(pr.Reason).SetNillableLikelihood(pr.Likelihood).SetWarningLevel(warn.Level)
		if pr.ReasonText != nil {
			progress[i].SetReasonText(*pr.ReasonText)
		}
	}
	level := rules.WorstWarning(levels...)
	action := ""
	if in.CorrectiveAction != nil {
		action = *in.CorrectiveAction
	}
	if err := rules.CheckCorrectiveAction(level, action); err != nil {
		return nil, err
	}
	m, err := w.upsert(ctx, c, proj, in, budget, paid, level)
	if err != nil {
		return nil, err
	}
	for _, pc := range progress {
		pc.SetMonitoringID(m.ID)
	}
	if err := c.IndicatorProgress.CreateBulk(progress...).Exec(ctx); err != nil {
		return nil, err
	}
	if err := c.Project.UpdateOneID(proj.ID).SetWarningLevel(level).Exec(ctx); err != nil {
		return nil, err
	}
	return m, nil
}

// upsert writes the period's record, replacing an earlier report of it.
func (w Monitoring) upsert(ctx context.Context, c *ent.Client, proj *ent.Project, in RecordInput, budget, paid money.Money, level enums.WarningLevel) (*ent.Monitoring, error) {
	kind := monitoring.PeriodKindMonth
	if in.Month%3 == 0 {
		kind = monitoring.PeriodKindQuarter
	}
	approved, err := c.Target.Query().Where(target.ProjectID(proj.ID), target.FiscalYear(in.FiscalYear), target.StatusEQ(target.StatusApproved)).
		Order(ent.Desc(target.FieldVersion)).First(ctx)
	var targetID *int
	if err == nil {
		targetID = &approved.ID
	} else if !ent.IsNotFound(err) {
		return nil, err
	}
	old, err := c.Monitoring.Query().Where(monitoring.ProjectID(proj.ID), monitoring.FiscalYear(in.FiscalYear), monitoring.Month(in.Month)).Only(ctx)
	if err == nil {
		// Replacing a period's report names the version read: of two people
		// replacing it at once, one wins and the other is told.
		if in.LockVersion == nil || *in.LockVersion != old.LockVersion {
			return nil, fail.Conflict("本期监控记录", "monitoring record of this period")
		}
		n, err := c.Monitoring.Update().Where(monitoring.ID(old.ID), monitoring.LockVersion(old.LockVersion)).AddLockVersion(1).Save(ctx)
		if err := conflictUnless(n, err, "本期监控记录", "monitoring record of this period"); err != nil {
			return nil, err
		}
		if _, err := c.IndicatorProgress.Delete().Where(indicatorprogress.MonitoringID(old.ID)).Exec(ctx); err != nil {
			return nil, err
		}
		u := c.Monitoring.UpdateOneID(old.ID).SetBudget(budget).SetPaidToDate(paid).SetWarningLevel(level).
			SetNillableTargetID(targetID).SetNillableCorrectiveAction(in.CorrectiveAction).SetNillableNote(in.Note)
		if in.Recommendation != nil {
			u.SetRecommendation(*in.Recommendation)
		}
		return u.Save(ctx)
	}
	if !ent.IsNotFound(err) {
		return nil, err
	}
	cr := c.Monitoring.Create().SetProjectID(proj.ID).SetFiscalYear(in.FiscalYear).SetMonth(in.Month).SetPeriodKind(kind).
		SetBudget(budget).SetPaidToDate(paid).SetWarningLevel(level).SetNillableTargetID(targetID).
		SetNillableCorrectiveAction(in.CorrectiveAction).SetNillableNote(in.Note).SetNillableRecommendation(in.Recommendation)
	return cr.Save(ctx)
}

// execution is the project's adjusted budget of the year and what was paid
// up to the end of the month.
func (w Monitoring) execution(ctx context.Context, c *ent.Client, projectID, year, month int) (budget, paid money.Money, err error) {
	allocs, err := c.Allocation.Query().Where(allocation.ProjectID(projectID), allocation.FiscalYear(year)).All(ctx)
	if err != nil {
		return 0, 0, err
	}
	for _, a := range allocs {
		budget += AdjustedBudget(a)
	}
	pays, err := c.Disbursement.Query().Where(disbursement.ProjectID(projectID), disbursement.FiscalYear(year), disbursement.MonthLTE(month)).
		Select(disbursement.FieldAmount).All(ctx)
	if err != nil {
		return 0, 0, err
	}
	for _, d := range pays {
		paid += d.Amount
	}
	return budget, paid, nil
}

// AdjustedBudget is an allocation's adjusted budget, or its initial one when never adjusted.
func AdjustedBudget(a *ent.Allocation) money.Money {
	if a.AdjustedAmount != nil {
		return *a.AdjustedAmount
	}
	return a.InitialAmount
}
