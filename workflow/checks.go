package workflow

import (
	"context"

	"jixiao/ent"
	"jixiao/ent/allocation"
	"jixiao/ent/assessment"
	"jixiao/rules"
)

// ReviewChecks runs the automatic checks of domain.md §Review checks on a
// target: what the rules read of its indicators and of its project.
func ReviewChecks(ctx context.Context, c *ent.Client, rs RuleSets, t *ent.Target) ([]rules.Check, error) {
	inds, err := c.Target.QueryIndicators(t).All(ctx)
	if err != nil {
		return nil, err
	}
	in := rules.ReviewInput{DepartmentWide: t.ProjectID == nil, HasTarget: true}
	for _, ind := range inds {
		weight := ind.Weight
		in.Indicators = append(in.Indicators, rules.ReviewIndicator{Name: ind.Name, Category: rules.IndicatorCategory(ind.Category),
			Comparator: rules.Comparator(ind.Comparator), Target: ind.TargetValue, Unit: ind.Unit, Weight: &weight,
			Historical: ind.Baseline, BudgetStandard: ind.StandardValue})
	}
	region := ""
	if t.ProjectID != nil {
		proj, err := c.Project.Query().Where(projectID(*t.ProjectID)).WithDepartment().Only(ctx)
		if err != nil {
			return nil, err
		}
		region, in.PublicService = proj.Edges.Department.Region, proj.PublicService
		allocs, err := c.Allocation.Query().Where(allocation.ProjectID(proj.ID), allocation.FiscalYear(t.FiscalYear)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, a := range allocs {
			in.BudgetFen += int64(AdjustedBudget(a))
		}
		latest, err := c.Assessment.Query().Where(assessment.ProjectID(proj.ID)).Order(ent.Desc(assessment.FieldAssessedAt)).First(ctx)
		if err == nil {
			in.Assessment = rules.Conclusion(latest.Conclusion)
		} else if !ent.IsNotFound(err) {
			return nil, err
		}
	}
	p, _, err := rs.For(ctx, region, t.FiscalYear)
	if err != nil {
		return nil, err
	}
	return rules.ReviewChecks(p, in), nil
}
