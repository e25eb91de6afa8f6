package demo_test

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"golang.org/x/crypto/bcrypt"

	"jixiao/ent"
	"jixiao/ent/allocation"
	"jixiao/ent/department"
	"jixiao/ent/disbursement"
	"jixiao/ent/evaluation"
	"jixiao/ent/indicator"
	"jixiao/ent/indicatorprogress"
	"jixiao/ent/monitoring"
	"jixiao/ent/privacy"
	"jixiao/ent/project"
	"jixiao/ent/target"
	"jixiao/ent/user"
	"jixiao/internal/demo"
	"jixiao/internal/domain/enums"
	"jixiao/internal/domain/money"
	"jixiao/internal/domain/rules"
	"jixiao/internal/platform/store"
	"jixiao/internal/testdb"
)

func TestParseSize(t *testing.T) {
	for s, want := range map[string]demo.Size{"demo": demo.Demo, "City": demo.City, " province ": demo.Province} {
		got, err := demo.ParseSize(s)
		if err != nil || got != want {
			t.Errorf("ParseSize(%q) = %v, %v; want %v", s, got, err, want)
		}
	}
	if _, err := demo.ParseSize("country"); err == nil {
		t.Error("ParseSize accepted an unknown size")
	}
	if demo.City.String() != "city" {
		t.Errorf("City.String() = %q", demo.City.String())
	}
}

// TestDemo loads the demo data into a fresh SQLite file and a fresh
// PostgreSQL database and checks it: counts, consistency (SQL), the rules,
// ent reading everything back, ent inserting afterwards.
func TestDemo(t *testing.T) {
	testdb.Dialects(t, func(t *testing.T, url string) {
		ctx := context.Background()
		db := testdb.Open(t, url, store.DefaultOptions)
		empty, err := demo.IsEmpty(ctx, db)
		if err != nil || !empty {
			t.Fatalf("IsEmpty before the load = %v, %v", empty, err)
		}
		st, err := demo.Load(ctx, db, demo.Demo)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("demo into %s: %d rows in %s\n%s", db.Dialect, st.Total(), st.Elapsed, st)
		if empty, err := demo.IsEmpty(ctx, db); err != nil || empty {
			t.Fatalf("IsEmpty after the load = %v, %v", empty, err)
		}
		checkCounts(t, db, st)
		checkConsistency(t, db)
		checkRules(t, db)
		checkUsers(t, db)
		checkEnt(t, db)

		// Loading again fails (the rows exist) and leaves the database as it was.
		before := countRows(t, db, disbursement.Table)
		if _, err := demo.Load(ctx, db, demo.Demo); err == nil {
			t.Fatal("a second load into the same database succeeded")
		}
		if after := countRows(t, db, disbursement.Table); after != before {
			t.Fatalf("a failed load left rows behind: %d disbursements, was %d", after, before)
		}
	})
}

