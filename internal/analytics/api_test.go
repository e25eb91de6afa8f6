package analytics_test

import (
	"fmt"
	"testing"
	"time"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/ent/fund"
	"jixiao/ent/project"
	"jixiao/ent/target"
	"jixiao/internal/analytics"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
	"jixiao/internal/testdb"
)

// more adds n departments under A, each with a project, a budget, a payment,
// a target with an indicator and a scored evaluation — loaded in bulk with the
// hook off, then rebuilt.
func more(t *testing.T, c *ent.Client, w *world, n int) {
	t.Helper()
	ctx := analytics.WithoutMaintenance(asAdmin())
	for i := range n {
		d := must(c.Department.Create().SetCode(fmt.Sprintf("X%02d", i)).SetName(fmt.Sprintf("单位%d", i)).
			SetRegion("县二").SetSector(enums.SectorEducation).SetParentID(w.A.ID).Save(ctx))
		p := must(c.Project.Create().SetCode(fmt.Sprintf("PX%02d", i)).SetName("项目").SetDepartmentID(d.ID).SetFiscalYear(2025).
			SetCategory(project.CategorySpecialFunds).SetSector(enums.SectorEducation).Save(ctx))
		a := must(c.Allocation.Create().SetProjectID(p.ID).SetFundID(w.f1.ID).SetFiscalYear(2025).SetInitialAmount(money.Yuan(int64(1000 * (i + 1)))).Save(ctx))
		must(c.Disbursement.Create().SetAllocationID(a.ID).SetPaidOn(time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)).SetAmount(money.Yuan(int64(500 + i))).Save(ctx))
		tg := must(c.Target.Create().SetDepartmentID(d.ID).SetProjectID(p.ID).SetFiscalYear(2025).SetGoal("目标").SetStatus(target.StatusApproved).Save(ctx))
		must(c.Indicator.Create().SetTargetID(tg.ID).SetCategory(enums.IndicatorCategoryOutput).SetSubcategory(enums.SubcategoryQuantity).
			SetName("人次").SetComparator(enums.ComparatorGte).SetWeight(dec("50")).SetTargetValue(dec("100")).SetActualValue(dec(fmt.Sprint(80 + i))).SetUnit("人次").Save(ctx))
		must(c.Evaluation.Create().SetDepartmentID(d.ID).SetProjectID(p.ID).SetFiscalYear(2025).SetKind(evaluation.KindSelf).SetScheme("SELF").
			SetStatus(evaluation.StatusSubmitted). // submitted: drafts never count
			SetTotalScore(dec(fmt.Sprintf("%d.5", 60+i))).SetGrade(enums.GradeFair).Save(ctx))
	}
	if err := analytics.Rebuild(asAdmin(), c); err != nil {
		t.Fatal(err)
	}
}

const statsQuery = `query($n: Int!) { departmentStats(fiscalYear: 2025, first: $n, where: {includeSubunits: true}) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node {
    rank previousRank projectCount budget paid executionRate averageScore redWarnings indicatorCompletionRate
    gradeCounts { excellent good fair poor }
    previousYear { budget averageScore } change { budget rank }
    department { id code name parent { code } projects(first: 3) { totalCount edges { node { code } } } } } } } }`

type statsPage struct {
	DepartmentStats struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   *string
		}
		Edges []struct {
			Node struct {
				Rank          int
				ProjectCount  int
				Budget        string
				Paid          string
				ExecutionRate float64
				AverageScore  *string
				RedWarnings   int
				Department    struct {
					ID, Code, Name string
					Parent         *struct{ Code string }
					Projects       struct{ TotalCount int }
				}
			}
		}
	}
}

