package analytics_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/department"
	"jixiao/ent/evaluation"
	"jixiao/ent/fund"
	"jixiao/ent/indicator"
	"jixiao/ent/monitoring"
	"jixiao/ent/project"
	"jixiao/ent/rectification"
	"jixiao/ent/target"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

// admin is the viewer the fixture writes and reads as.
var admin = &auth.Viewer{UserID: 1, Username: "admin", Role: enums.RoleFinanceAdmin}

// asAdmin acts as the administrator writing fixtures (the workflow marker lets
// them write workflow tables directly, as the demo loader does).
func asAdmin() context.Context { return auth.ByWorkflow(auth.NewContext(context.Background(), admin)) }

// open gives a fresh migrated database with a statement counter.
func open(t *testing.T, url string) (*store.DB, *testdb.Counter) {
	t.Helper()
	counter := &testdb.Counter{}
	opt := store.DefaultOptions
	opt.Wrap = counter.Wrap
	return testdb.Open(t, url, opt), counter
}

// world is the small known data set: a city (市本级) with the education
// bureau 教育局 (A) and its school A1, and a county (县一) with the health
// bureau B and the county education bureau C.
type world struct {
	A, A1, B, C              *ent.Department
	pA, pA1, pB, pBmulti, pC *ent.Project
	f1, f2, f24              *ent.Fund
	alA, alA1, alB, alC      *ent.Allocation
}

