package analytics

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	gen "jixiao/ent"
	"jixiao/internal/domain/rules"
	"jixiao/internal/platform/dataversion"
	"jixiao/internal/platform/metrics"
)

// key is one (department, fiscal year) of the summaries: the unit that is
// recomputed when a change touches it.
type key struct{ department, year int }

// table is one summary table.
type table int

const (
	executionTable table = 1 << iota
	performanceTable
	evaluationTable
	rectificationTable
	projectTable
	allTables = executionTable | performanceTable | evaluationTable | rectificationTable | projectTable
	// Any of these three also recomputes the keys' department_year_summaries rows.
	rolledUp = executionTable | performanceTable | evaluationTable
)

// refresh recomputes the summary rows of keys in the given tables from the
// base tables. Run it in the transaction of the change (d is then the
// transaction's client): it first bumps the keys' rows in summary_refreshes,
// which holds their row locks to commit, so a concurrent refresh of the same
// key waits and then recomputes with this change committed (PostgreSQL's read
// committed takes a new snapshot per statement; SQLite has one writer anyway).
func refresh(ctx context.Context, d db, keys []key, tables table, moved *summaryMoves) error {
	keys = normalize(keys)
	if len(keys) == 0 || tables == 0 {
		return nil
	}
	defer observeSince(time.Now())
	p := &params{}
	rows := keyRows(p, keys)
	keysCTE := keysTable(rows)
	// The region roll-ups' locks come first (regionrollup.go).
	regions := tables&(rolledUp|rectificationTable) != 0
	if regions {
		if err := lockRegions(ctx, d, keysCTE+",\n"+regionsOfKeys, p); err != nil {
			return err
		}
	}
	if err := bumpLocks(ctx, d, p, rows); err != nil {
		return err
	}
	if tables&rolledUp != 0 {
		tables |= departmentYearTable
	}
	// Ranks move with scores, the chart's cells with payments, budgets and
	// scores; read under the keys' locks, before and after, the difference is
	// this refresh's.
	var before map[key]yearRow
	if tables&(executionTable|evaluationTable) != 0 {
		var err error
		if before, err = yearRowsOf(ctx, d, keys); err != nil {
			return err
		}
	}
	for _, t := range summaryTables {
		if tables&t == 0 {
			continue
		}
		del := fmt.Sprintf("WITH %s DELETE FROM %s WHERE (department_id, fiscal_year) IN (SELECT department_id, fiscal_year FROM keys)", keysCTE, t.name())
		if err := exec(ctx, d, del, p); err != nil {
			return err
		}
		if err := exec(ctx, d, t.insert(keysCTE), p); err != nil {
			return err
		}
	}
	if before != nil {
		after, err := yearRowsOf(ctx, d, keys)
		if err != nil {
			return err
		}
		moved.add(before, after)
	}
	if !regions {
		return nil
	}
	return refreshRegions(ctx, d, keysCTE+",\n"+regionsOfKeys, p, tables&rectificationTable != 0)
}

// departmentYearTable is the roll-up of the first three per department and
// year; it comes last, after what it adds up.
// observeSince reports a refresh's duration to /metrics.
func observeSince(start time.Time) { metrics.SummaryRefresh.Observe(time.Since(start).Seconds()) }

const departmentYearTable table = 1 << 10

// summaryTables in the order a refresh recomputes them.
var summaryTables = []table{executionTable, performanceTable, evaluationTable, rectificationTable, projectTable, departmentYearTable}

