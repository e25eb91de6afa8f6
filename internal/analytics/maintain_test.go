package analytics_test

import (
	"context"

	"fmt"
	"github.com/shopspring/decimal"
	"strings"
	"sync"
	"testing"
	"time"

	"jixiao/ent"
	"jixiao/ent/disbursement"
	"jixiao/ent/evaluation"
	"jixiao/ent/fund"
	"jixiao/ent/indicator"
	"jixiao/ent/project"
	"jixiao/ent/rectification"
	"jixiao/ent/target"
	"jixiao/internal/analytics"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
	"jixiao/internal/testdb"
)

// verify compares every department's figures (own and subtree) of 2024–2026
// and the payments by fund source, category and month with the independent
// computation.
func verify(t *testing.T, c *ent.Client, step string) {
	t.Helper()
	now := time.Now()
	ctx := analytics.WithClock(asAdmin(), now)
	yes := true
	for _, year := range []int{2024, 2025, 2026} {
		refs := reference(t, c, year, now)
		own := statsByDepartment(t, ctx, c, year, nil)
		sub := statsByDepartment(t, ctx, c, year, &analytics.DepartmentStatsWhereInput{IncludeSubunits: &yes})
		for _, id := range sortedKeys(refs) {
			checkFigures(t, fmt.Sprintf("%s, %d, department %d", step, year, id), own[id].Figures, refs[id])
			checkFigures(t, fmt.Sprintf("%s, %d, subtree %d", step, year, id), sub[id].Figures, subtree(t, c, refs, id))
		}
		want := paymentsByKey(t, c, year)
		got := map[string]money.Money{}
		res, err := analytics.Stats(ctx, c, analytics.StatsArgs{
			GroupBy:  []analytics.StatsDimension{analytics.DimDepartment, analytics.DimFundSource, analytics.DimProjectCategory, analytics.DimMonth},
			Measures: []analytics.StatsMeasure{analytics.MeasurePaid},
			Filter:   &analytics.StatsFilter{FiscalYear: &year},
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res.Rows {
			if *r.Values.Paid != 0 {
				got[fmt.Sprintf("%d/%s/%s/%d", *r.Key.DepartmentID, *r.Key.FundSource, *r.Key.ProjectCategory, *r.Key.Month)] = *r.Values.Paid
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s, %d: payments by department, source, category and month\n got %v\nwant %v", step, year, got, want)
		}
		for _, sector := range []enums.Sector{enums.SectorEducation, enums.SectorHealth, enums.SectorScience} {
			checkComparison(t, fmt.Sprintf("%s, %d, %s", step, year, sector), ctx, c, year, sector)
		}
		checkRegionRollups(t, ctx, c, year, step)
		checkStoredRanks(t, ctx, c, year, step)
		checkExecutionGrid(t, ctx, c, year, step, own)
	}
	if t.Failed() {
		t.FailNow()
	}
}

// paymentsByKey is the reference of the payments of a year by department,
// fund source, project category and month.
func paymentsByKey(t *testing.T, c *ent.Client, year int) map[string]money.Money {
	t.Helper()
	out := map[string]money.Money{}
	for _, d := range must(c.Disbursement.Query().WithAllocation(func(q *ent.AllocationQuery) { q.WithFund() }).WithProject().All(asAdmin())) {
		local := d.PaidOn.In(shanghai)
		if local.Year() != year {
			continue
		}
		out[fmt.Sprintf("%d/%s/%s/%d", d.DepartmentID, d.Edges.Allocation.Edges.Fund.Source, d.Edges.Project.Category, local.Month())] += d.Amount
	}
	for k, v := range out {
		if v == 0 { // a payment and its reversal: nothing paid (the stats leave zero rows out)
			delete(out, k)
		}
	}
	return out
}

// dump lists the summary tables' rows, to compare maintained with rebuilt ones.
func dump(t *testing.T, c *ent.Client) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		"SELECT department_id, fiscal_year, category, sector, fund_source, initial_amount, adjusted_amount, paid_amount, paid_01, paid_04, paid_12 FROM execution_summaries ORDER BY 1, 2, 3, 4, 5",
		"SELECT department_id, fiscal_year, category, sector, projects, key_projects, targets_declared, targets_approved, indicators, indicators_reported, indicators_completed, monitored_projects, red_projects, yellow_projects FROM performance_summaries ORDER BY 1, 2, 3, 4",
		"SELECT department_id, fiscal_year, category, sector, kind, evaluations, scored, score_sum, excellent, good, fair, poor FROM evaluation_summaries ORDER BY 1, 2, 3, 4, 5",
		"SELECT department_id, fiscal_year, deadline, open_count FROM rectification_summaries ORDER BY 1, 2, 3",
		"SELECT * FROM department_year_summaries ORDER BY department_id, fiscal_year",
		"SELECT * FROM project_year_summaries ORDER BY project_id, fiscal_year",
		"SELECT ancestor_id, department_id, depth FROM department_closures ORDER BY 1, 2",
		"SELECT * FROM region_year_summaries ORDER BY region, fiscal_year",
		"SELECT region, fiscal_year, deadline, open_count FROM region_rectification_summaries ORDER BY 1, 2, 3",
		"SELECT region, departments FROM region_summaries ORDER BY 1",
		"SELECT fiscal_year, department_id, score_rank FROM department_score_ranks ORDER BY 1, 2",
		"SELECT fiscal_year, execution_cell, score_cell, departments FROM execution_score_cells ORDER BY 1, 2, 3",
	} {
		rows, err := c.QueryContext(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for i, v := range vals {
				if cols[i] == "id" {
					continue // ids differ after a rebuild; the contents must not
				}
				if bs, ok := v.([]byte); ok {
					v = string(bs)
				}
				fmt.Fprintf(&b, "%v|", v)
			}
			b.WriteString("\n")
		}
		rows.Close()
		b.WriteString("--\n")
	}
	return b.String()
}

// TestSummariesAreCorrectAfterEveryWrite writes through the GraphQL API and
// through ent — creates, updates that move rows between departments, years,
// months, categories and fund sources, bulk updates and deletes — and checks
// every aggregate against the independent computation after each write, and
// finally that a full rebuild gives the very same summary rows.
func TestSummariesAreCorrectAfterEveryWrite(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		c := db.Client
		w := seed(t, c)
		verify(t, c, "seed")
		ctx := asAdmin()
		admin := newAPI(t, db, counter).as("admin", enums.RoleFinanceAdmin, nil)

		// Through the API: a payment, an adjusted budget, a project's category and end year.
		admin.ok(`mutation($a: ID!) { recordDisbursement(input: {allocationID: $a, paidOn: "2025-05-20T02:00:00Z", amount: "12345.67"}) { id } }`,
			map[string]any{"a": w.alB.ID}, nil)
		verify(t, c, "API: create disbursement")
		admin.ok(`mutation($id: ID!) { adjustAllocation(id: $id, adjustedAmount: "650000.00") { id } }`,
			map[string]any{"id": w.alA1.ID}, nil)
		verify(t, c, "API: adjust a budget")
		admin.ok(`mutation($id: ID!, $l: Int!) { updateProject(id: $id, lockVersion: $l, input: {category: POLICY, endYear: 2026}) { id } }`,
			map[string]any{"id": w.pA.ID, "l": must(c.Project.Get(ctx, w.pA.ID)).LockVersion}, nil)
		verify(t, c, "API: project category and end year")

		// Through ent: payments are never moved, edited or deleted (the money
		// guards refuse it); a correction is a reversal entry, and the money
		// it frees is paid again in another month.
		d := must(c.Disbursement.Query().Where(disbursement.AllocationID(w.alA.ID)).First(ctx))
		must(c.Disbursement.Create().SetAllocationID(w.alA.ID).SetPaidOn(d.PaidOn).SetAmount(-d.Amount).
			SetReversalOfID(d.ID).SetReason("冲销").Save(ctx))
		verify(t, c, "ent: payment reversed")
		must(c.Disbursement.Create().SetAllocationID(w.alA.ID).SetPaidOn(time.Date(2025, 12, 1, 12, 0, 0, 0, time.UTC)).
			SetAmount(d.Amount).Save(ctx))
		verify(t, c, "ent: paid again in December")
		if _, err := c.Disbursement.Update().Where(disbursement.ProjectID(w.pC.ID)).SetAmount(money.Yuan(5)).Save(ctx); err == nil {
			t.Fatal("payments were bulk-edited")
		}
		if _, err := c.Disbursement.Delete().Where(disbursement.ProjectID(w.pA1.ID)).Exec(ctx); err == nil {
			t.Fatal("payments were bulk-deleted")
		}
		verify(t, c, "ent: refused bulk writes change nothing")
		// A fund changes source; a project gets an allocation of another fund.
		must(c.Fund.UpdateOne(w.f2).SetSource(fund.SourceSpecialBond).Save(ctx))
		verify(t, c, "ent: fund source")
		must(c.Allocation.Create().SetFundID(w.f1.ID).SetProjectID(w.pB.ID).SetFiscalYear(2025).SetInitialAmount(money.Yuan(1000)).Save(ctx))
		verify(t, c, "ent: another allocation of the project")
		// A project moves to another department.
		must(c.Project.UpdateOne(w.pBmulti).SetDepartmentID(w.C.ID).Save(ctx))
		verify(t, c, "ent: project moved")

		// Targets, indicators, monitoring, evaluations.
		tB := must(c.Target.Query().Where(target.ProjectID(w.pB.ID)).Only(ctx))
		must(c.Target.UpdateOne(tB).SetStatus(target.StatusApproved).Save(ctx))
		verify(t, c, "ent: target approved")
		next := must(c.Target.Create().SetDepartmentID(w.B.ID).SetProjectID(w.pB.ID).SetFiscalYear(2025).SetGoal("调整").
			SetStatus(target.StatusAdjusting).SetPredecessorID(tB.ID).Save(ctx))
		verify(t, c, "ent: a new target version")
		must(c.Indicator.Create().SetTargetID(next.ID).SetCategory(enums.IndicatorCategoryOutput).SetSubcategory(enums.SubcategoryQuantity).
			SetName("新指标").SetComparator(enums.ComparatorGte).SetWeight(dec("90")).SetTargetValue(dec("10")).SetActualValue(dec("11")).Save(ctx))
		verify(t, c, "ent: indicator created")
		i := must(c.Indicator.Query().Where(indicator.HasTargetWith(target.ProjectID(w.pA.ID)), indicator.ComparatorEQ(enums.ComparatorGte)).First(ctx))
		must(c.Indicator.UpdateOne(i).ClearActualValue().Save(ctx))
		verify(t, c, "ent: indicator actual value cleared")
		must(c.Monitoring.Create().SetProjectID(w.pB.ID).SetFiscalYear(2025).SetMonth(10).SetBudget(1).SetPaidToDate(1).
			SetWarningLevel(enums.WarningLevelYellow).Save(ctx))
		verify(t, c, "ent: newer monitoring")
		e := must(c.Evaluation.Query().Where(evaluation.ProjectID(w.pBmulti.ID), evaluation.FiscalYear(2025)).Only(ctx))
		must(c.Evaluation.UpdateOne(e).SetTotalScore(dec("66.666")).SetGrade(enums.GradeFair).Save(ctx))
		verify(t, c, "ent: evaluation scored")
		// A draft counts from the moment it is submitted (drafts never count).
		draft := must(c.Evaluation.Query().Where(evaluation.ProjectID(w.pC.ID), evaluation.StatusEQ(evaluation.StatusInProgress)).Only(ctx))
		must(c.Evaluation.UpdateOne(draft).SetStatus(evaluation.StatusSubmitted).Save(ctx))
		verify(t, c, "ent: a draft evaluation submitted")
		must(c.Evaluation.Create().SetDepartmentID(w.A1.ID).SetFiscalYear(2026).SetKind(evaluation.KindSelf).SetScheme("SELF").
			SetTotalScore(dec("99.99")).SetGrade(enums.GradeExcellent).Save(ctx))
		verify(t, c, "ent: evaluation created")
		// Rectifications: one done, one due later, a new one; an evaluation
		// deleted under its rectifications (the database unlinks them).
		r := must(c.Rectification.Query().Where(rectification.StatusEQ(rectification.StatusOpen)).First(ctx))
		must(c.Rectification.UpdateOne(r).SetStatus(rectification.StatusDone).Save(ctx))
		verify(t, c, "ent: rectification done")
		r = must(c.Rectification.Query().Where(rectification.StatusEQ(rectification.StatusInProgress)).First(ctx))
		must(c.Rectification.UpdateOne(r).SetDeadline(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)).Save(ctx))
		verify(t, c, "ent: rectification deadline")
		eC := must(c.Evaluation.Query().Where(evaluation.ProjectID(w.pC.ID), evaluation.KindEQ(evaluation.KindThirdParty)).Only(ctx))
		must(c.Rectification.Create().SetDepartmentID(w.C.ID).SetEvaluationID(eC.ID).SetProblem("问题").SetRequiredAction("整改").
			SetDeadline(time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)).Save(ctx))
		verify(t, c, "ent: rectification created")
		must(0, c.Evaluation.DeleteOneID(eC.ID).Exec(ctx))
		verify(t, c, "ent: evaluation deleted under its rectification")

		// The department tree changes: a unit moves, a new one comes.
		must(c.Department.UpdateOne(w.A1).SetParentID(w.B.ID).Save(ctx))
		verify(t, c, "ent: unit moved to another department")
		unit := must(c.Department.Create().SetCode("B9").SetName("新单位").SetRegion("县一").SetSector(enums.SectorHealth).SetParentID(w.A1.ID).Save(ctx))
		must(c.Project.Create().SetCode("PB9").SetName("单位项目").SetDepartmentID(unit.ID).SetFiscalYear(2025).
			SetCategory(project.CategoryPolicy).SetSector(enums.SectorHealth).Save(ctx))
		verify(t, c, "ent: a unit under a unit")
		must(c.Department.UpdateOne(w.A1).SetParentID(w.A.ID).Save(ctx))
		verify(t, c, "ent: unit moved back")
		// A department moves to another region, and to a region of its own.
		must(c.Department.UpdateOne(w.C).SetRegion("市本级").Save(ctx))
		verify(t, c, "ent: department moved to another region")
		must(c.Department.UpdateOne(w.C).SetRegion("县三").Save(ctx))
		verify(t, c, "ent: department moved to a new region")
		// A department without figures comes, in a region of its own, and goes.
		lone := must(c.Department.Create().SetCode("Z9").SetName("临时单位").SetRegion("县四").SetSector(enums.SectorHealth).Save(ctx))
		verify(t, c, "ent: a department in a region of its own")
		must(0, c.Department.DeleteOne(lone).Exec(ctx))
		verify(t, c, "ent: the department deleted")

		// A new project spanning three years.
		end := 2026
		p := must(c.Project.Create().SetCode("NEW").SetName("新项目").SetDepartmentID(w.A1.ID).SetFiscalYear(2024).SetEndYear(end).
			SetCategory(project.CategorySpecialFunds).SetSector(enums.SectorScience).SetKeyProject(true).Save(ctx))
		verify(t, c, "ent: multi-year project")
		must(c.Project.UpdateOne(p).ClearEndYear().Save(ctx))
		verify(t, c, "ent: multi-year project shortened")

		maintained := dump(t, c)
		if err := analytics.Rebuild(ctx, c); err != nil {
			t.Fatal(err)
		}
		if rebuilt := dump(t, c); rebuilt != maintained {
			t.Fatalf("rebuilt summaries differ from the maintained ones\nmaintained:\n%s\nrebuilt:\n%s", maintained, rebuilt)
		}
		verify(t, c, "rebuilt")

		// Bulk loads skip the hook and rebuild once.
		skip := analytics.WithoutMaintenance(ctx)
		must(c.Disbursement.Create().SetAllocationID(w.alB.ID).SetPaidOn(time.Date(2025, 8, 8, 0, 0, 0, 0, time.UTC)).SetAmount(money.Yuan(1)).Save(skip))
		if dump(t, c) != maintained {
			t.Fatal("WithoutMaintenance still refreshed")
		}
		if err := analytics.Rebuild(ctx, c); err != nil {
			t.Fatal(err)
		}
		verify(t, c, "bulk load and rebuild")
	})
}

