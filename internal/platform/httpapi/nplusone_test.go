package httpapi

import (
	"context"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"jixiao/ent"
	"jixiao/ent/privacy"
	"jixiao/ent/project"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
	"jixiao/internal/testdb"
)

const nestedQuery = `query($n: Int!) {
  departments(first: $n) { edges { node { name
    projects(first: $n) { edges { node { name
      targets { edges { node { goal
        indicators { totalCount } } } } } } } } } } }`

// TestNestedQueryCostsBoundedStatements: the statement count of the nested
// drill-down query must not grow with the page size (no N+1).
func TestNestedQueryCostsBoundedStatements(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		// 20 departments of 3 projects: first:20 reads 20× the rows of first:2
		// at the top and 10× below it, enough for any per-row statement to show.
		seedTree(t, a.db.Client, 20, 3)

		counts := map[int]int64{}
		a.ok(`{ __typename }`, nil, nil) // the viewer is kept from here on: each count is the data's
		for _, n := range []int{2, 20} {
			a.counter.Reset()
			var data struct {
				Departments struct {
					Edges []struct {
						Node struct {
							Projects struct {
								Edges []struct {
									Node struct {
										Targets struct {
											Edges []struct {
												Node struct {
													Indicators struct{ TotalCount int }
												}
											}
										}
									}
								}
							}
						}
					}
				}
			}
			a.ok(nestedQuery, map[string]any{"n": n}, &data)
			counts[n] = a.counter.Count()
			if got := len(data.Departments.Edges); got != n {
				t.Fatalf("first:%d returned %d departments", n, got)
			}
			ind := data.Departments.Edges[0].Node.Projects.Edges[0].Node.Targets.Edges[0].Node.Indicators.TotalCount
			if ind != 3 {
				t.Fatalf("indicators totalCount = %d, want 3", ind)
			}
		}
		t.Logf("SQL statements: first:2 → %d, first:20 → %d", counts[2], counts[20])
		if counts[2] != counts[20] {
			t.Fatalf("statement count grows with page size: %v", counts)
		}
		// 4 for the data (one per level); the viewer is kept in memory.
		if counts[20] > 8 {
			t.Fatalf("nested query costs %d statements, want ≤ 8", counts[20])
		}
	})
}

// seedTree creates departments, each with projects, each with a target of
// three indicators, straight through ent (bulk) for speed.
func seedTree(t *testing.T, c *ent.Client, departments, projectsEach int) {
	t.Helper()
	ctx := auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow)) // fixtures write workflow data as the workflow does
	deps := make([]*ent.DepartmentCreate, departments)
	for i := range deps {
		deps[i] = c.Department.Create().SetCode(fmt.Sprintf("D%03d", i)).SetName(fmt.Sprintf("部门%d", i)).
			SetRegion("市本级").SetSector(enums.SectorEducation)
	}
	ds := c.Department.CreateBulk(deps...).SaveX(ctx)
	var projects []*ent.ProjectCreate
	for _, d := range ds {
		for j := 0; j < projectsEach; j++ {
			projects = append(projects, c.Project.Create().SetCode(fmt.Sprintf("%s-P%03d", d.Code, j)).
				SetName(fmt.Sprintf("项目%d", j)).SetFiscalYear(2025).SetCategory(project.CategorySpecialBusiness).
				SetSector(enums.SectorEducation).SetDepartmentID(d.ID))
		}
	}
	ps := c.Project.CreateBulk(projects...).SaveX(ctx)
	targets := make([]*ent.TargetCreate, len(ps))
	for i, p := range ps {
		targets[i] = c.Target.Create().SetProjectID(p.ID).SetDepartmentID(p.DepartmentID).SetFiscalYear(2025).SetGoal("年度目标")
	}
	ts := c.Target.CreateBulk(targets...).SaveX(ctx)
	var indicators []*ent.IndicatorCreate
	for _, tg := range ts {
		for k := 0; k < 3; k++ {
			indicators = append(indicators, c.Indicator.Create().SetTargetID(tg.ID).
				SetCategory(enums.IndicatorCategoryOutput).SetSubcategory(enums.SubcategoryQuantity).
				SetName("培训人次").SetComparator(enums.ComparatorGte).SetTargetValue(decimal.NewFromInt(100)).
				SetUnit("人次").SetWeight(decimal.NewFromInt(30)))
		}
	}
	c.Indicator.CreateBulk(indicators...).SaveX(ctx)
}

