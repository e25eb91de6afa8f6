package analytics_test

import (
	"context"
	"math"
	"testing"
	"time"

	"jixiao/ent"
	"jixiao/ent/evaluation"
	"jixiao/internal/analytics"
	"jixiao/internal/domain/auth"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
	"jixiao/internal/testdb"
)

// checkFigures compares figures with the independent computation.
func checkFigures(t *testing.T, what string, got analytics.Figures, want *ref) {
	t.Helper()
	ints := []struct {
		name      string
		got, want int
	}{
		{"projectCount", got.ProjectCount, want.projects},
		{"keyProjectCount", got.KeyProjectCount, want.keyProjects},
		{"targetsDeclared", got.TargetsDeclared, want.declared},
		{"targetsApproved", got.TargetsApproved, want.approved},
		{"indicatorCount", got.IndicatorCount, want.indicators},
		{"indicatorsReported", got.IndicatorsReported, want.reported},
		{"indicatorsCompleted", got.IndicatorsCompleted, want.completed},
		{"evaluationCount", got.EvaluationCount, want.evaluations},
		{"scoredEvaluationCount", got.ScoredEvaluationCount, want.scored},
		{"excellent", got.GradeCounts.Excellent, want.grades[enums.GradeExcellent]},
		{"good", got.GradeCounts.Good, want.grades[enums.GradeGood]},
		{"fair", got.GradeCounts.Fair, want.grades[enums.GradeFair]},
		{"poor", got.GradeCounts.Poor, want.grades[enums.GradePoor]},
		{"monitoredProjects", got.MonitoredProjects, want.monitored},
		{"redWarnings", got.RedWarnings, want.red},
		{"yellowWarnings", got.YellowWarnings, want.yellow},
		{"openRectifications", got.OpenRectifications, want.open},
		{"overdueRectifications", got.OverdueRectifications, want.overdue},
	}
	for _, c := range ints {
		if c.got != c.want {
			t.Errorf("%s: %s = %d, want %d", what, c.name, c.got, c.want)
		}
	}
	for _, c := range []struct {
		name      string
		got, want money.Money
	}{{"initialBudget", got.InitialBudget, want.initial}, {"budget", got.Budget, want.adjusted}, {"paid", got.Paid, want.paid}} {
		if c.got != c.want {
			t.Errorf("%s: %s = %s, want %s", what, c.name, c.got, c.want)
		}
	}
	wantRate := 0.0
	if want.adjusted > 0 {
		wantRate = float64(want.paid) / float64(want.adjusted)
	}
	if math.Abs(got.ExecutionRate-wantRate) > 1e-12 {
		t.Errorf("%s: executionRate = %v, want %v", what, got.ExecutionRate, wantRate)
	}
	wantCompletion := 0.0
	if want.indicators > 0 {
		wantCompletion = float64(want.completed) / float64(want.indicators)
	}
	if math.Abs(got.IndicatorCompletionRate-wantCompletion) > 1e-12 {
		t.Errorf("%s: indicatorCompletionRate = %v, want %v", what, got.IndicatorCompletionRate, wantCompletion)
	}
	switch avg := want.average(); {
	case avg == nil && got.AverageScore != nil:
		t.Errorf("%s: averageScore = %s, want null", what, got.AverageScore)
	case avg != nil && (got.AverageScore == nil || !got.AverageScore.Equal(*avg)):
		t.Errorf("%s: averageScore = %v, want %s", what, got.AverageScore, avg)
	}
}

// statsByDepartment runs departmentStats over every department (one page).
func statsByDepartment(t *testing.T, ctx context.Context, c *ent.Client, year int, where *analytics.DepartmentStatsWhereInput) map[int]*analytics.DepartmentStats {
	t.Helper()
	first := 1000
	conn, err := analytics.ListDepartmentStats(ctx, c, analytics.DepartmentStatsArgs{FiscalYear: year, First: &first, Where: where})
	if err != nil {
		t.Fatal(err)
	}
	if conn.TotalCount != len(conn.Edges) {
		t.Fatalf("totalCount %d, %d edges", conn.TotalCount, len(conn.Edges))
	}
	out := map[int]*analytics.DepartmentStats{}
	for _, e := range conn.Edges {
		out[e.Node.DepartmentID] = e.Node
	}
	return out
}