// TestConcurrentWritesKeepSummariesExact: many transactions paying out of the
// same allocation at once (same department and year) must all count; so must
// those paying at once into two departments of one region (B and C, 县一),
// whose region roll-up row each recomputes.
func TestConcurrentWritesKeepSummariesExact(t *testing.T) {
	db, _ := open(t, testdb.PostgresURL(t))
	c := db.Client
	w := seed(t, c)
	ctx := asAdmin()
	alC := must(c.Allocation.Create().SetFundID(w.f2.ID).SetProjectID(w.pC.ID).SetFiscalYear(2025).SetInitialAmount(money.Yuan(1000)).Save(ctx))
	const workers, each = 16, 5
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for g := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				tx, err := c.Tx(ctx)
				if err != nil {
					errs <- err
					return
				}
				allocation := w.alB.ID
				if g%4 == 3 {
					allocation = alC.ID
				}
				_, err = tx.Disbursement.Create().SetAllocationID(allocation).
					SetPaidOn(time.Date(2025, time.Month(1+(g+i)%12), 3, 0, 0, 0, 0, time.UTC)).
					SetAmount(money.Money(100 + g)).Save(ctx)
				if err != nil {
					tx.Rollback()
					errs <- err
					return
				}
				if err := tx.Commit(); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	verify(t, c, "concurrent payments")
}