var shanghai = func() *time.Location { l, _ := time.LoadLocation("Asia/Shanghai"); return l }()

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// seed writes the known data set through ent (hooks and all).
func seed(t *testing.T, c *ent.Client) *world {
	t.Helper()
	ctx := asAdmin()
	w := &world{}
	dep := func(code, name, region string, sector enums.Sector, parent *ent.Department) *ent.Department {
		q := c.Department.Create().SetCode(code).SetName(name).SetRegion(region).SetSector(sector)
		if parent != nil {
			q.SetParentID(parent.ID)
		}
		return must(q.Save(ctx))
	}
	w.A = dep("A", "市教育局", "市本级", enums.SectorEducation, nil)
	w.A1 = dep("A1", "市第一中学", "市本级", enums.SectorEducation, w.A)
	w.B = dep("B", "县卫健局", "县一", enums.SectorHealth, nil)
	w.C = dep("C", "县教育局", "县一", enums.SectorEducation, nil)

	fnd := func(year int, src fund.Source) *ent.Fund {
		return must(c.Fund.Create().SetFiscalYear(year).SetName(fmt.Sprintf("资金%d%s", year, src)).SetSource(src).
			SetLevel(fund.LevelCity).SetAmount(money.Yuan(100_000_000)).Save(ctx))
	}
	w.f1, w.f2, w.f24 = fnd(2025, fund.SourceGeneralBudget), fnd(2025, fund.SourceTransfer), fnd(2024, fund.SourceGeneralBudget)

	proj := func(code string, d *ent.Department, year int, end *int, cat project.Category, sector enums.Sector, key bool) *ent.Project {
		return must(c.Project.Create().SetCode(code).SetName("项目" + code).SetDepartmentID(d.ID).SetFiscalYear(year).
			SetNillableEndYear(end).SetCategory(cat).SetSector(sector).SetKeyProject(key).Save(ctx))
	}
	end := 2025
	w.pA = proj("PA", w.A, 2025, nil, project.CategorySpecialBusiness, enums.SectorEducation, true)
	w.pA1 = proj("PA1", w.A1, 2025, nil, project.CategoryCapitalConstruction, enums.SectorEducation, false)
	w.pB = proj("PB", w.B, 2025, nil, project.CategorySpecialBusiness, enums.SectorHealth, false)
	w.pBmulti = proj("PB2", w.B, 2024, &end, project.CategoryPolicy, enums.SectorHealth, true)
	w.pC = proj("PC", w.C, 2025, nil, project.CategorySpecialBusiness, enums.SectorEducation, false)

	alloc := func(p *ent.Project, f *ent.Fund, year int, initial, adjusted int64) *ent.Allocation {
		q := c.Allocation.Create().SetProjectID(p.ID).SetFundID(f.ID).SetFiscalYear(year).SetInitialAmount(money.Yuan(initial))
		if adjusted > 0 {
			q.SetAdjustedAmount(money.Yuan(adjusted))
		}
		return must(q.Save(ctx))
	}
	w.alA = alloc(w.pA, w.f1, 2025, 1_000_000, 1_200_000)
	alA2 := alloc(w.pA, w.f2, 2025, 300_000, 0)
	w.alA1 = alloc(w.pA1, w.f1, 2025, 500_000, 0)
	w.alB = alloc(w.pB, w.f1, 2025, 800_000, 600_000)
	alB24 := alloc(w.pBmulti, w.f24, 2024, 400_000, 0)
	alBmulti := alloc(w.pBmulti, w.f1, 2025, 200_000, 0)
	w.alC = alloc(w.pC, w.f2, 2025, 700_000, 0)

	pay := func(a *ent.Allocation, at time.Time, yuan string) {
		must(c.Disbursement.Create().SetAllocationID(a.ID).SetPaidOn(at).SetAmount(must(money.Parse(yuan))).Save(ctx))
	}
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 10, 0, 0, 0, shanghai) }
	pay(w.alA, day(2025, 2, 10), "300000.10")
	pay(w.alA, day(2025, 6, 15), "250000.25")
	// 23:30 UTC on 31 March is 1 April in Beijing: it belongs to April.
	pay(w.alA, time.Date(2025, 3, 31, 23, 30, 0, 0, time.UTC), "100000.00")
	pay(alA2, day(2025, 7, 1), "150000.00")
	pay(w.alA1, day(2025, 9, 30), "400000.00")
	pay(w.alB, day(2025, 11, 20), "120000.00")
	pay(alB24, day(2024, 12, 1), "380000.00")
	pay(alBmulti, day(2025, 1, 5), "50000.00")
	pay(w.alC, day(2025, 4, 1), "700000.00")
	// (A payment is dated inside its allocation's fiscal year: the money
	// guards refuse a 2026 payment out of a 2025 allocation.)

	tgt := func(p *ent.Project, d *ent.Department, year int, status target.Status) *ent.Target {
		q := c.Target.Create().SetDepartmentID(d.ID).SetFiscalYear(year).SetGoal("目标").SetStatus(status)
		if p != nil {
			q.SetProjectID(p.ID)
		}
		return must(q.Save(ctx))
	}
	tA := tgt(w.pA, w.A, 2025, target.StatusApproved)
	tA1old := tgt(w.pA1, w.A1, 2025, target.StatusApproved)
	tA1 := tgt(w.pA1, w.A1, 2025, target.StatusAdjusting)
	must(c.Target.UpdateOne(tA1).SetPredecessorID(tA1old.ID).Save(ctx)) // a newer version
	tB := tgt(w.pB, w.B, 2025, target.StatusSubmitted)
	tgt(w.pBmulti, w.B, 2025, target.StatusDraft)
	tgt(nil, w.B, 2025, target.StatusApproved) // department-wide
	superseded := tgt(w.pC, w.C, 2025, target.StatusSuperseded)
	tC := tgt(w.pC, w.C, 2025, target.StatusApproved)
	tgt(w.pBmulti, w.B, 2024, target.StatusApproved)

	ind := func(t *ent.Target, cat enums.IndicatorCategory, sub enums.Subcategory, cmp enums.Comparator, weight, tv, av string, level *enums.QualitativeLevel, unit string) {
		q := c.Indicator.Create().SetTargetID(t.ID).SetCategory(cat).SetSubcategory(sub).SetName("指标").SetComparator(cmp).
			SetWeight(dec(weight)).SetUnit(unit).SetNillableActualLevel(level)
		if tv != "" {
			q.SetTargetValue(dec(tv))
		}
		if av != "" {
			q.SetActualValue(dec(av))
		}
		must(q.Save(ctx))
	}
	achieved, partly := enums.QualitativeLevelAchieved, enums.QualitativeLevelPartlyAchieved
	O, E, S := enums.IndicatorCategoryOutput, enums.IndicatorCategoryEffect, enums.IndicatorCategorySatisfaction
	Q, QL, SB := enums.SubcategoryQuantity, enums.SubcategoryQuality, enums.SubcategorySocialBenefit
	ind(tA, O, Q, enums.ComparatorGte, "30", "1000", "1200", nil, "人次")                             // completed
	ind(tA, O, Q, enums.ComparatorGte, "20", "50", "40", nil, "所")                                  // not completed
	ind(tA, O, QL, enums.ComparatorLte, "10", "5", "5", nil, "%")                                   // completed (reverse)
	ind(tA, E, SB, enums.ComparatorQualitative, "20", "", "", &achieved, "")                        // completed
	ind(tA, S, enums.SubcategoryServiceSatisfaction, enums.ComparatorGte, "10", "90", "", nil, "%") // not reported
	ind(tA1, O, Q, enums.ComparatorGte, "40", "10", "10", nil, "间")                                 // adjustment under way: not counted
	ind(tA1old, O, Q, enums.ComparatorGte, "40", "10", "2", nil, "间")                               // the approved version in force: reported, not completed
	ind(tA1, E, SB, enums.ComparatorQualitative, "30", "", "", &partly, "")                         // adjustment under way: not counted
	ind(tB, O, Q, enums.ComparatorEq, "50", "0", "0", nil, "起")                                     // = 0 met
	ind(tB, O, Q, enums.ComparatorGt, "40", "100", "99.5", nil, "人")                                // not met
	ind(tC, O, Q, enums.ComparatorGte, "60", "1000", "1400", nil, "人次")                             // completed
	ind(superseded, O, Q, enums.ComparatorGte, "60", "1000", "1", nil, "人次")

	mon := func(p *ent.Project, year, month int, level enums.WarningLevel) *ent.Monitoring {
		return must(c.Monitoring.Create().SetProjectID(p.ID).SetFiscalYear(year).SetMonth(month).
			SetBudget(money.Yuan(1)).SetPaidToDate(money.Yuan(1)).SetWarningLevel(level).Save(ctx))
	}
	mon(w.pA, 2025, 6, enums.WarningLevelRed)
	mA := mon(w.pA, 2025, 8, enums.WarningLevelYellow) // latest: yellow
	mon(w.pA1, 2025, 8, enums.WarningLevelRed)
	mon(w.pB, 2025, 3, enums.WarningLevelGreen)
	mB := mon(w.pB, 2025, 9, enums.WarningLevelRed)
	mon(w.pBmulti, 2024, 12, enums.WarningLevelRed)

	evIn := func(status evaluation.Status, p *ent.Project, d *ent.Department, year int, kind evaluation.Kind, score string, grade enums.Grade) *ent.Evaluation {
		q := c.Evaluation.Create().SetDepartmentID(d.ID).SetFiscalYear(year).SetKind(kind).SetScheme("SELF").
			SetStatus(status)
		if p != nil {
			q.SetProjectID(p.ID)
		}
		if score != "" {
			q.SetTotalScore(dec(score)).SetGrade(grade)
		}
		return must(q.Save(ctx))
	}
	ev := func(p *ent.Project, d *ent.Department, year int, kind evaluation.Kind, score string, grade enums.Grade) *ent.Evaluation {
		return evIn(evaluation.StatusSubmitted, p, d, year, kind, score, grade)
	}
	eA := ev(w.pA, w.A, 2025, evaluation.KindSelf, "92.35", enums.GradeExcellent)
	// Drafts never count: a department's own evaluation still in progress,
	// however high its score, is in no average, grade count or ranking.
	evIn(evaluation.StatusInProgress, w.pC, w.C, 2025, evaluation.KindDepartment, "100", enums.GradeExcellent)
	evIn(evaluation.StatusPlanned, nil, w.A, 2025, evaluation.KindDepartment, "99", enums.GradeExcellent)
	ev(w.pA, w.A, 2025, evaluation.KindFinanceKey, "85.5", enums.GradeGood)
	ev(w.pA1, w.A1, 2025, evaluation.KindSelf, "78.004", enums.GradeFair)
	ev(w.pB, w.B, 2025, evaluation.KindSelf, "59.99", enums.GradePoor)
	ev(nil, w.B, 2025, evaluation.KindDepartment, "88.01", enums.GradeGood)
	ev(w.pBmulti, w.B, 2025, evaluation.KindSelf, "", "") // planned, no score yet
	ev(w.pC, w.C, 2025, evaluation.KindThirdParty, "91", enums.GradeExcellent)
	ev(w.pBmulti, w.B, 2024, evaluation.KindSelf, "70", enums.GradeFair)

	rect := func(d *ent.Department, e *ent.Evaluation, m *ent.Monitoring, deadline time.Time, status rectification.Status) {
		q := c.Rectification.Create().SetDepartmentID(d.ID).SetProblem("问题").SetRequiredAction("整改").
			SetDeadline(deadline).SetStatus(status)
		if e != nil {
			q.SetEvaluationID(e.ID)
		}
		if m != nil {
			q.SetMonitoringID(m.ID)
		}
		must(q.Save(ctx))
	}
	past, future := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC)
	rect(w.A, eA, nil, past, rectification.StatusOpen)         // overdue
	rect(w.A, nil, mA, future, rectification.StatusInProgress) // open
	rect(w.A1, eA, nil, past, rectification.StatusDone)        // done
	rect(w.B, nil, mB, past, rectification.StatusInProgress)   // overdue
	return w
}