func TestDepartmentStatsMatchIndependentComputation(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, _ := open(t, url)
		w := seed(t, db.Client)
		now := time.Now()
		ctx := analytics.WithClock(asAdmin(), now)
		for _, year := range []int{2024, 2025, 2026} {
			refs := reference(t, db.Client, year, now)
			prev := reference(t, db.Client, year-1, now)
			got := statsByDepartment(t, ctx, db.Client, year, nil)
			if len(got) != 4 {
				t.Fatalf("%d: %d departments listed, want 4", year, len(got))
			}
			for _, id := range sortedKeys(refs) {
				checkFigures(t, "own", got[id].Figures, refs[id])
				checkFigures(t, "previous year", got[id].PreviousYear, prev[id])
			}
			// With subunits: A adds up A and A1.
			yes := true
			sub := statsByDepartment(t, ctx, db.Client, year, &analytics.DepartmentStatsWhereInput{IncludeSubunits: &yes})
			for _, id := range sortedKeys(refs) {
				checkFigures(t, "subtree", sub[id].Figures, subtree(t, db.Client, refs, id))
			}
		}

		// Hand-computed, to check the reference itself.
		refs := reference(t, db.Client, 2025, now)
		a, b := refs[w.A.ID], refs[w.B.ID]
		if a.paid.String() != "800000.35" || a.adjusted.String() != "1500000.00" || a.average().String() != "88.93" ||
			a.indicators != 5 || a.reported != 4 || a.completed != 3 || a.yellow != 1 || a.open != 2 || a.overdue != 1 {
			t.Fatalf("reference for A is off: %+v", a)
		}
		if b.projects != 2 || b.declared != 2 || b.approved != 1 || b.evaluations != 3 || b.average().String() != "74" || b.red != 1 {
			t.Fatalf("reference for B is off: %+v", b)
		}
		if refs[w.C.ID].paid.String() != "700000.00" || refs[w.A1.ID].average().String() != "78" {
			t.Fatalf("reference for C or A1 is off")
		}
		if m := refs[w.A.ID].monthly; m[3] != 0 || m[4].String() != "100000.00" {
			t.Fatalf("the 31 March 23:30 UTC payment belongs to April: %v", m)
		}
	})
}

func TestDepartmentStatsRankOrderAndPages(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, _ := open(t, url)
		w := seed(t, db.Client)
		ctx := asAdmin()
		// Default: average score, descending: C 91, A 88.93, A1 78, B 74.
		all := page(t, ctx, db.Client, 2025, nil, 10, nil)
		wantOrder := []*ent.Department{w.C, w.A, w.A1, w.B}
		for i, e := range all.Edges {
			if e.Node.DepartmentID != wantOrder[i].ID || e.Node.Rank != i+1 {
				t.Fatalf("row %d: department %d rank %d, want %s rank %d", i, e.Node.DepartmentID, e.Node.Rank, wantOrder[i].Code, i+1)
			}
		}
		// Previous year: only B has a score (70) → B first, the rest tie.
		for _, e := range all.Edges {
			want := 2
			if e.Node.DepartmentID == w.B.ID {
				want = 1
			}
			if e.Node.PreviousRank != want {
				t.Errorf("%d: previousRank %d, want %d", e.Node.DepartmentID, e.Node.PreviousRank, want)
			}
			if *e.Node.Change.Rank != e.Node.PreviousRank-e.Node.Rank {
				t.Errorf("rank change %d", *e.Node.Change.Rank)
			}
		}
		// Pages of 3 then the rest, by cursor.
		first := page(t, ctx, db.Client, 2025, nil, 3, nil)
		if len(first.Edges) != 3 || !first.PageInfo.HasNextPage || first.TotalCount != 4 {
			t.Fatalf("first page: %d edges, next %v, total %d", len(first.Edges), first.PageInfo.HasNextPage, first.TotalCount)
		}
		rest := page(t, ctx, db.Client, 2025, nil, 3, first.PageInfo.EndCursor)
		if len(rest.Edges) != 1 || rest.Edges[0].Node.DepartmentID != w.B.ID || rest.Edges[0].Node.Rank != 4 || rest.PageInfo.HasNextPage {
			t.Fatalf("second page: %+v", rest.Edges)
		}
		// By execution rate ascending: A 0.5334, A1 0.8, B 0.2125, C 1.0 → B, A, A1, C.
		byRate := page(t, ctx, db.Client, 2025, &analytics.DepartmentStatsOrder{Direction: "ASC", Field: analytics.OrderByExecutionRate}, 10, nil)
		for i, d := range []*ent.Department{w.B, w.A, w.A1, w.C} {
			if byRate.Edges[i].Node.DepartmentID != d.ID {
				t.Fatalf("by execution rate, row %d is %d, want %s", i, byRate.Edges[i].Node.DepartmentID, d.Code)
			}
		}
		// Top-level departments only, with subunits, by red warnings: A (A1's red) and B tie.
		no, yes := false, true
		top := page(t, ctx, db.Client, 2025, &analytics.DepartmentStatsOrder{Direction: "DESC", Field: analytics.OrderByRedWarnings}, 10, nil,
			&analytics.DepartmentStatsWhereInput{HasParent: &no, IncludeSubunits: &yes})
		if top.TotalCount != 3 || top.Edges[0].Node.Rank != 1 || top.Edges[1].Node.Rank != 1 || top.Edges[2].Node.Rank != 3 {
			t.Fatalf("top-level by red warnings: %d rows, ranks %d %d %d", top.TotalCount, top.Edges[0].Node.Rank, top.Edges[1].Node.Rank, top.Edges[2].Node.Rank)
		}
		// By overdue rectifications (read for every department, not just the
		// page's): A and B have one each, A1 and C none.
		late := page(t, ctx, db.Client, 2025, &analytics.DepartmentStatsOrder{Direction: "DESC", Field: analytics.OrderByOverdueRectifications}, 2, nil)
		for _, e := range late.Edges {
			if n := e.Node; n.Rank != 1 || n.OverdueRectifications != 1 || (n.DepartmentID != w.A.ID && n.DepartmentID != w.B.ID) {
				t.Fatalf("by overdue rectifications: department %d rank %d overdue %d", n.DepartmentID, n.Rank, n.OverdueRectifications)
			}
		}
		// Region and evaluation kind filters.
		region := "县一"
		kinds := page(t, ctx, db.Client, 2025, nil, 10, nil, &analytics.DepartmentStatsWhereInput{Region: &region})
		if kinds.TotalCount != 2 {
			t.Fatalf("region 县一 lists %d departments", kinds.TotalCount)
		}
		self := statsByDepartment(t, ctx, db.Client, 2025, &analytics.DepartmentStatsWhereInput{EvaluationKindIn: []evaluation.Kind{evaluation.KindSelf}})
		if got := self[w.A.ID].AverageScore; got == nil || got.String() != "92.35" || self[w.A.ID].EvaluationCount != 1 {
			t.Fatalf("A's self-evaluations only: average %v", got)
		}
	})
}

