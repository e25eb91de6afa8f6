package workflow

import (
	"context"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/department"
	"jixiao/ent/indicator"
	"jixiao/ent/indicatortemplate"
	"jixiao/ent/target"
	"jixiao/internal/domain/rules"
)

// historyYears is the window a suggestion reads: the three years before.
const historyYears = 3

// libraryHistory is what the history of library indicators says: each
// (template, department) pair's actuals by year, and each template's values
// across all departments (the sector's distribution). Two sources are read:
// the library's own history (by department name) and the actual values
// recorded on approved targets' indicators drawn from the template; where a
// department has recorded actuals for a year, they replace the library's.
type libraryHistory struct {
	own    map[[2]int][]rules.YearValue // (template, department) → actuals
	sector map[int][]decimal.Decimal    // template → every department's values
}

// readHistory reads the history of templates for departments, for declared
// years in years, in three statements (templates, departments, indicators
// with their targets' years: two).
func readHistory(ctx context.Context, c *ent.Client, templateIDs, departmentIDs []int, years []int) (libraryHistory, error) {
	h := libraryHistory{own: map[[2]int][]rules.YearValue{}, sector: map[int][]decimal.Decimal{}}
	if len(templateIDs) == 0 || len(years) == 0 {
		return h, nil
	}
	lo, hi := years[0]-historyYears, years[0]-1
	for _, y := range years {
		lo, hi = min(lo, y-historyYears), max(hi, y-1)
	}
	tps, err := c.IndicatorTemplate.Query().Where(indicatortemplate.IDIn(templateIDs...)).
		Select(indicatortemplate.FieldHistory).All(ctx)
	if err != nil {
		return h, err
	}
	depts, err := c.Department.Query().Where(department.IDIn(departmentIDs...)).Select(department.FieldName).All(ctx)
	if err != nil {
		return h, err
	}
	idOfName := map[string]int{}
	for _, d := range depts {
		idOfName[d.Name] = d.ID
	}
	inds, err := c.Indicator.Query().Where(indicator.TemplateIDIn(templateIDs...), indicator.ActualValueNotNil(),
		indicator.HasTargetWith(target.FiscalYearGTE(lo), target.FiscalYearLTE(hi), target.StatusIn(target.StatusApproved, target.StatusAdjusting))).
		Select(indicator.FieldTemplateID, indicator.FieldDepartmentID, indicator.FieldActualValue, indicator.FieldTargetID).
		WithTarget(func(q *ent.TargetQuery) { q.Select(target.FieldFiscalYear) }).All(ctx)
	if err != nil {
		return h, err
	}
	recorded := map[[3]int][]decimal.Decimal{} // (template, department, year) → actuals
	for _, ind := range inds {
		k := [3]int{*ind.TemplateID, ind.DepartmentID, ind.Edges.Target.FiscalYear}
		recorded[k] = append(recorded[k], *ind.ActualValue)
	}
	for _, tp := range tps {
		for _, hv := range tp.History {
			v, err := decimal.NewFromString(hv.Value)
			if err != nil || hv.Year < lo || hv.Year > hi {
				continue
			}
			id, named := idOfName[hv.Department]
			if named && recorded[[3]int{tp.ID, id, hv.Year}] != nil {
				continue // the department's recorded actuals of that year replace the library's
			}
			h.sector[tp.ID] = append(h.sector[tp.ID], v)
			if named {
				h.own[[2]int{tp.ID, id}] = append(h.own[[2]int{tp.ID, id}], rules.YearValue{Year: hv.Year, Value: v})
			}
		}
	}
	for k, vs := range recorded {
		for _, v := range vs {
			h.own[[2]int{k[0], k[1]}] = append(h.own[[2]int{k[0], k[1]}], rules.YearValue{Year: k[2], Value: v})
			h.sector[k[0]] = append(h.sector[k[0]], v)
		}
	}
	return h, nil
}

// SuggestTarget suggests the target value of a library indicator declared by
// a department for a year (domain.md "Target-value suggestions").
func SuggestTarget(ctx context.Context, root *ent.Client, templateID, departmentID, year int) (*ent.IndicatorTemplate, rules.Suggestion, error) {
	c := client(ctx, root)
	tp, err := c.IndicatorTemplate.Get(ctx, templateID)
	if err != nil {
		return nil, rules.Suggestion{}, err
	}
	if _, err := c.Department.Get(ctx, departmentID); err != nil {
		return nil, rules.Suggestion{}, err
	}
	h, err := readHistory(ctx, c, []int{templateID}, []int{departmentID}, []int{year})
	if err != nil {
		return nil, rules.Suggestion{}, err
	}
	return tp, rules.SuggestTarget(tp.Comparator, year, h.own[[2]int{templateID, departmentID}], h.sector[templateID]), nil
}

// lastYearActuals is, for each indicator drawn from the library, the same
// template's actual of the year before for its target's department (the
// floor of the review check NOT_BELOW_LAST_ACTUAL); no statement is sent
// when no indicator comes from the library.
func lastYearActuals(ctx context.Context, c *ent.Client, targets []*ent.Target, inds []*ent.Indicator) (map[int]*decimal.Decimal, error) {
	out := map[int]*decimal.Decimal{}
	targetOf := map[int]*ent.Target{}
	for _, t := range targets {
		targetOf[t.ID] = t
	}
	var templateIDs, departmentIDs, years []int
	for _, ind := range inds {
		if ind.TemplateID != nil {
			t := targetOf[ind.TargetID]
			templateIDs, departmentIDs, years = append(templateIDs, *ind.TemplateID), append(departmentIDs, t.DepartmentID), append(years, t.FiscalYear)
		}
	}
	if len(templateIDs) == 0 {
		return out, nil
	}
	h, err := readHistory(ctx, c, templateIDs, departmentIDs, years)
	if err != nil {
		return nil, err
	}
	for _, ind := range inds {
		if ind.TemplateID == nil {
			continue
		}
		t := targetOf[ind.TargetID]
		var last []decimal.Decimal
		for _, v := range h.own[[2]int{*ind.TemplateID, t.DepartmentID}] {
			if v.Year == t.FiscalYear-1 {
				last = append(last, v.Value)
			}
		}
		if len(last) > 0 {
			m := decimal.Sum(last[0], last[1:]...).DivRound(decimal.NewFromInt(int64(len(last))), 2)
			out[ind.ID] = &m
		}
	}
	return out, nil
}