// TestReviewChecksOfAListCostBoundedStatements: the review queue lists
// targets with their automatic checks; the checks of a whole page are
// computed from one read of each kind of row (no N+1).
func TestReviewChecksOfAListCostBoundedStatements(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		seedTree(t, a.db.Client, 5, 6)
		const q = `query($n: Int!) { targets(first: $n) { edges { node { id reviewChecks { code passed } } } } }`
		counts := map[int]int64{}
		a.ok(`{ __typename }`, nil, nil) // the viewer is kept from here on: each count is the data's
		for _, n := range []int{2, 20} {
			var data struct {
				Targets struct {
					Edges []struct {
						Node struct {
							ReviewChecks []struct{ Code string }
						}
					}
				}
			}
			a.counter.Reset()
			a.ok(q, map[string]any{"n": n}, &data)
			counts[n] = a.counter.Count()
			if len(data.Targets.Edges) != n {
				t.Fatalf("first:%d returned %d targets", n, len(data.Targets.Edges))
			}
			for _, e := range data.Targets.Edges {
				if len(e.Node.ReviewChecks) == 0 {
					t.Fatalf("a target without review checks: %+v", data)
				}
			}
		}
		t.Logf("SQL statements: first:2 → %d, first:20 → %d", counts[2], counts[20])
		if counts[2] != counts[20] {
			t.Fatalf("statement count grows with the page size: %v", counts)
		}
	})
}

// TestTimeProgressOfAListCostsBoundedStatements: Monitoring.timeProgress
// reads the rule set once per request, not once per row.
func TestTimeProgressOfAListCostsBoundedStatements(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		a := newAPI(t, url)
		seedTree(t, a.db.Client, 2, 3)
		ctx := auth.ByWorkflow(privacy.DecisionContext(context.Background(), privacy.Allow)) // fixtures as the workflow writes them
		ps := a.db.Client.Project.Query().AllX(ctx)
		var ms []*ent.MonitoringCreate
		for _, p := range ps {
			for month := 1; month <= 4; month++ {
				ms = append(ms, a.db.Client.Monitoring.Create().SetProjectID(p.ID).SetFiscalYear(2025).SetMonth(month).
					SetBudget(money.Yuan(1000)).SetPaidToDate(money.Yuan(100*int64(month))))
			}
		}
		a.db.Client.Monitoring.CreateBulk(ms...).SaveX(ctx)
		const q = `query($n: Int!) { monitorings(first: $n) { edges { node { month timeProgress } } } }`
		counts := map[int]int64{}
		a.ok(`{ __typename }`, nil, nil) // the viewer is kept from here on: each count is the data's
		for _, n := range []int{1, 20} {
			var data struct {
				Monitorings struct {
					Edges []struct {
						Node struct {
							Month        int
							TimeProgress string
						}
					}
				}
			}
			a.counter.Reset()
			a.ok(q, map[string]any{"n": n}, &data)
			counts[n] = a.counter.Count()
			if len(data.Monitorings.Edges) != n {
				t.Fatalf("first:%d returned %d monitoring records", n, len(data.Monitorings.Edges))
			}
			for _, e := range data.Monitorings.Edges {
				if e.Node.TimeProgress == "" {
					t.Fatalf("a record without time progress: %+v", data)
				}
			}
		}
		t.Logf("SQL statements: first:1 → %d, first:20 → %d", counts[1], counts[20])
		if counts[1] != counts[20] {
			t.Fatalf("statement count grows with the page size: %v", counts)
		}
	})
}