func page(t *testing.T, ctx context.Context, c *ent.Client, year int, order *analytics.DepartmentStatsOrder, n int, after *ent.Cursor, where ...*analytics.DepartmentStatsWhereInput) *analytics.DepartmentStatsConnection {
	t.Helper()
	args := analytics.DepartmentStatsArgs{FiscalYear: year, First: &n, After: after, OrderBy: order}
	if len(where) > 0 {
		args.Where = where[0]
	}
	conn, err := analytics.ListDepartmentStats(ctx, c, args)
	if err != nil {
		t.Fatal(err)
	}
	return conn
}

func TestDepartmentStatsScope(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, _ := open(t, url)
		w := seed(t, db.Client)
		// A department user of A sees A and its school, nothing else.
		user := auth.NewContext(context.Background(), &auth.Viewer{UserID: 9, Role: enums.RoleDepartmentUser,
			DepartmentID: w.A.ID, Departments: []int{w.A.ID, w.A1.ID}})
		yes := true
		got := statsByDepartment(t, user, db.Client, 2025, &analytics.DepartmentStatsWhereInput{IncludeSubunits: &yes})
		if len(got) != 2 || got[w.A.ID] == nil || got[w.A1.ID] == nil {
			t.Fatalf("department user sees %d departments", len(got))
		}
		refs := reference(t, db.Client, 2025, time.Now())
		checkFigures(t, "A's subtree for its own user", got[w.A.ID].Figures, subtree(t, db.Client, refs, w.A.ID))
		// Asking for B by id changes nothing.
		got = statsByDepartment(t, user, db.Client, 2025, &analytics.DepartmentStatsWhereInput{IDIn: []int{w.B.ID}})
		if len(got) != 0 {
			t.Fatalf("department user sees B")
		}
		// A unit user of A1 does not see its parent's figures through subunits.
		unit := auth.NewContext(context.Background(), &auth.Viewer{UserID: 10, Role: enums.RoleDepartmentUser,
			DepartmentID: w.A1.ID, Departments: []int{w.A1.ID}})
		if got := statsByDepartment(t, unit, db.Client, 2025, &analytics.DepartmentStatsWhereInput{IncludeSubunits: &yes}); len(got) != 1 {
			t.Fatalf("unit user sees %d departments", len(got))
		}
		// An evaluator and the public see nothing; no viewer is refused.
		for _, role := range []enums.Role{enums.RoleEvaluator, enums.RolePublic} {
			ctx := auth.NewContext(context.Background(), &auth.Viewer{UserID: 11, Role: role})
			if got := statsByDepartment(t, ctx, db.Client, 2025, nil); len(got) != 0 {
				t.Fatalf("%s sees %d departments", role, len(got))
			}
		}
		if _, err := analytics.ListDepartmentStats(context.Background(), db.Client, analytics.DepartmentStatsArgs{FiscalYear: 2025}); err == nil {
			t.Fatal("no viewer: no error")
		}
		// A leader sees all four.
		leader := auth.NewContext(context.Background(), &auth.Viewer{UserID: 12, Role: enums.RoleLeader})
		if got := statsByDepartment(t, leader, db.Client, 2025, nil); len(got) != 4 {
			t.Fatalf("leader sees %d departments", len(got))
		}
	})
}