// ref is the independent computation: the figures of every department in a
// year, in plain Go over the rows read with ent (the definitions of
// graph/analytics.graphql, not the SQL).
type ref struct {
	projects, keyProjects                 int
	initial, adjusted, paid               money.Money
	declared, approved                    int
	indicators, reported, completed       int
	evaluations, scored                   int
	scoreSum                              decimal.Decimal
	grades                                map[enums.Grade]int
	monitored, red, yellow, open, overdue int
	monthly                               [13]money.Money
}

func (r *ref) add(o *ref) {
	r.projects += o.projects
	r.keyProjects += o.keyProjects
	r.initial += o.initial
	r.adjusted += o.adjusted
	r.paid += o.paid
	r.declared += o.declared
	r.approved += o.approved
	r.indicators += o.indicators
	r.reported += o.reported
	r.completed += o.completed
	r.evaluations += o.evaluations
	r.scored += o.scored
	r.scoreSum = r.scoreSum.Add(o.scoreSum)
	for g, n := range o.grades {
		r.grades[g] += n
	}
	r.monitored += o.monitored
	r.red += o.red
	r.yellow += o.yellow
	r.open += o.open
	r.overdue += o.overdue
	for i := range r.monthly {
		r.monthly[i] += o.monthly[i]
	}
}