// Rebuild recomputes every summary from the base tables, in one transaction
// when d is a transaction's client. Run it after loading data with the hook
// off (WithoutMaintenance), or to repair summaries after writes that bypassed
// ent (SQL typed by hand).
func Rebuild(ctx context.Context, d db) error {
	for _, t := range append(summaryTables, 0) {
		name := "summary_refreshes"
		if t != 0 {
			name = t.name()
		}
		if err := exec(ctx, d, "DELETE FROM "+name, &params{}); err != nil {
			return err
		}
	}
	if err := refreshClosure(ctx, d); err != nil {
		return err
	}
	keysCTE := `spans(department_id, fiscal_year, end_year) AS (
    SELECT department_id, fiscal_year, COALESCE(end_year, fiscal_year) FROM projects
    UNION SELECT department_id, fiscal_year + 1, end_year FROM spans WHERE fiscal_year < end_year),
keys(department_id, fiscal_year) AS (
    SELECT department_id, fiscal_year FROM spans
    UNION SELECT department_id, fiscal_year FROM allocations
    UNION SELECT department_id, fiscal_year FROM disbursements
    UNION SELECT department_id, fiscal_year FROM targets
    UNION SELECT department_id, fiscal_year FROM monitorings
    UNION SELECT department_id, fiscal_year FROM evaluations
    UNION SELECT r.department_id, COALESCE(e.fiscal_year, mo.fiscal_year) FROM rectifications r
        LEFT JOIN evaluations e ON e.id = r.evaluation_id LEFT JOIN monitorings mo ON mo.id = r.monitoring_id
        WHERE COALESCE(e.fiscal_year, mo.fiscal_year) IS NOT NULL)`
	for _, t := range summaryTables {
		if err := exec(ctx, d, t.insert(keysCTE), &params{}); err != nil {
			return err
		}
	}
	if err := rebuildRegions(ctx, d); err != nil {
		return err
	}
	if err := rebuildRanks(ctx, d); err != nil {
		return err
	}
	if err := rebuildCells(ctx, d); err != nil {
		return err
	}
	if err := exec(ctx, d, "WITH RECURSIVE "+keysCTE+`
INSERT INTO summary_refreshes (department_id, fiscal_year, version) SELECT department_id, fiscal_year, 1 FROM keys`, &params{}); err != nil {
		return err
	}
	p := &params{}
	if err := exec(ctx, d, fmt.Sprintf("INSERT INTO summary_refreshes (department_id, fiscal_year, version) VALUES (%s, %s, %s)",
		p.add(shapeKey.department), p.add(shapeKey.year), p.add(summaryShape)), p); err != nil {
		return err
	}
	// The figures may have changed under the answers the API keeps.
	return dataversion.Bump(ctx, d)
}

// keyRows are keys as SQL row values (department_id, fiscal_year), their
// numbers added to p.
func keyRows(p *params, keys []key) []string {
	rows := make([]string, len(keys))
	for i, k := range keys {
		rows[i] = fmt.Sprintf("CAST(%s AS BIGINT), CAST(%s AS BIGINT)", p.add(k.department), p.add(k.year))
	}
	return rows
}

// keysTable is the CTE keys(department_id, fiscal_year) of keyRows' rows.
func keysTable(rows []string) string {
	return "keys(department_id, fiscal_year) AS (VALUES (" + strings.Join(rows, "), (") + "))"
}

// bumpLocks bumps the summary_refreshes rows of keyRows' rows, whose row
// locks are then held to commit: what serialises writers of the same key.
func bumpLocks(ctx context.Context, d db, p *params, rows []string) error {
	lock := "INSERT INTO summary_refreshes (department_id, fiscal_year, version) VALUES (" +
		strings.Join(rows, ", 1), (") + ", 1) ON CONFLICT (department_id, fiscal_year) DO UPDATE SET version = summary_refreshes.version + 1"
	return exec(ctx, d, lock, p)
}

// closureLock is the summary_refreshes row that serialises closure refreshes.
var closureLock = key{0, 0}

// shapeKey is the summary_refreshes row whose version is the summaryShape
// that Rebuild last wrote.
var shapeKey = key{0, -1}

// summaryShape names what the summary tables hold; raise it with every change
// of what they hold (new tables, new columns, new meaning), so that
// RebuildIfStale refills a SQLite database an older version wrote. PostgreSQL
// databases are refilled by their migrations, which set it too.
const summaryShape = 20261208