// checkComparison compares the same-type comparison with its reference.
func checkComparison(t *testing.T, what string, ctx context.Context, c *ent.Client, year int, sector enums.Sector) {
	t.Helper()
	want := compareReference(t, c, year, sector)
	first := 1000
	conn, err := analytics.CompareProjects(ctx, c, analytics.ProjectComparisonArgs{FiscalYear: year, Sector: sector, First: &first})
	if err != nil {
		t.Fatal(err)
	}
	if len(conn.Edges) != len(want) {
		t.Errorf("%s: %d projects compared, want %d", what, len(conn.Edges), len(want))
		return
	}
	str := func(d *decimal.Decimal) string {
		if d == nil {
			return "-"
		}
		return d.String()
	}
	for _, e := range conn.Edges {
		g, w := e.Node, want[e.Node.ProjectID]
		if w == nil {
			t.Errorf("%s: project %d should not be compared", what, g.ProjectID)
			continue
		}
		wantCost := "-"
		if w.actual != nil && w.actual.IsPositive() {
			wantCost = w.budget.Decimal().DivRound(*w.actual, 2).String()
		}
		gotKind, wantKind := "-", "-"
		if g.ScoreKind != nil {
			gotKind = string(*g.ScoreKind)
		}
		if w.kind != nil {
			wantKind = string(*w.kind)
		}
		gotInd, wantInd := -1, -1
		if g.OutputIndicatorID != nil {
			gotInd = *g.OutputIndicatorID
		}
		if w.indicator != nil {
			wantInd = *w.indicator
		}
		if g.Budget != w.budget || g.Paid != w.paid || str(g.Score) != str(w.score) || gotKind != wantKind ||
			gotInd != wantInd || str(g.OutputActual) != str(w.actual) || str(g.CostPerUnit) != wantCost {
			t.Errorf("%s: project %d: budget %s paid %s score %s (%s) indicator %d actual %s cost %s; want %s %s %s (%s) %d %s %s",
				what, g.ProjectID, g.Budget, g.Paid, str(g.Score), gotKind, gotInd, str(g.OutputActual), str(g.CostPerUnit),
				w.budget, w.paid, str(w.score), wantKind, wantInd, str(w.actual), wantCost)
		}
	}
}