func (r *ref) average() *decimal.Decimal {
	if r.scored == 0 {
		return nil
	}
	a := r.scoreSum.DivRound(decimal.NewFromInt(int64(r.scored)), 8).Round(2)
	return &a
}

func newRef() *ref { return &ref{grades: map[enums.Grade]int{}} }

// reference computes every department's own figures of a year.
func reference(t *testing.T, c *ent.Client, year int, now time.Time) map[int]*ref {
	t.Helper()
	ctx := asAdmin()
	out := map[int]*ref{}
	get := func(id int) *ref {
		if out[id] == nil {
			out[id] = newRef()
		}
		return out[id]
	}
	for _, d := range must(c.Department.Query().All(ctx)) {
		get(d.ID)
	}
	for _, p := range must(c.Project.Query().All(ctx)) {
		last := p.FiscalYear
		if p.EndYear != nil {
			last = *p.EndYear
		}
		if p.FiscalYear <= year && year <= last {
			get(p.DepartmentID).projects++
			if p.KeyProject {
				get(p.DepartmentID).keyProjects++
			}
		}
	}
	for _, a := range must(c.Allocation.Query().Where().All(ctx)) {
		if a.FiscalYear != year {
			continue
		}
		r := get(a.DepartmentID)
		r.initial += a.InitialAmount
		if a.AdjustedAmount != nil {
			r.adjusted += *a.AdjustedAmount
		} else {
			r.adjusted += a.InitialAmount
		}
	}
	for _, d := range must(c.Disbursement.Query().All(ctx)) {
		local := d.PaidOn.In(shanghai)
		if local.Year() != year {
			continue
		}
		get(d.DepartmentID).paid += d.Amount
		get(d.DepartmentID).monthly[local.Month()] += d.Amount
	}
	targets := must(c.Target.Query().WithIndicators().All(ctx))
	for _, tg := range targets {
		if tg.FiscalYear != year || !inForce(tg) {
			continue
		}
		r := get(tg.DepartmentID)
		switch tg.Status {
		case target.StatusSubmitted, target.StatusReturned:
			r.declared++
		case target.StatusApproved:
			r.declared++
			r.approved++
		}
		for _, i := range tg.Edges.Indicators {
			r.indicators++
			if i.Comparator == enums.ComparatorQualitative {
				if i.ActualLevel != nil {
					r.reported++
					if *i.ActualLevel == enums.QualitativeLevelAchieved {
						r.completed++
					}
				}
				continue
			}
			if i.ActualValue == nil {
				continue
			}
			r.reported++
			if i.TargetValue == nil {
				continue
			}
			a, tv := *i.ActualValue, *i.TargetValue
			met := false
			switch i.Comparator {
			case enums.ComparatorLt, enums.ComparatorLte:
				met = a.LessThanOrEqual(tv)
			case enums.ComparatorEq:
				if tv.IsZero() {
					met = a.IsZero()
				} else {
					met = a.GreaterThanOrEqual(tv)
				}
			default:
				met = a.GreaterThanOrEqual(tv)
			}
			if met {
				r.completed++
			}
		}
	}
	latest := map[int]*ent.Monitoring{}
	for _, m := range must(c.Monitoring.Query().Where(monitoring.FiscalYear(year)).All(ctx)) {
		if l := latest[m.ProjectID]; l == nil || m.Month > l.Month {
			latest[m.ProjectID] = m
		}
	}
	for _, m := range latest {
		r := get(m.DepartmentID)
		r.monitored++
		switch m.WarningLevel {
		case enums.WarningLevelRed:
			r.red++
		case enums.WarningLevelYellow:
			r.yellow++
		}
	}
	evals := map[int]*ent.Evaluation{}
	for _, e := range must(c.Evaluation.Query().All(ctx)) {
		evals[e.ID] = e
		if e.FiscalYear != year || !handedIn(e) {
			continue
		}
		r := get(e.DepartmentID)
		r.evaluations++
		if e.TotalScore != nil {
			r.scored++
			r.scoreSum = r.scoreSum.Add(*e.TotalScore)
		}
		if e.Grade != nil {
			r.grades[*e.Grade]++
		}
	}
	mons := map[int]*ent.Monitoring{}
	for _, m := range must(c.Monitoring.Query().All(ctx)) {
		mons[m.ID] = m
	}
	for _, x := range must(c.Rectification.Query().All(ctx)) {
		if x.Status == rectification.StatusDone {
			continue
		}
		y := 0
		if x.EvaluationID != nil {
			y = evals[*x.EvaluationID].FiscalYear
		} else if x.MonitoringID != nil {
			y = mons[*x.MonitoringID].FiscalYear
		}
		if y != year {
			continue
		}
		get(x.DepartmentID).open++
		if x.Deadline.Before(now) {
			get(x.DepartmentID).overdue++
		}
	}
	return out
}