func countRows(t *testing.T, db *store.DB, table string) int64 {
	t.Helper()
	var n int64
	if err := db.SQL.QueryRow(`SELECT COUNT(*) FROM "` + table + `"`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func scalar(t *testing.T, db *store.DB, q string, args ...any) int64 {
	t.Helper()
	var n sql.NullInt64
	if err := db.SQL.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n.Int64
}

// checkCounts: what the demo promises.
func checkCounts(t *testing.T, db *store.DB, st demo.Stats) {
	t.Helper()
	atLeast := map[string]int64{
		"departments": 40, "projects": 250, "funds": 30, "allocations": 250, "disbursements": 3000,
		"targets": 300, "indicators": 1500, "reviews": 300, "assessments": 100, "monitorings": 500,
		"indicator_progresses": 2000, "evaluations": 150, "score_items": 1000, "rectifications": 20,
		"budget_links": 10, "indicator_templates": 60, "agencies": 3, "experts": 10, "users": 10, "rule_sets": 1,
	}
	for table, min := range atLeast {
		if n := countRows(t, db, table); n < min {
			t.Errorf("%s: %d rows, want at least %d", table, n, min)
		}
		if n := countRows(t, db, table); n != st.Rows(table) {
			t.Errorf("%s: %d rows in the database, Stats says %d", table, n, st.Rows(table))
		}
	}
	if n := scalar(t, db, "SELECT COUNT(DISTINCT fiscal_year) FROM projects"); n != 3 {
		t.Errorf("projects span %d fiscal years, want 3", n)
	}
	if n := scalar(t, db, "SELECT COUNT(DISTINCT region) FROM departments"); n != 13 {
		t.Errorf("departments in %d regions, want 13 (市本级 and 12 counties)", n)
	}
	// The lifecycle is covered: statuses of projects, targets, evaluations.
	for _, c := range []struct {
		table, column string
		values        []string
	}{
		{"projects", "status", []string{"RESERVE", "APPROVED", "IN_PROGRESS", "COMPLETED", "SUSPENDED", "STOPPED"}},
		{"targets", "status", []string{"DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "ADJUSTING", "SUPERSEDED"}},
		{"evaluations", "status", []string{"PLANNED", "IN_PROGRESS", "SUBMITTED", "REVIEWED", "PUBLISHED"}},
		{"evaluations", "kind", []string{"SELF", "FINANCE_KEY", "THIRD_PARTY"}},
		{"evaluations", "grade", []string{"EXCELLENT", "GOOD", "FAIR", "POOR"}},
		{"monitorings", "warning_level", []string{"GREEN", "YELLOW", "RED"}},
		{"assessments", "conclusion", []string{"SUPPORT", "PARTIAL_SUPPORT", "REJECT"}},
		{"rectifications", "status", []string{"OPEN", "IN_PROGRESS", "DONE"}},
		{"funds", "source", []string{"GENERAL_BUDGET", "GOVERNMENT_FUND", "TRANSFER", "SPECIAL_BOND"}},
		{"indicators", "comparator", []string{"GTE", "EQ", "LTE", "QUALITATIVE"}},
	} {
		for _, v := range c.values {
			if n := scalar(t, db, fmt.Sprintf("SELECT COUNT(*) FROM %s WHERE %s = $1", c.table, c.column), v); n == 0 {
				t.Errorf("no %s with %s %s", c.table, c.column, v)
			}
		}
	}
	// 2026 runs: no final evaluations, payments to November, monitoring to October.
	if n := scalar(t, db, "SELECT COUNT(*) FROM evaluations WHERE fiscal_year = 2026"); n != 0 {
		t.Errorf("%d evaluations of the running year", n)
	}
	if m := scalar(t, db, "SELECT MAX(month) FROM disbursements WHERE fiscal_year = 2026"); m != 11 {
		t.Errorf("2026 payments run to month %d, want 11", m)
	}
	if m := scalar(t, db, "SELECT MAX(month) FROM monitorings WHERE fiscal_year = 2026"); m != 10 {
		t.Errorf("2026 monitoring runs to month %d, want 10", m)
	}
}

// violations: consistency checks written as SQL, each counting the rows that
// break a rule (0 expected). Decimals are compared within 0.001 (SQLite
// keeps them as text and sums them as floats).
var violations = []struct{ name, sql string }{
	{"disbursement's department, project and year are its allocation's",
		`SELECT COUNT(*) FROM disbursements d JOIN allocations a ON a.id = d.allocation_id
		 WHERE d.department_id <> a.department_id OR d.project_id <> a.project_id OR d.fiscal_year <> a.fiscal_year`},
	{"allocation's department is its project's",
		`SELECT COUNT(*) FROM allocations a JOIN projects p ON p.id = a.project_id WHERE a.department_id <> p.department_id`},
	{"allocation's year lies within its project's years",
		`SELECT COUNT(*) FROM allocations a JOIN projects p ON p.id = a.project_id
		 WHERE a.fiscal_year < p.fiscal_year OR a.fiscal_year > COALESCE(p.end_year, p.fiscal_year)`},
	{"evaluation total = sum of its level-1 items",
		`SELECT COUNT(*) FROM (SELECT e.id FROM evaluations e JOIN score_items s ON s.evaluation_id = e.id AND s.level = 1
		 WHERE e.total_score IS NOT NULL AND e.evaluation_scheme_id IS NULL GROUP BY e.id, e.total_score
		 HAVING ABS(SUM(CAST(s.score AS NUMERIC)) - CAST(e.total_score AS NUMERIC)) > 0.001) x`},
	{"an evaluation from the 50/50 period scheme: total = the mean of its two periods (rounded half up)",
		`SELECT COUNT(*) FROM (SELECT e.id FROM evaluations e JOIN score_items s ON s.evaluation_id = e.id AND s.level = 1
		 WHERE e.total_score IS NOT NULL AND e.evaluation_scheme_id IS NOT NULL GROUP BY e.id, e.total_score
		 HAVING COUNT(*) <> 2 OR ABS(SUM(CAST(s.score AS NUMERIC)) / 2 - CAST(e.total_score AS NUMERIC)) > 0.0051) x`},
	{"composite item score = sum of its children",
		`SELECT COUNT(*) FROM (SELECT p.id FROM score_items p JOIN score_items c ON c.parent_id = p.id
		 WHERE p.score IS NOT NULL GROUP BY p.id, p.score
		 HAVING ABS(SUM(CAST(c.score AS NUMERIC)) - CAST(p.score AS NUMERIC)) > 0.001) x`},
	{"composite item weight = sum of its children's",
		`SELECT COUNT(*) FROM (SELECT p.id FROM score_items p JOIN score_items c ON c.parent_id = p.id
		 GROUP BY p.id, p.weight HAVING ABS(SUM(CAST(c.weight AS NUMERIC)) - CAST(p.weight AS NUMERIC)) > 0.001) x`},
	{"scored items lie within [0, weight]",
		`SELECT COUNT(*) FROM score_items WHERE CAST(score AS NUMERIC) < 0 OR CAST(score AS NUMERIC) > CAST(weight AS NUMERIC) + 0.0001`},
	{"a scored evaluation's level-1 weights sum to 100",
		`SELECT COUNT(*) FROM (SELECT e.id FROM evaluations e JOIN score_items s ON s.evaluation_id = e.id AND s.level = 1
		 WHERE e.evaluation_scheme_id IS NULL GROUP BY e.id HAVING ABS(SUM(CAST(s.weight AS NUMERIC)) - 100) > 0.001) x`},
	{"every period of the 50/50 scheme is on 100 points",
		`SELECT COUNT(*) FROM evaluations e JOIN score_items s ON s.evaluation_id = e.id AND s.level = 1
		 WHERE e.evaluation_scheme_id IS NOT NULL AND ABS(CAST(s.weight AS NUMERIC) - 100) > 0.001`},
	{"the period scheme is used by some evaluations, submitted ones among them (published, frozen)",
		`SELECT CASE WHEN COUNT(*) > 0 AND SUM(CASE WHEN e.status IN ('SUBMITTED', 'REVIEWED', 'PUBLISHED') THEN 1 ELSE 0 END) > 0 THEN 0 ELSE 1 END
		 FROM evaluations e JOIN evaluation_schemes s ON s.id = e.evaluation_scheme_id WHERE s.code = 'PERIOD-5050'`},
	{"grade matches the total (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below)",
		`SELECT COUNT(*) FROM evaluations WHERE total_score IS NOT NULL AND grade <> CASE
		   WHEN CAST(total_score AS NUMERIC) >= 90 THEN 'EXCELLENT' WHEN CAST(total_score AS NUMERIC) >= 80 THEN 'GOOD'
		   WHEN CAST(total_score AS NUMERIC) >= 60 THEN 'FAIR' ELSE 'POOR' END`},
	{"scored evaluations have a grade, unscored ones neither",
		`SELECT COUNT(*) FROM evaluations WHERE (total_score IS NULL) <> (grade IS NULL)
		   OR (status IN ('PLANNED', 'IN_PROGRESS')) <> (total_score IS NULL)`},
	{"indicator weights of a target sum to 90",
		`SELECT COUNT(*) FROM (SELECT target_id FROM indicators GROUP BY target_id
		 HAVING ABS(SUM(CAST(weight AS NUMERIC)) - 90) > 0.0001) x`},
	{"every target has indicators",
		`SELECT COUNT(*) FROM targets t WHERE NOT EXISTS (SELECT 1 FROM indicators i WHERE i.target_id = t.id)`},
	{"indicator's department is its target's",
		`SELECT COUNT(*) FROM indicators i JOIN targets t ON t.id = i.target_id WHERE i.department_id <> t.department_id`},
	{"target's department is its project's",
		`SELECT COUNT(*) FROM targets t JOIN projects p ON p.id = t.project_id WHERE t.department_id <> p.department_id`},
	{"a superseded target has an approved successor",
		`SELECT COUNT(*) FROM targets t WHERE t.status = 'SUPERSEDED'
		 AND NOT EXISTS (SELECT 1 FROM targets n WHERE n.predecessor_id = t.id AND n.status = 'APPROVED' AND n.version = t.version + 1)`},
	{"三同步: every project target declares its requested amount, a department-wide one none",
		`SELECT COUNT(*) FROM targets WHERE (project_id IS NOT NULL) <> (requested_amount IS NOT NULL)`},
	{"三同步: a target that went through approval records the amount requested as approved, no other target any",
		`SELECT COUNT(*) FROM targets WHERE CASE WHEN status IN ('APPROVED', 'SUPERSEDED') AND project_id IS NOT NULL
		   THEN approved_amount IS NULL OR approved_amount <> requested_amount ELSE approved_amount IS NOT NULL END`},
	{"三同步 (BUDGET_SYNC): a project's allocations of the year never exceed its targets' requested amount",
		`SELECT COUNT(*) FROM targets t WHERE t.requested_amount < (SELECT COALESCE(SUM(COALESCE(a.adjusted_amount, a.initial_amount)), 0)
		   FROM allocations a WHERE a.project_id = t.project_id AND a.fiscal_year = t.fiscal_year)`},
	{"三同步: a project's allocations of the year stay within the amount approved with its target in force",
		`SELECT COUNT(*) FROM targets t WHERE t.status = 'APPROVED' AND t.approved_amount < (SELECT COALESCE(SUM(COALESCE(a.adjusted_amount, a.initial_amount)), 0)
		   FROM allocations a WHERE a.project_id = t.project_id AND a.fiscal_year = t.fiscal_year)`},
	{"quantitative indicators have a target value and a unit, qualitative ones a text",
		`SELECT COUNT(*) FROM indicators WHERE (comparator <> 'QUALITATIVE' AND (target_value IS NULL OR unit IS NULL))
		   OR (comparator = 'QUALITATIVE' AND target_text IS NULL)`},
	{"a project rejected by its assessment has no allocation and no approved target",
		`SELECT COUNT(*) FROM projects p JOIN assessments a ON a.project_id = p.id AND a.conclusion = 'REJECT'
		 WHERE EXISTS (SELECT 1 FROM allocations x WHERE x.project_id = p.id)
		    OR EXISTS (SELECT 1 FROM targets x WHERE x.project_id = p.id AND x.status IN ('APPROVED', 'SUPERSEDED'))`},
	{"money is never negative, payments positive",
		`SELECT (SELECT COUNT(*) FROM allocations WHERE initial_amount < 0 OR adjusted_amount < 0)
		      + (SELECT COUNT(*) FROM disbursements WHERE amount <= 0)
		      + (SELECT COUNT(*) FROM funds WHERE amount < 0)
		      + (SELECT COUNT(*) FROM monitorings WHERE budget < 0 OR paid_to_date < 0)
		      + (SELECT COUNT(*) FROM budget_links WHERE amount < 0)`},
	{"an allocation pays out no more than its budget",
		`SELECT COUNT(*) FROM (SELECT a.id FROM allocations a JOIN disbursements d ON d.allocation_id = a.id
		 GROUP BY a.id, a.initial_amount, a.adjusted_amount HAVING SUM(d.amount) > COALESCE(a.adjusted_amount, a.initial_amount)) x`},
	{"a fund holds what is allocated out of it",
		`SELECT COUNT(*) FROM (SELECT f.id FROM funds f JOIN allocations a ON a.fund_id = f.id
		 GROUP BY f.id, f.amount HAVING SUM(COALESCE(a.adjusted_amount, a.initial_amount)) > f.amount) x`},
	{"a fund's year is its allocations'",
		`SELECT COUNT(*) FROM allocations a JOIN funds f ON f.id = a.fund_id WHERE f.fiscal_year <> a.fiscal_year`},
	{"monitoring's paid to date = the project's payments of the year to that month",
		`SELECT COUNT(*) FROM monitorings m WHERE m.paid_to_date <> (SELECT COALESCE(SUM(d.amount), 0) FROM disbursements d
		 WHERE d.project_id = m.project_id AND d.fiscal_year = m.fiscal_year AND d.month <= m.month)`},
	{"monitoring's department is its project's, its target the project's",
		`SELECT COUNT(*) FROM monitorings m JOIN projects p ON p.id = m.project_id LEFT JOIN targets t ON t.id = m.target_id
		 WHERE m.department_id <> p.department_id OR t.project_id <> m.project_id OR t.fiscal_year <> m.fiscal_year`},
	{"monitoring progress covers the indicators of the monitored target",
		`SELECT COUNT(*) FROM indicator_progresses ip JOIN monitorings m ON m.id = ip.monitoring_id
		 JOIN indicators i ON i.id = ip.indicator_id WHERE i.target_id <> m.target_id OR ip.department_id <> m.department_id`},
	{"a red monitoring record has a corrective action",
		`SELECT COUNT(*) FROM monitorings WHERE warning_level = 'RED' AND (corrective_action IS NULL OR corrective_action = '')`},
	{"score items belong to their evaluation's department; indicator items to the evaluated target",
		`SELECT COUNT(*) FROM score_items s JOIN evaluations e ON e.id = s.evaluation_id LEFT JOIN indicators i ON i.id = s.indicator_id
		 LEFT JOIN targets t ON t.id = i.target_id
		 WHERE s.department_id <> e.department_id OR (s.indicator_id IS NOT NULL AND t.project_id <> e.project_id)`},
	{"self-evaluations use the SELF scheme; evaluations are of closed years",
		`SELECT COUNT(*) FROM evaluations WHERE (kind = 'SELF') <> (scheme = 'SELF') OR fiscal_year >= 2026`},
	{"third-party evaluations have an agency and experts; others no agency",
		`SELECT COUNT(*) FROM evaluations e WHERE (kind = 'THIRD_PARTY') <> (agency_id IS NOT NULL)
		   OR (kind <> 'SELF' AND NOT EXISTS (SELECT 1 FROM evaluation_experts x WHERE x.evaluation_id = e.id))`},
	{"published evaluations have a publication time",
		`SELECT COUNT(*) FROM evaluations WHERE (status = 'PUBLISHED') <> (published_at IS NOT NULL)`},
	{"done rectifications have a completion time, others none",
		`SELECT COUNT(*) FROM rectifications WHERE (status = 'DONE') <> (completed_at IS NOT NULL)`},
	{"budget links apply to the next year",
		`SELECT COUNT(*) FROM budget_links b JOIN evaluations e ON e.id = b.evaluation_id
		 WHERE b.fiscal_year <> e.fiscal_year + 1 OR b.department_id <> e.department_id`},
	{"a key project is of 500,000 yuan or more: others get less",
		`SELECT COUNT(*) FROM (SELECT p.id FROM projects p JOIN allocations a ON a.project_id = p.id
		 WHERE NOT p.key_project GROUP BY p.id HAVING SUM(a.initial_amount) >= 50000000) x`},
	{"subordinate units share their parent's region",
		`SELECT COUNT(*) FROM departments c JOIN departments p ON p.id = c.parent_id WHERE c.region <> p.region`},
	{"timestamps are not in the future",
		`SELECT (SELECT COUNT(*) FROM projects WHERE created_at > $1 OR updated_at > $1)
		      + (SELECT COUNT(*) FROM disbursements WHERE paid_on > $1)
		      + (SELECT COUNT(*) FROM monitorings WHERE created_at > $1)
		      + (SELECT COUNT(*) FROM evaluations WHERE updated_at > $1)`},
}

func checkConsistency(t *testing.T, db *store.DB) {
	t.Helper()
	for _, v := range violations {
		var args []any
		if strings.Contains(v.sql, "$1") {
			args = append(args, demo.AsOf)
		}
		if n := scalar(t, db, v.sql, args...); n != 0 {
			t.Errorf("%s: %d violations", v.name, n)
		}
	}
	// Overdue rectifications exist: deadline past, not done.
	if n := scalar(t, db, "SELECT COUNT(*) FROM rectifications WHERE deadline < $1 AND status <> 'DONE'", demo.AsOf); n == 0 {
		t.Error("no overdue rectification")
	}
	// Year and month of a payment are its date's in Asia/Shanghai.
	shanghai, _ := time.LoadLocation("Asia/Shanghai")
	rows, err := db.SQL.Query("SELECT paid_on, fiscal_year, month FROM disbursements")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	crossing := 0
	for rows.Next() {
		var paid time.Time
		var y, m int
		if err := rows.Scan(&paid, &y, &m); err != nil {
			t.Fatal(err)
		}
		local := paid.In(shanghai)
		if local.Year() != y || int(local.Month()) != m {
			t.Fatalf("payment of %s (%s in Shanghai) booked in %d-%02d", paid, local, y, m)
		}
		if paid.UTC().Month() != local.Month() {
			crossing++
		}
	}
	if crossing == 0 {
		t.Error("no payment whose UTC month differs from its Beijing-time month")
	}
}

// checkRules recomputes the stored warnings and scores with package rules.
func checkRules(t *testing.T, db *store.DB) {
	t.Helper()
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	p := rules.NationalDefaults()
	ms, err := db.Client.Monitoring.Query().WithProgresses(func(q *ent.IndicatorProgressQuery) {
		q.WithIndicator()
	}).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		ew, err := rules.ExecutionWarning(p, m.PaidToDate.Decimal(), m.Budget.Decimal(), m.Month)
		if err != nil {
			t.Fatal(err)
		}
		levels := []enums.WarningLevel{ew.Level}
		for _, pr := range m.Edges.Progresses {
			ind := pr.Edges.Indicator
			in := rules.IndicatorProgress{Comparator: ind.Comparator, Target: ind.TargetValue, Completed: pr.CompletedToDate}
			if pr.CompletedLevel != nil {
				in.Level = *pr.CompletedLevel
			}
			if pr.Likelihood != nil && *pr.Likelihood == indicatorprogress.LikelihoodImpossible {
				in.Likelihood = rules.LikelihoodImpossible
			}
			w, err := rules.IndicatorWarning(p, in, m.Month)
			if err != nil {
				t.Fatal(err)
			}
			if w.Level != pr.WarningLevel {
				t.Fatalf("progress %d of %s: stored %s, rules say %s (%s)", pr.ID, ind.Name, pr.WarningLevel, w.Level, w.Explanation.ZH)
			}
			levels = append(levels, w.Level)
		}
		if want := rules.WorstWarning(levels...); want != m.WarningLevel {
			t.Fatalf("monitoring %d: stored %s, rules say %s", m.ID, m.WarningLevel, want)
		}
	}
	// Self-evaluations: the execution item is paid ÷ budget of the year.
	evs, err := db.Client.Evaluation.Query().Where(evaluation.KindEQ(evaluation.KindSelf)).WithScoreItems().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		var paid, budget money.Money
		as, err := db.Client.Allocation.Query().Where(allocation.ProjectID(*e.ProjectID), allocation.FiscalYear(e.FiscalYear)).WithDisbursements().All(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range as {
			if a.AdjustedAmount != nil {
				budget += *a.AdjustedAmount
			} else {
				budget += a.InitialAmount
			}
			for _, d := range a.Edges.Disbursements {
				paid += d.Amount
			}
		}
		s, err := rules.ScoreExecutionRate(p, paid.Decimal(), budget.Decimal(), nil)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, it := range e.Edges.ScoreItems {
			if it.Method == "EXECUTION_RATE" {
				found = true
				if it.Score == nil || !it.Score.Equal(s.Score) {
					t.Fatalf("evaluation %d: execution item %v, rules say %s", e.ID, it.Score, s.Score)
				}
			}
		}
		if !found {
			t.Fatalf("self-evaluation %d has no execution-rate item", e.ID)
		}
		if g := rules.GradeFor(p, *e.TotalScore); e.Grade == nil || *e.Grade != g {
			t.Fatalf("evaluation %d: total %s graded %v, rules say %s", e.ID, e.TotalScore, e.Grade, g)
		}
	}
}

// checkUsers: the demo users of the API contract, with the demo password.
func checkUsers(t *testing.T, db *store.DB) {
	t.Helper()
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	want := map[string]enums.Role{"admin": enums.RoleFinanceAdmin, "reviewer": enums.RoleFinanceReviewer,
		"leader": enums.RoleLeader, "evaluator": enums.RoleEvaluator, "dept": enums.RoleDepartmentUser}
	for name, role := range want {
		u, err := db.Client.User.Query().Where(user.Username(name)).WithDepartment().WithAgency().Only(ctx)
		if err != nil {
			t.Fatalf("user %s: %v", name, err)
		}
		if u.Role != role || !u.Active {
			t.Errorf("user %s: role %s, active %v", name, u.Role, u.Active)
		}
		if bcrypt.CompareHashAndPassword([]byte(u.PasswordHash), []byte(demo.Password())) != nil {
			t.Errorf("user %s: the demo password does not match", name)
		}
		if cost, _ := bcrypt.Cost([]byte(u.PasswordHash)); cost != demo.PasswordCost {
			t.Errorf("user %s: bcrypt cost %d", name, cost)
		}
		switch name {
		case "dept":
			if u.Edges.Department == nil || u.Edges.Department.Name != "市教育局" {
				t.Errorf("dept belongs to %v, want 市教育局", u.Edges.Department)
			}
			n, err := db.Client.Department.Query().Where(department.ParentID(*u.DepartmentID)).Count(ctx)
			if err != nil || n < 2 {
				t.Errorf("市教育局 has %d subordinate units (%v)", n, err)
			}
		case "evaluator":
			if u.Edges.Agency == nil {
				t.Fatal("evaluator has no agency")
			}
			n, err := db.Client.Evaluation.Query().Where(evaluation.AgencyID(u.Edges.Agency.ID), evaluation.KindEQ(evaluation.KindThirdParty)).Count(ctx)
			if err != nil || n < 2 {
				t.Errorf("the evaluator's agency has %d evaluations (%v)", n, err)
			}
		}
	}
}

// checkEnt reads the data back through ent and inserts after it: the id
// sequences continue above the loaded ids.
func checkEnt(t *testing.T, db *store.DB) {
	t.Helper()
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	ps, err := db.Client.Project.Query().WithDepartment().WithAllocations().Order(ent.Asc(project.FieldID)).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if p.Edges.Department == nil || p.Edges.Department.ID != p.DepartmentID {
			t.Fatalf("project %d has no department", p.ID)
		}
	}
	// Every entity decodes (JSON, decimals, enums, money).
	reads := []func() (int, error){
		func() (int, error) { x, err := db.Client.RuleSet.Query().All(ctx); return len(x), err },
		func() (int, error) { x, err := db.Client.IndicatorTemplate.Query().All(ctx); return len(x), err },
		func() (int, error) { x, err := db.Client.Agency.Query().WithExperts().All(ctx); return len(x), err },
		func() (int, error) { x, err := db.Client.Fund.Query().All(ctx); return len(x), err },
		func() (int, error) { x, err := db.Client.Assessment.Query().WithExperts().All(ctx); return len(x), err },
		func() (int, error) {
			x, err := db.Client.Target.Query().WithIndicators().WithReviews().All(ctx)
			return len(x), err
		},
		func() (int, error) { x, err := db.Client.Disbursement.Query().All(ctx); return len(x), err },
		func() (int, error) {
			x, err := db.Client.Evaluation.Query().WithExperts().WithScoreItems().All(ctx)
			return len(x), err
		},
		func() (int, error) { x, err := db.Client.Rectification.Query().All(ctx); return len(x), err },
		func() (int, error) { x, err := db.Client.BudgetLink.Query().All(ctx); return len(x), err },
		func() (int, error) { x, err := db.Client.User.Query().All(ctx); return len(x), err },
	}
	for i, read := range reads {
		if n, err := read(); err != nil || n == 0 {
			t.Fatalf("read %d: %d rows, %v", i, n, err)
		}
	}
	rs, err := db.Client.RuleSet.Query().Only(ctx)
	if err != nil || rs.Name != "国家默认" || rs.Version != 1 || !rs.Params.GradeExcellent.Equal(decimal.NewFromInt(90)) {
		t.Fatalf("rule set: %+v, %v", rs, err)
	}

	// ent inserts after the loaded rows, in each table's id range.
	maxDept := scalar(t, db, "SELECT MAX(id) FROM departments")
	d, err := db.Client.Department.Create().SetCode("TEST-0001").SetName("测试单位").SetRegion("市本级").
		SetSector(enums.SectorOther).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if int64(d.ID) <= maxDept || d.ID>>32 != int(maxDept>>32) {
		t.Fatalf("new department id %d, loaded ids up to %d", d.ID, maxDept)
	}
	a, err := db.Client.Allocation.Query().Order(ent.Desc(allocation.FieldID)).First(ctx)
	if err != nil {
		t.Fatal(err)
	}
	maxPay := scalar(t, db, "SELECT MAX(id) FROM disbursements")
	pay, err := db.Client.Disbursement.Create().SetAllocationID(a.ID).SetAmount(money.Yuan(1)).
		SetPaidOn(time.Date(a.FiscalYear, 11, 20, 2, 0, 0, 0, time.UTC)).Save(ctx) // inside the allocation's year (money guards)
	if err != nil {
		t.Fatal(err)
	}
	if int64(pay.ID) <= maxPay || pay.ID>>32 != int(maxPay>>32) || pay.DepartmentID != a.DepartmentID {
		t.Fatalf("new disbursement %d (department %d), loaded ids up to %d", pay.ID, pay.DepartmentID, maxPay)
	}
	n, err := db.Client.Indicator.Query().Where(indicator.HasTargetWith(target.StatusEQ(target.StatusApproved))).Count(ctx)
	if err != nil || n == 0 {
		t.Fatalf("approved targets' indicators: %d, %v", n, err)
	}
	if _, err := db.Client.Monitoring.Query().Where(monitoring.WarningLevelEQ(enums.WarningLevelRed)).First(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestDeterministic loads the demo twice, into two databases of each
// dialect, and compares table contents.
func TestDeterministic(t *testing.T) {
	for _, d := range []struct {
		name string
		url  func(testing.TB) string
	}{{"sqlite", testdb.SQLiteURL}, {"postgres", testdb.PostgresURL}} {
		t.Run(d.name, func(t *testing.T) {
			ctx := context.Background()
			var sums [2]map[string]string
			for i := range sums {
				db := testdb.Open(t, d.url(t), store.DefaultOptions)
				if _, err := demo.Load(ctx, db, demo.Demo); err != nil {
					t.Fatal(err)
				}
				sums[i] = map[string]string{}
				for _, q := range []struct{ table, cols string }{
					{"departments", "*"}, {"projects", "*"}, {"allocations", "*"}, {"disbursements", "*"}, {"targets", "*"},
					{"indicators", "*"}, {"monitorings", "*"}, {"indicator_progresses", "*"}, {"evaluations", "*"},
					{"score_items", "*"}, {"rectifications", "*"}, {"funds", "*"}, {"reviews", "*"},
					// The password hash is salted at random; the rest of a user is fixed.
					{"users", "id, created_at, username, display_name, role, department_id, agency_id"},
				} {
					sums[i][q.table] = tableDigest(t, db, q.table, q.cols)
				}
			}
			for table, sum := range sums[0] {
				if sums[1][table] != sum {
					t.Errorf("%s differs between two loads", table)
				}
			}
		})
	}
}

func tableDigest(t *testing.T, db *store.DB, table, cols string) string {
	t.Helper()
	rows, err := db.SQL.Query(fmt.Sprintf(`SELECT %s FROM "%s" ORDER BY 1`, cols, table))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	names, _ := rows.Columns()
	h := sha256.New()
	n := 0
	for rows.Next() {
		vals := make([]any, len(names))
		ptrs := make([]any, len(names))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "%v\n", vals)
		n++
	}
	if n == 0 {
		t.Fatalf("%s is empty", table)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// TestCityPostgres loads the City size into PostgreSQL and reports the time.
// It loads 1.9 million rows (minutes on a busy machine), so it runs only when
// asked: JIXIAO_TEST_LARGE=1 (make test-large); make bench loads the same data.
func TestCityPostgres(t *testing.T) {
	if os.Getenv("JIXIAO_TEST_LARGE") == "" || testing.Short() {
		t.Skip("loads 1.9 million rows; set JIXIAO_TEST_LARGE=1 to run it")
	}
	ctx := context.Background()
	opts := store.DefaultOptions
	opts.StatementTimeout = 0
	db := testdb.Open(t, testdb.PostgresURL(t), opts)
	st, err := demo.Load(ctx, db, demo.City)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("city into PostgreSQL: %d rows in %s\n%s", st.Total(), st.Elapsed.Round(time.Millisecond), st)
	for table, r := range map[string][2]int64{
		"departments": {550, 800}, "projects": {30000, 30000}, "indicators": {150000, 250000},
		"disbursements": {350000, 500000}, "targets": {30000, 45000}, "allocations": {30000, 45000},
		"monitorings": {80000, 160000}, "evaluations": {15000, 30000}, "score_items": {150000, 300000},
	} {
		if n := st.Rows(table); n < r[0] || n > r[1] {
			t.Errorf("%s: %d rows, want %d–%d", table, n, r[0], r[1])
		}
	}
	checkConsistency(t, db)
	checkUsers(t, db)
}