// TestRebuildIfStale: summaries an older version wrote (no shape stamp, the
// region roll-ups empty, the coverage columns zero — what SQLite's automatic
// migration leaves) are rebuilt to what they would be; current ones cost one
// statement and are left alone.
func TestRebuildIfStale(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		db, counter := open(t, url)
		c := db.Client
		seed(t, c)
		ctx := asAdmin()
		if err := analytics.Rebuild(ctx, c); err != nil {
			t.Fatal(err)
		}
		want := dump(t, c)
		counter.Reset()
		if err := analytics.RebuildIfStale(ctx, c); err != nil {
			t.Fatal(err)
		}
		if n := counter.Count(); n != 1 {
			t.Errorf("current summaries: %d statements, want 1", n)
		}
		for _, q := range []string{
			"DELETE FROM summary_refreshes WHERE department_id = 0 AND fiscal_year = -1",
			"DELETE FROM region_year_summaries", "DELETE FROM region_rectification_summaries", "DELETE FROM region_summaries",
			"DELETE FROM department_score_ranks",
			"UPDATE department_year_summaries SET coverage_budget = 0, targeted_budget = 0, self_evaluation_due = 0",
		} {
			if _, err := c.ExecContext(ctx, q); err != nil {
				t.Fatal(err)
			}
		}
		if dump(t, c) == want {
			t.Fatal("the older summaries look current: the test compares nothing")
		}
		if err := analytics.RebuildIfStale(ctx, c); err != nil {
			t.Fatal(err)
		}
		if got := dump(t, c); got != want {
			t.Fatalf("after RebuildIfStale\n got %s\nwant %s", got, want)
		}
	})
}