// subtree adds up a department and everything below it.
func subtree(t *testing.T, c *ent.Client, refs map[int]*ref, root int) *ref {
	t.Helper()
	total := newRef()
	ids := []int{root}
	for len(ids) > 0 {
		id := ids[0]
		ids = ids[1:]
		if r := refs[id]; r != nil {
			total.add(r)
		}
		ids = append(ids, must(c.Department.Query().Where(department.ParentID(id)).IDs(asAdmin()))...)
	}
	return total
}

// sortedKeys lists a map's keys in order (stable failure messages).
func sortedKeys[V any](m map[int]V) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

var _ = indicator.FieldID

func timeNow() time.Time { return time.Now() }

// comparisonRef is the independent computation of the same-type comparison:
// every project of the sector running in the year, keyed by project id.
type comparisonRef struct {
	budget, paid money.Money
	score        *decimal.Decimal
	kind         *evaluation.Kind
	indicator    *int
	unit         string
	actual       *decimal.Decimal
}

var authority = map[evaluation.Kind]int{evaluation.KindFinanceKey: 0, evaluation.KindThirdParty: 1, evaluation.KindDepartment: 2, evaluation.KindSelf: 3}

func compareReference(t *testing.T, c *ent.Client, year int, sector enums.Sector) map[int]*comparisonRef {
	t.Helper()
	ctx := asAdmin()
	out := map[int]*comparisonRef{}
	projects := must(c.Project.Query().Where(project.SectorEQ(sector)).
		WithAllocations().WithDisbursements().WithEvaluations().
		WithTargets(func(q *ent.TargetQuery) { q.WithIndicators() }).All(ctx))
	for _, p := range projects {
		last := p.FiscalYear
		if p.EndYear != nil {
			last = *p.EndYear
		}
		if p.FiscalYear > year || year > last {
			continue
		}
		r := &comparisonRef{}
		for _, a := range p.Edges.Allocations {
			if a.FiscalYear == year {
				if a.AdjustedAmount != nil {
					r.budget += *a.AdjustedAmount
				} else {
					r.budget += a.InitialAmount
				}
			}
		}
		for _, d := range p.Edges.Disbursements {
			if d.PaidOn.In(shanghai).Year() == year {
				r.paid += d.Amount
			}
		}
		var best *ent.Evaluation
		for _, e := range p.Edges.Evaluations {
			if e.FiscalYear != year || e.TotalScore == nil || !handedIn(e) {
				continue
			}
			if best == nil || authority[e.Kind] < authority[best.Kind] ||
				authority[e.Kind] == authority[best.Kind] && (e.UpdatedAt.After(best.UpdatedAt) || e.UpdatedAt.Equal(best.UpdatedAt) && e.ID > best.ID) {
				best = e
			}
		}
		if best != nil {
			s := best.TotalScore.Round(2)
			r.score, r.kind = &s, &best.Kind
		}
		var main *ent.Indicator
		for _, tg := range p.Edges.Targets {
			if tg.FiscalYear != year || !inForce(tg) {
				continue
			}
			for _, i := range tg.Edges.Indicators {
				if i.Category != enums.IndicatorCategoryOutput || i.Subcategory != enums.SubcategoryQuantity || i.Comparator == enums.ComparatorQualitative {
					continue
				}
				if main == nil || i.Weight.GreaterThan(main.Weight) ||
					i.Weight.Equal(main.Weight) && (i.SortOrder < main.SortOrder || i.SortOrder == main.SortOrder && i.ID < main.ID) {
					main = i
				}
			}
		}
		if main != nil {
			r.indicator, r.unit, r.actual = &main.ID, main.Unit, main.ActualValue
		}
		out[p.ID] = r
	}
	return out
}

// inForce is the independent statement of which target version counts: the
// approved one, or a first version handed in and not yet approved; drafts
// and adjustments under way never.
func inForce(t *ent.Target) bool {
	switch t.Status {
	case target.StatusApproved:
		return true
	case target.StatusSubmitted, target.StatusReturned:
		return t.PredecessorID == nil
	}
	return false
}

// handedIn: an evaluation counts once it is at least submitted.
func handedIn(e *ent.Evaluation) bool {
	return e.Status == evaluation.StatusSubmitted || e.Status == evaluation.StatusReviewed || e.Status == evaluation.StatusPublished
}