// RebuildIfStale rebuilds the summaries when Rebuild last wrote another shape
// of them (or never did: a database of an older version). SQLite needs it at
// start-up: ent's automatic migration adds tables and columns, empty, and has
// no data step. It runs one statement when nothing is stale.
func RebuildIfStale(ctx context.Context, d interface {
	db
	Tx(context.Context) (*gen.Tx, error)
}) error {
	p := &params{}
	var shape integer
	err := query(ctx, d, fmt.Sprintf("SELECT version FROM summary_refreshes WHERE department_id = %s AND fiscal_year = %s",
		p.add(shapeKey.department), p.add(shapeKey.year)), p, func(rows *sql.Rows) error { return rows.Scan(&shape) })
	if err != nil || shape.i == summaryShape {
		return err
	}
	tx, err := d.Tx(ctx)
	if err != nil {
		return err
	}
	if err := Rebuild(ctx, tx.Client()); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// refreshClosure recomputes the department tree's closure (every department
// with each of its ancestors and itself) and each region's department count
// (region_summaries). Departments are few and change rarely, so both tables
// are rebuilt whole, under a lock row of their own.
func refreshClosure(ctx context.Context, d db) error {
	p := &params{}
	if err := bumpLocks(ctx, d, p, keyRows(p, []key{closureLock})); err != nil {
		return err
	}
	for _, stmt := range []string{"DELETE FROM department_closures", closureInsert, "DELETE FROM region_summaries",
		"INSERT INTO region_summaries (region, departments) SELECT region, COUNT(*) FROM departments GROUP BY region"} {
		if err := exec(ctx, d, stmt, &params{}); err != nil {
			return err
		}
	}
	return nil
}

// The depth guard stops a (corrupt) cycle in the tree.
const closureInsert = `WITH RECURSIVE tree(ancestor_id, department_id, depth) AS (
    SELECT id, id, 0 FROM departments
    UNION ALL
    SELECT t.ancestor_id, c.id, t.depth + 1 FROM departments c JOIN tree t ON c.parent_id = t.department_id WHERE t.depth < 32)
INSERT INTO department_closures (ancestor_id, department_id, depth)
SELECT ancestor_id, department_id, MIN(depth) FROM tree GROUP BY ancestor_id, department_id`

func normalize(keys []key) []key {
	slices.SortFunc(keys, func(a, b key) int {
		if a.department != b.department {
			return a.department - b.department
		}
		return a.year - b.year
	})
	return slices.Compact(keys)
}

func (t table) name() string {
	switch t {
	case executionTable:
		return "execution_summaries"
	case performanceTable:
		return "performance_summaries"
	case evaluationTable:
		return "evaluation_summaries"
	case rectificationTable:
		return "rectification_summaries"
	case projectTable:
		return "project_year_summaries"
	default:
		return "department_year_summaries"
	}
}

// insert is the statement that recomputes the table's rows of the keys
// (keysCTE defines keys(department_id, fiscal_year)) from the base tables.
func (t table) insert(keysCTE string) string {
	switch t {
	case executionTable:
		return "WITH RECURSIVE " + keysCTE + "\n" + executionInsert
	case performanceTable:
		return "WITH RECURSIVE " + keysCTE + ",\n" + performanceInsert
	case evaluationTable:
		return "WITH RECURSIVE " + keysCTE + "\n" + evaluationInsert
	case rectificationTable:
		return "WITH RECURSIVE " + keysCTE + "\n" + rectificationInsert
	case projectTable:
		return "WITH RECURSIVE " + keysCTE + ",\n" + projectInsert
	default:
		return "WITH RECURSIVE " + keysCTE + "\n" + departmentYearInsert
	}
}

// Execution: budgets of the fiscal year's allocations, payments of the
// fiscal year (by payment date, Beijing time) per month; by project category,
// project sector and the allocation's fund source.
var executionInsert = func() string {
	months := make([]string, 12)
	zeros := make([]string, 12)
	sums := make([]string, 12)
	cols := make([]string, 12)
	for i := range months {
		months[i] = fmt.Sprintf("CASE WHEN d.month = %d THEN d.amount ELSE 0 END", i+1)
		zeros[i] = fmt.Sprintf("0 AS paid_%02d", i+1)
		cols[i] = fmt.Sprintf("paid_%02d", i+1)
		sums[i] = fmt.Sprintf("SUM(%s)", cols[i])
	}
	return fmt.Sprintf(`INSERT INTO execution_summaries (department_id, fiscal_year, category, sector, fund_source,
    initial_amount, adjusted_amount, paid_amount, %[1]s)
SELECT department_id, fiscal_year, category, sector, fund_source,
    SUM(initial_amount), SUM(adjusted_amount), SUM(paid_amount), %[2]s
FROM (
    SELECT a.department_id, a.fiscal_year, p.category, p.sector, f.source AS fund_source,
        a.initial_amount, COALESCE(a.adjusted_amount, a.initial_amount) AS adjusted_amount, 0 AS paid_amount, %[3]s
    FROM allocations a
    JOIN keys k ON k.department_id = a.department_id AND k.fiscal_year = a.fiscal_year
    JOIN projects p ON p.id = a.project_id
    JOIN funds f ON f.id = a.fund_id
    UNION ALL
    SELECT d.department_id, d.fiscal_year, p.category, p.sector, f.source,
        0, 0, d.amount, %[4]s
    FROM disbursements d
    JOIN keys k ON k.department_id = d.department_id AND k.fiscal_year = d.fiscal_year
    JOIN allocations a ON a.id = d.allocation_id
    JOIN funds f ON f.id = a.fund_id
    JOIN projects p ON p.id = d.project_id
) s
GROUP BY department_id, fiscal_year, category, sector, fund_source`,
		strings.Join(cols, ", "), strings.Join(sums, ", "), strings.Join(zeros, ", "), strings.Join(months, ", "))
}()

// What counts (issue 11 §9): nothing a department has not handed in.
// declaredStatuses are the target statuses that count as declared (申报);
// approvedStatuses as approved. A draft (DRAFT, or an adjustment still
// ADJUSTING) never counts.
const (
	declaredStatuses = "('SUBMITTED', 'RETURNED', 'APPROVED')"
	approvedStatuses = "('APPROVED')"
	// scoredEvaluationStatuses: an evaluation counts (in averages, grade
	// counts, rankings) once it is at least SUBMITTED.
	scoredEvaluationStatuses = "('SUBMITTED', 'REVIEWED', 'PUBLISHED')"
)

// currentTarget selects, of each target's versions, the one in force: the
// APPROVED version, or a first version handed in (SUBMITTED, RETURNED) and
// not yet approved. An adjustment under way (ADJUSTING, or its new version
// SUBMITTED / RETURNED) does not replace the approved version until it is
// approved itself; drafts never count.
const currentTarget = `(t.status = 'APPROVED' OR (t.status IN ('SUBMITTED', 'RETURNED') AND t.predecessor_id IS NULL))`

// indicatorCompleted is 1 when an indicator met its target: a positive
// (≥, >, = with T > 0) one with A ≥ T, a reverse (≤, <) one with A ≤ T, = 0
// with A = 0, a qualitative one achieved (达成). Decimals are compared as
// numbers on both databases.
const indicatorCompleted = `CASE
        WHEN i.comparator = 'QUALITATIVE' THEN CASE WHEN i.actual_level = 'ACHIEVED' THEN 1 ELSE 0 END
        WHEN i.actual_value IS NULL OR i.target_value IS NULL THEN 0
        WHEN i.comparator IN ('LT', 'LTE') THEN CASE WHEN CAST(i.actual_value AS NUMERIC) <= CAST(i.target_value AS NUMERIC) THEN 1 ELSE 0 END
        WHEN i.comparator = 'EQ' AND CAST(i.target_value AS NUMERIC) = 0 THEN CASE WHEN CAST(i.actual_value AS NUMERIC) = 0 THEN 1 ELSE 0 END
        ELSE CASE WHEN CAST(i.actual_value AS NUMERIC) >= CAST(i.target_value AS NUMERIC) THEN 1 ELSE 0 END
    END`

const indicatorReported = `CASE WHEN (i.comparator = 'QUALITATIVE' AND i.actual_level IS NOT NULL)
        OR (i.comparator <> 'QUALITATIVE' AND i.actual_value IS NOT NULL) THEN 1 ELSE 0 END`

// Performance: projects running in the year (a multi-year project counts in
// each year from its fiscal year to its end year), the current versions of
// the year's targets (not superseded, no newer version) and their indicators,
// and each project's latest monitoring record of the year.
var performanceInsert = `cur AS (
    SELECT t.id, t.department_id, t.fiscal_year, t.status, t.project_id FROM targets t
    JOIN keys k ON k.department_id = t.department_id AND k.fiscal_year = t.fiscal_year
    WHERE ` + currentTarget + `),
latest AS (
    SELECT m.department_id, m.fiscal_year, m.project_id, m.warning_level,
        ROW_NUMBER() OVER (PARTITION BY m.project_id, m.fiscal_year ORDER BY m.month DESC, m.id DESC) AS rn
    FROM monitorings m
    JOIN keys k ON k.department_id = m.department_id AND k.fiscal_year = m.fiscal_year)
INSERT INTO performance_summaries (department_id, fiscal_year, category, sector, projects, key_projects,
    targets_declared, targets_approved, indicators, indicators_reported, indicators_completed,
    monitored_projects, red_projects, yellow_projects)
SELECT department_id, fiscal_year, category, sector, SUM(projects), SUM(key_projects),
    SUM(targets_declared), SUM(targets_approved), SUM(indicators), SUM(indicators_reported), SUM(indicators_completed),
    SUM(monitored_projects), SUM(red_projects), SUM(yellow_projects)
FROM (
    SELECT k.department_id, k.fiscal_year, p.category, p.sector, 1 AS projects,
        CASE WHEN p.key_project THEN 1 ELSE 0 END AS key_projects,
        0 AS targets_declared, 0 AS targets_approved, 0 AS indicators, 0 AS indicators_reported, 0 AS indicators_completed,
        0 AS monitored_projects, 0 AS red_projects, 0 AS yellow_projects
    FROM keys k
    JOIN projects p ON p.department_id = k.department_id
        AND p.fiscal_year <= k.fiscal_year AND COALESCE(p.end_year, p.fiscal_year) >= k.fiscal_year
    UNION ALL
    SELECT t.department_id, t.fiscal_year, COALESCE(p.category, ''), COALESCE(p.sector, ''), 0, 0,
        CASE WHEN t.status IN ` + declaredStatuses + ` THEN 1 ELSE 0 END,
        CASE WHEN t.status IN ` + approvedStatuses + ` THEN 1 ELSE 0 END,
        0, 0, 0, 0, 0, 0
    FROM cur t LEFT JOIN projects p ON p.id = t.project_id
    UNION ALL
    SELECT t.department_id, t.fiscal_year, COALESCE(p.category, ''), COALESCE(p.sector, ''), 0, 0, 0, 0,
        1, ` + indicatorReported + `, ` + indicatorCompleted + `, 0, 0, 0
    FROM cur t JOIN indicators i ON i.target_id = t.id LEFT JOIN projects p ON p.id = t.project_id
    UNION ALL
    SELECT l.department_id, l.fiscal_year, p.category, p.sector, 0, 0, 0, 0, 0, 0, 0, 1,
        CASE WHEN l.warning_level = 'RED' THEN 1 ELSE 0 END,
        CASE WHEN l.warning_level = 'YELLOW' THEN 1 ELSE 0 END
    FROM latest l JOIN projects p ON p.id = l.project_id
    WHERE l.rn = 1
) s
GROUP BY department_id, fiscal_year, category, sector`

// Evaluation: the year's evaluations by kind, those at least SUBMITTED (a
// department cannot lift its average with a draft); scores summed exactly in
// 1/10000 points (the column's scale) on both databases.
var evaluationInsert = `INSERT INTO evaluation_summaries (department_id, fiscal_year, category, sector, kind,
    evaluations, scored, score_sum, excellent, good, fair, poor)
SELECT e.department_id, e.fiscal_year, COALESCE(p.category, ''), COALESCE(p.sector, ''), e.kind,
    COUNT(*), COUNT(e.total_score), COALESCE(SUM(CAST(ROUND(e.total_score * 10000) AS BIGINT)), 0),
    COUNT(*) FILTER (WHERE e.grade = 'EXCELLENT'), COUNT(*) FILTER (WHERE e.grade = 'GOOD'),
    COUNT(*) FILTER (WHERE e.grade = 'FAIR'), COUNT(*) FILTER (WHERE e.grade = 'POOR')
FROM evaluations e
JOIN keys k ON k.department_id = e.department_id AND k.fiscal_year = e.fiscal_year
LEFT JOIN projects p ON p.id = e.project_id
WHERE e.status IN ` + scoredEvaluationStatuses + `
GROUP BY e.department_id, e.fiscal_year, COALESCE(p.category, ''), COALESCE(p.sector, ''), e.kind`

// Rectifications not done, by responsible department, the fiscal year of the
// evaluation or monitoring record that found the problem, and deadline.
var rectificationInsert = `INSERT INTO rectification_summaries (department_id, fiscal_year, deadline, open_count)
SELECT r.department_id, k.fiscal_year, r.deadline, COUNT(*)
FROM rectifications r
LEFT JOIN evaluations e ON e.id = r.evaluation_id
LEFT JOIN monitorings mo ON mo.id = r.monitoring_id
JOIN keys k ON k.department_id = r.department_id AND k.fiscal_year = COALESCE(e.fiscal_year, mo.fiscal_year)
WHERE r.status <> 'DONE'
GROUP BY r.department_id, k.fiscal_year, r.deadline`

// rollupColumns are the columns department_year_summaries adds up, and the
// summary table each comes from.
var rollupColumns = func() [][2]string {
	cols := [][2]string{{"initial_amount", "execution_summaries"}, {"adjusted_amount", "execution_summaries"}, {"paid_amount", "execution_summaries"}}
	for i := 1; i <= 12; i++ {
		cols = append(cols, [2]string{fmt.Sprintf("paid_%02d", i), "execution_summaries"})
	}
	for _, c := range []string{"projects", "key_projects", "targets_declared", "targets_approved", "indicators",
		"indicators_reported", "indicators_completed", "monitored_projects", "red_projects", "yellow_projects"} {
		cols = append(cols, [2]string{c, "performance_summaries"})
	}
	for _, c := range []string{"evaluations", "scored", "score_sum", "excellent", "good", "fair", "poor"} {
		cols = append(cols, [2]string{c, "evaluation_summaries"})
	}
	for _, c := range coverageColumns {
		cols = append(cols, [2]string{c, "coverage"})
	}
	return cols
}()

// rollupList lists the roll-up columns, each written by format (%s: its name).
func rollupList(format string) string {
	out := make([]string, len(rollupColumns))
	for i, c := range rollupColumns {
		out[i] = fmt.Sprintf(format, c[0])
	}
	return strings.Join(out, ", ")
}

// coverageColumns are the coverage figures of a department's projects in a
// year (GetCoverage), computed by coverageRows.
var coverageColumns = []string{"coverage_budget", "targeted_budget", "key_evaluation_budget", "self_evaluation_due", "self_evaluated"}

// coverageRows gives, per key, each project of the key's department with
// allocations in the year: its whole budget of the year (the allocations'
// adjusted amounts, the initial ones when never adjusted, whatever department
// they are under) as coverage_budget, and that budget again when the project
// has an approved target of the year (targeted_budget) or a finance key or
// third-party evaluation of the year in any status (key_evaluation_budget);
// 1 in self_evaluation_due when the budget reaches the key-project threshold,
// and in self_evaluated when such a project also has a submitted self-evaluation.
// The threshold is the national rule set's, as GetCoverage's (a change of it
// in the code needs a Rebuild).
var coverageRows = fmt.Sprintf(`SELECT c.department_id, c.fiscal_year, c.budget AS coverage_budget,
        CASE WHEN EXISTS (SELECT 1 FROM targets t WHERE t.project_id = c.project_id AND t.fiscal_year = c.fiscal_year
            AND t.status IN %[1]s) THEN c.budget ELSE 0 END AS targeted_budget,
        CASE WHEN EXISTS (SELECT 1 FROM evaluations e WHERE e.project_id = c.project_id AND e.fiscal_year = c.fiscal_year
            AND e.kind IN ('FINANCE_KEY', 'THIRD_PARTY')) THEN c.budget ELSE 0 END AS key_evaluation_budget,
        CASE WHEN c.budget >= %[3]d THEN 1 ELSE 0 END AS self_evaluation_due,
        CASE WHEN c.budget >= %[3]d AND EXISTS (SELECT 1 FROM evaluations e WHERE e.project_id = c.project_id
            AND e.fiscal_year = c.fiscal_year AND e.kind = 'SELF' AND e.status IN %[2]s) THEN 1 ELSE 0 END AS self_evaluated
    FROM (SELECT p.department_id, a.fiscal_year, a.project_id, SUM(COALESCE(a.adjusted_amount, a.initial_amount)) AS budget
        FROM allocations a JOIN projects p ON p.id = a.project_id
        JOIN keys k ON k.department_id = p.department_id AND k.fiscal_year = a.fiscal_year
        GROUP BY p.department_id, a.fiscal_year, a.project_id) c`,
	approvedStatuses, scoredEvaluationStatuses, rules.NationalDefaults().KeyProjectThresholdFen)

// The roll-up per department and year of the three summaries above, and the
// coverage of the department's projects.
var departmentYearInsert = func() string {
	var parts []string
	for _, src := range []string{"execution_summaries", "performance_summaries", "evaluation_summaries"} {
		vals := make([]string, len(rollupColumns))
		for i, c := range rollupColumns {
			if c[1] == src {
				vals[i] = "x." + c[0]
			} else {
				vals[i] = "0"
			}
			vals[i] += " AS " + c[0]
		}
		parts = append(parts, fmt.Sprintf(`    SELECT x.department_id, x.fiscal_year, %s
    FROM %s x JOIN keys k ON k.department_id = x.department_id AND k.fiscal_year = x.fiscal_year`, strings.Join(vals, ", "), src))
	}
	vals := make([]string, len(rollupColumns))
	for i, c := range rollupColumns {
		vals[i] = "0 AS " + c[0]
		if c[1] == "coverage" {
			vals[i] = "x." + c[0]
		}
	}
	parts = append(parts, fmt.Sprintf("    SELECT x.department_id, x.fiscal_year, %s\n    FROM (%s) x", strings.Join(vals, ", "), coverageRows))
	return fmt.Sprintf(`INSERT INTO department_year_summaries (department_id, fiscal_year, %s)
SELECT department_id, fiscal_year, %s
FROM (
%s
) s
GROUP BY department_id, fiscal_year`, rollupList("%s"), rollupList("SUM(%s)"), strings.Join(parts, "\n    UNION ALL\n"))
}()

// authority orders the kinds of evaluation for the comparison's score: finance
// key, third-party, department, self-evaluation.
const authority = `CASE e.kind WHEN 'FINANCE_KEY' THEN 0 WHEN 'THIRD_PARTY' THEN 1 WHEN 'DEPARTMENT' THEN 2 ELSE 3 END`

// Projects of a key's department running in its year (a multi-year project in
// each of its years): the year's budget and payments, the total score of the
// most authoritative scored evaluation of the year (the latest of a kind), and
// the main quantity output indicator — of the current target versions of the
// year, the quantitative 产出/数量 indicator with the highest weight, then the
// first in order; its indicator completion (current targets, as the
// performance summary counts it), its monitoring periods by warning and the
// severity of its latest one (for the stats cube's PROJECT dimension).
var projectInsert = `pr AS (
    SELECT p.id, p.department_id, p.code, p.category, p.sector, k.fiscal_year FROM keys k
    JOIN projects p ON p.department_id = k.department_id
        AND p.fiscal_year <= k.fiscal_year AND COALESCE(p.end_year, p.fiscal_year) >= k.fiscal_year),
budget AS (
    SELECT pr.id, pr.fiscal_year, SUM(COALESCE(a.adjusted_amount, a.initial_amount)) AS adjusted
    FROM pr JOIN allocations a ON a.project_id = pr.id AND a.fiscal_year = pr.fiscal_year GROUP BY pr.id, pr.fiscal_year),
payments AS (
    SELECT pr.id, pr.fiscal_year, SUM(d.amount) AS paid
    FROM pr JOIN disbursements d ON d.project_id = pr.id AND d.fiscal_year = pr.fiscal_year GROUP BY pr.id, pr.fiscal_year),
scores AS (
    SELECT pr.id, pr.fiscal_year, CAST(ROUND(e.total_score * 10000) AS BIGINT) AS score, e.grade, e.kind,
        ROW_NUMBER() OVER (PARTITION BY pr.id, pr.fiscal_year ORDER BY ` + authority + `, e.updated_at DESC, e.id DESC) AS rn
    FROM pr JOIN evaluations e ON e.project_id = pr.id AND e.fiscal_year = pr.fiscal_year
    WHERE e.total_score IS NOT NULL AND e.status IN ` + scoredEvaluationStatuses + `),
outputs AS (
    SELECT pr.id, pr.fiscal_year, i.id AS indicator_id, i.unit, i.actual_value,
        ROW_NUMBER() OVER (PARTITION BY pr.id, pr.fiscal_year ORDER BY CAST(i.weight AS NUMERIC) DESC, i.sort_order, i.id) AS rn
    FROM pr JOIN targets t ON t.project_id = pr.id AND t.fiscal_year = pr.fiscal_year
    JOIN indicators i ON i.target_id = t.id
    WHERE ` + currentTarget + `
        AND i.category = 'OUTPUT' AND i.subcategory = 'QUANTITY' AND i.comparator <> 'QUALITATIVE'),
completion AS (
    SELECT pr.id, pr.fiscal_year, COUNT(*) AS indicators, SUM(` + indicatorCompleted + `) AS completed
    FROM pr JOIN targets t ON t.project_id = pr.id AND t.fiscal_year = pr.fiscal_year
    JOIN indicators i ON i.target_id = t.id
    WHERE ` + currentTarget + `
    GROUP BY pr.id, pr.fiscal_year),
warnings AS (
    SELECT pr.id, pr.fiscal_year, COUNT(*) AS months,
        SUM(CASE WHEN m.warning_level = 'RED' THEN 1 ELSE 0 END) AS red,
        SUM(CASE WHEN m.warning_level = 'YELLOW' THEN 1 ELSE 0 END) AS yellow
    FROM pr JOIN monitorings m ON m.project_id = pr.id AND m.fiscal_year = pr.fiscal_year
    GROUP BY pr.id, pr.fiscal_year),
latest AS (
    SELECT pr.id, pr.fiscal_year, m.warning_severity,
        ROW_NUMBER() OVER (PARTITION BY pr.id, pr.fiscal_year ORDER BY m.month DESC, m.id DESC) AS rn
    FROM pr JOIN monitorings m ON m.project_id = pr.id AND m.fiscal_year = pr.fiscal_year)
INSERT INTO project_year_summaries (project_id, fiscal_year, department_id, code, category, sector,
    adjusted_amount, paid_amount, score, grade, score_kind, output_indicator_id, output_unit, output_actual,
    indicators, indicators_completed, monitored_months, red_months, yellow_months, latest_warning_severity)
SELECT pr.id, pr.fiscal_year, pr.department_id, pr.code, pr.category, pr.sector,
    COALESCE(b.adjusted, 0), COALESCE(pd.paid, 0), s.score, s.grade, s.kind, o.indicator_id, o.unit, o.actual_value,
    COALESCE(c.indicators, 0), COALESCE(c.completed, 0), COALESCE(w.months, 0), COALESCE(w.red, 0),
    COALESCE(w.yellow, 0), COALESCE(l.warning_severity, 0)
FROM pr
LEFT JOIN budget b ON b.id = pr.id AND b.fiscal_year = pr.fiscal_year
LEFT JOIN payments pd ON pd.id = pr.id AND pd.fiscal_year = pr.fiscal_year
LEFT JOIN scores s ON s.id = pr.id AND s.fiscal_year = pr.fiscal_year AND s.rn = 1
LEFT JOIN outputs o ON o.id = pr.id AND o.fiscal_year = pr.fiscal_year AND o.rn = 1
LEFT JOIN completion c ON c.id = pr.id AND c.fiscal_year = pr.fiscal_year
LEFT JOIN warnings w ON w.id = pr.id AND w.fiscal_year = pr.fiscal_year
LEFT JOIN latest l ON l.id = pr.id AND l.fiscal_year = pr.fiscal_year AND l.rn = 1`