// TestAnalyticsOverHTTP runs the queries through the real handler: values as
// the contract types them, statement counts independent of the page size, and
// the viewer's scope.
func TestAnalyticsOverHTTP(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		w := seed(t, db.Client)
		more(t, db.Client, w, 30)
		base := newAPI(t, db, counter)
		leader := base.as("leader", enums.RoleLeader, nil)

		// What any request costs (authentication), to read the counts below.
		counter.Reset()
		leader.ok(`{ __typename }`, nil, nil)
		baseline := counter.Count()
		t.Logf("authentication alone: %d statements", baseline)

		counts := map[int]int64{}
		for _, n := range []int{2, 30} {
			counter.Reset()
			var data statsPage
			leader.ok(statsQuery, map[string]any{"n": n}, &data)
			counts[n] = counter.Count()
			if len(data.DepartmentStats.Edges) != n || data.DepartmentStats.TotalCount != 34 || !data.DepartmentStats.PageInfo.HasNextPage {
				t.Fatalf("first %d: %d rows of %d", n, len(data.DepartmentStats.Edges), data.DepartmentStats.TotalCount)
			}
			for _, e := range data.DepartmentStats.Edges {
				if e.Node.Department.Code == "" || e.Node.Department.Projects.TotalCount != e.Node.ProjectCount && !(e.Node.Department.Code == "A") {
					t.Fatalf("department not loaded: %+v", e.Node.Department)
				}
			}
		}
		t.Logf("departmentStats: first 2 → %d statements, first 30 → %d", counts[2], counts[30])
		// One aggregate, one for the departments, and ent's eager loading of their
		// parents (one) and projects with totalCount (two).
		if counts[2] != counts[30] || counts[30] > baseline+5 {
			t.Fatalf("statement counts %v: must not grow with the page and stay ≤ %d", counts, baseline+5)
		}

		// Typed values: Money and Decimal as strings, exact.
		var one statsPage
		leader.ok(`{ departmentStats(fiscalYear: 2025, first: 1, orderBy: {field: CODE, direction: ASC}) {
			edges { node { budget paid averageScore department { code } } } } }`, nil, &one)
		if n := one.DepartmentStats.Edges[0].Node; n.Department.Code != "A" || n.Budget != "1500000.00" || n.Paid != "800000.35" || *n.AverageScore != "88.93" {
			t.Fatalf("A over HTTP: %+v", n)
		}

		// The overview, the stats cube and the comparison: one aggregate each,
		// plus one statement per kind of entity selected (overview: the
		// department and its children's count; stats: departments and their
		// parents; comparison: projects and their departments, departments,
		// indicators and their targets, and the extra node query).
		bounds := map[string]int64{"overview": 3, "stats": 3, "sameTypeProjects": 7, "regionStats": 1}
		for name, q := range map[string]string{
			"overview": `query($d: ID!) { overview(fiscalYear: 2025, departmentId: $d) { departmentCount budget paid executionRate timeProgress
				averageScore gradeCounts { excellent } redWarnings overdueRectifications department { name children { totalCount } }
				months { month paid paidToDate executionRate timeProgress warning } change { budget } } }`,
			// Every region's figures: one aggregate, however many regions.
			"regionStats": `{ regionStats(fiscalYear: 2025) { region departmentCount budget executionRate averageScore } }`,
			"stats": `query($d: ID!) { stats(groupBy: [DEPARTMENT, FUND_SOURCE], measures: [BUDGET, PAID, EXECUTION_RATE], filter: {fiscalYear: 2025, departmentID: $d}) {
				totalRows truncated total { budget paid } rows { key { department { code parent { code } } fundSource } values { budget paid executionRate } } } }`,
			"sameTypeProjects": `query($d: ID!) { sameTypeProjects(fiscalYear: 2025, sector: EDUCATION, first: 50) { totalCount edges { node {
				project { code department { id } } department { code } outputIndicator { name target { goal } } score scoreRank costPerUnit costRank } } }
				d: node(id: $d) { id } }`,
		} {
			counter.Reset()
			out := leader.do(q, map[string]any{"d": w.A.ID})
			if len(out.Errors) > 0 {
				t.Fatalf("%s: %+v", name, out.Errors)
			}
			t.Logf("%s: %d statements", name, counter.Count())
			if counter.Count() > baseline+bounds[name] {
				t.Errorf("%s costs %d statements", name, counter.Count())
			}
		}

		// Scope over HTTP: A's user sees A's subtree (A, A1 and the 30 units).
		user := base.as("dept", enums.RoleDepartmentUser, &w.A.ID)
		var mine statsPage
		user.ok(statsQuery, map[string]any{"n": 100}, &mine)
		if mine.DepartmentStats.TotalCount != 32 {
			t.Fatalf("department user lists %d departments", mine.DepartmentStats.TotalCount)
		}
		for _, e := range mine.DepartmentStats.Edges {
			if c := e.Node.Department.Code; c == "B" || c == "C" {
				t.Fatalf("department user sees %s", c)
			}
		}
		out := user.do(`query($d: ID!) { overview(fiscalYear: 2025, departmentId: $d) { budget } }`, map[string]any{"d": w.B.ID})
		if len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "FORBIDDEN" {
			t.Fatalf("another department's overview: %+v", out.Errors)
		}
		// Anonymous: asked to log in.
		out = base.do(`{ departmentStats(fiscalYear: 2025) { totalCount } }`, nil)
		if len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
			t.Fatalf("anonymous: %s %+v", out.Data, out.Errors)
		}
		// A bad combination is the user's error.
		out = leader.do(`{ stats(groupBy: [MONTH], measures: [AVERAGE_SCORE]) { totalRows } }`, nil)
		if len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
			t.Fatalf("bad combination: %+v", out.Errors)
		}

		// Writes through the API show at once in the aggregates.
		admin := base.as("admin", enums.RoleFinanceAdmin, nil)
		f := must(db.Client.Fund.Query().Where(fund.SourceEQ(fund.SourceTransfer)).First(asAdmin()))
		var created struct{ RecordAllocation struct{ ID string } }
		admin.ok(`mutation($p: ID!, $f: ID!) { recordAllocation(input: {projectID: $p, fundID: $f, fiscalYear: 2025, initialAmount: "0.01"}) { id } }`,
			map[string]any{"p": w.pC.ID, "f": f.ID}, &created)
		var after struct{ Overview struct{ Budget string } }
		admin.ok(`query($d: ID!) { overview(fiscalYear: 2025, departmentId: $d) { budget } }`, map[string]any{"d": w.C.ID}, &after)
		if after.Overview.Budget != "700000.01" {
			t.Fatalf("C's budget after the new allocation: %s", after.Overview.Budget)
		}
	})
}
