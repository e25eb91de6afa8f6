package workflow

import (
	"context"

	"jixiao/ent"
	"jixiao/ent/allocation"
	"jixiao/ent/assessment"
	"jixiao/ent/indicator"
	"jixiao/ent/project"
	"jixiao/internal/domain/rules"
)

// ReviewChecks runs the automatic checks of domain.md §Review checks on a
// target: what the rules read of its indicators and of its project.
func ReviewChecks(ctx context.Context, c *ent.Client, rs RuleSets, t *ent.Target) ([]rules.Check, error) {
	checks, err := ReviewChecksOf(ctx, c, rs, []*ent.Target{t})
	if err != nil {
		return nil, err
	}
	return checks[0], nil
}

// ReviewChecksOf runs the checks of many targets (a review queue's page) with
// a fixed number of statements: each kind of row the rules read — indicators,
// projects and their departments, allocations, assessments, rule sets — is
// read once for all of them. The checks come back in the targets' order.
func ReviewChecksOf(ctx context.Context, root *ent.Client, rs RuleSets, targets []*ent.Target) ([][]rules.Check, error) {
	inputs, params, err := reviewInputs(ctx, root, rs, targets)
	if err != nil {
		return nil, err
	}
	out := make([][]rules.Check, len(targets))
	for i := range targets {
		out[i] = rules.ReviewChecks(params[i], inputs[i])
	}
	return out, nil
}

// reviewInputs reads what the checks read of each target, and the rule set
// that applies to it (its region and year).
func reviewInputs(ctx context.Context, root *ent.Client, rs RuleSets, targets []*ent.Target) ([]rules.ReviewInput, []rules.Params, error) {
	c := client(ctx, root)
	targetIDs, projectIDs := make([]int, 0, len(targets)), []int{}
	for _, t := range targets {
		targetIDs = append(targetIDs, t.ID)
		if t.ProjectID != nil {
			projectIDs = append(projectIDs, *t.ProjectID)
		}
	}
	inds, err := c.Indicator.Query().Where(indicator.TargetIDIn(targetIDs...)).Order(ent.Asc(indicator.FieldID)).All(ctx)
	if err != nil {
		return nil, nil, err
	}
	indicatorsOf := map[int][]*ent.Indicator{}
	for _, ind := range inds {
		indicatorsOf[ind.TargetID] = append(indicatorsOf[ind.TargetID], ind)
	}
	projects := map[int]*ent.Project{}
	budgets := map[[2]int]int64{} // (project, fiscal year) → adjusted budget in fen
	latest := map[int]*ent.Assessment{}
	if len(projectIDs) > 0 {
		ps, err := c.Project.Query().Where(project.IDIn(projectIDs...)).WithDepartment().All(ctx)
		if err != nil {
			return nil, nil, err
		}
		for _, p := range ps {
			projects[p.ID] = p
		}
		allocs, err := c.Allocation.Query().Where(allocation.ProjectIDIn(projectIDs...)).All(ctx)
		if err != nil {
			return nil, nil, err
		}
		for _, a := range allocs {
			budgets[[2]int{a.ProjectID, a.FiscalYear}] += int64(AdjustedBudget(a))
		}
		// Newest first: the first seen of each project is its latest.
		as, err := c.Assessment.Query().Where(assessment.ProjectIDIn(projectIDs...)).
			Order(ent.Desc(assessment.FieldAssessedAt), ent.Desc(assessment.FieldID)).All(ctx)
		if err != nil {
			return nil, nil, err
		}
		for _, a := range as {
			if _, seen := latest[a.ProjectID]; !seen {
				latest[a.ProjectID] = a
			}
		}
	}
	sets, err := rs.all(ctx)
	if err != nil {
		return nil, nil, err
	}
	lastActual, err := lastYearActuals(ctx, c, targets, inds)
	if err != nil {
		return nil, nil, err
	}

	inputs, params := make([]rules.ReviewInput, len(targets)), make([]rules.Params, len(targets))
	for i, t := range targets {
		in := rules.ReviewInput{DepartmentWide: t.ProjectID == nil, HasTarget: true}
		if t.RequestedAmount != nil {
			requested := int64(*t.RequestedAmount)
			in.RequestedFen = &requested
		}
		for _, ind := range indicatorsOf[t.ID] {
			weight := ind.Weight
			in.Indicators = append(in.Indicators, rules.ReviewIndicator{Name: ind.Name, Category: ind.Category,
				Comparator: ind.Comparator, Target: ind.TargetValue, Unit: ind.Unit, Weight: &weight,
				Historical: ind.Baseline, BudgetStandard: ind.StandardValue, LastYearActual: lastActual[ind.ID]})
		}
		region := ""
		if t.ProjectID != nil {
			proj, ok := projects[*t.ProjectID]
			if !ok { // the viewer may not read the project: say so as a single read would
				_, err := c.Project.Query().Where(project.ID(*t.ProjectID)).Only(ctx)
				return nil, nil, err
			}
			region, in.PublicService = proj.Edges.Department.Region, proj.PublicService
			in.BudgetFen = budgets[[2]int{proj.ID, t.FiscalYear}]
			if a := latest[proj.ID]; a != nil {
				in.Assessment = rules.Conclusion(a.Conclusion)
			}
		}
		inputs[i], params[i] = in, pick(sets, region, t.FiscalYear).params
	}
	return inputs, params, nil
}
