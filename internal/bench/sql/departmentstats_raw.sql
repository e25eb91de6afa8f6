-- The comparison aggregate written by hand over the base tables: what
-- departmentStats(fiscalYear: :year) answers for every department — projects,
-- budget, payments, targets, indicator completion, monitoring warnings,
-- evaluations (average score, grades), open and overdue rectifications, for
-- the year and the year before — ranked by average score. pgbench runs it
-- (-D year=2025) beside the API to give the ratio.
\set prev :year - 1
WITH
proj AS (
  SELECT p.department_id, y.fiscal_year, COUNT(*) AS projects, COUNT(*) FILTER (WHERE p.key_project) AS key_projects
  FROM projects p JOIN (VALUES (:year), (:prev)) AS y(fiscal_year)
    ON p.fiscal_year <= y.fiscal_year AND COALESCE(p.end_year, p.fiscal_year) >= y.fiscal_year
  GROUP BY p.department_id, y.fiscal_year),
budget AS (
  SELECT department_id, fiscal_year, SUM(initial_amount) AS initial, SUM(COALESCE(adjusted_amount, initial_amount)) AS adjusted
  FROM allocations WHERE fiscal_year IN (:year, :prev) GROUP BY department_id, fiscal_year),
paid AS (
  SELECT department_id, fiscal_year, SUM(amount) AS paid
  FROM disbursements WHERE fiscal_year IN (:year, :prev) GROUP BY department_id, fiscal_year),
cur AS (
  SELECT t.id, t.department_id, t.fiscal_year, t.status FROM targets t
  WHERE t.fiscal_year IN (:year, :prev) AND t.status <> 'SUPERSEDED'
    AND NOT EXISTS (SELECT 1 FROM targets s WHERE s.predecessor_id = t.id)),
tg AS (
  SELECT department_id, fiscal_year,
    COUNT(*) FILTER (WHERE status IN ('SUBMITTED', 'RETURNED', 'APPROVED', 'ADJUSTING')) AS declared,
    COUNT(*) FILTER (WHERE status IN ('APPROVED', 'ADJUSTING')) AS approved
  FROM cur GROUP BY department_id, fiscal_year),
ind AS (
  SELECT c.department_id, c.fiscal_year, COUNT(*) AS indicators,
    COUNT(*) FILTER (WHERE CASE
      WHEN i.comparator = 'QUALITATIVE' THEN i.actual_level = 'ACHIEVED'
      WHEN i.actual_value IS NULL OR i.target_value IS NULL THEN FALSE
      WHEN i.comparator IN ('LT', 'LTE') THEN i.actual_value <= i.target_value
      WHEN i.comparator = 'EQ' AND i.target_value = 0 THEN i.actual_value = 0
      ELSE i.actual_value >= i.target_value END) AS completed
  FROM cur c JOIN indicators i ON i.target_id = c.id GROUP BY c.department_id, c.fiscal_year),
mon AS (
  SELECT department_id, fiscal_year, COUNT(*) AS monitored,
    COUNT(*) FILTER (WHERE warning_level = 'RED') AS red, COUNT(*) FILTER (WHERE warning_level = 'YELLOW') AS yellow
  FROM (SELECT DISTINCT ON (project_id, fiscal_year) department_id, fiscal_year, warning_level
        FROM monitorings WHERE fiscal_year IN (:year, :prev) ORDER BY project_id, fiscal_year, month DESC, id DESC) m
  GROUP BY department_id, fiscal_year),
ev AS (
  SELECT department_id, fiscal_year, COUNT(*) AS evaluations, COUNT(total_score) AS scored,
    ROUND(AVG(total_score), 2) AS average,
    COUNT(*) FILTER (WHERE grade = 'EXCELLENT') AS excellent, COUNT(*) FILTER (WHERE grade = 'GOOD') AS good,
    COUNT(*) FILTER (WHERE grade = 'FAIR') AS fair, COUNT(*) FILTER (WHERE grade = 'POOR') AS poor
  FROM evaluations WHERE fiscal_year IN (:year, :prev) GROUP BY department_id, fiscal_year),
rc AS (
  SELECT r.department_id, COALESCE(e.fiscal_year, mo.fiscal_year) AS fiscal_year, COUNT(*) AS open,
    COUNT(*) FILTER (WHERE r.deadline < now()) AS overdue
  FROM rectifications r LEFT JOIN evaluations e ON e.id = r.evaluation_id LEFT JOIN monitorings mo ON mo.id = r.monitoring_id
  WHERE r.status <> 'DONE' GROUP BY 1, 2),
fig AS (
  SELECT d.id, d.code, d.name, y.fiscal_year,
    COALESCE(proj.projects, 0) AS projects, COALESCE(proj.key_projects, 0) AS key_projects,
    COALESCE(budget.initial, 0) AS initial, COALESCE(budget.adjusted, 0) AS adjusted, COALESCE(paid.paid, 0) AS paid,
    COALESCE(tg.declared, 0) AS declared, COALESCE(tg.approved, 0) AS approved,
    COALESCE(ind.indicators, 0) AS indicators, COALESCE(ind.completed, 0) AS completed,
    COALESCE(mon.monitored, 0) AS monitored, COALESCE(mon.red, 0) AS red, COALESCE(mon.yellow, 0) AS yellow,
    COALESCE(ev.evaluations, 0) AS evaluations, COALESCE(ev.scored, 0) AS scored, ev.average,
    COALESCE(ev.excellent, 0) AS excellent, COALESCE(ev.good, 0) AS good, COALESCE(ev.fair, 0) AS fair, COALESCE(ev.poor, 0) AS poor,
    COALESCE(rc.open, 0) AS open, COALESCE(rc.overdue, 0) AS overdue
  FROM departments d CROSS JOIN (VALUES (:year), (:prev)) AS y(fiscal_year)
  LEFT JOIN proj ON proj.department_id = d.id AND proj.fiscal_year = y.fiscal_year
  LEFT JOIN budget ON budget.department_id = d.id AND budget.fiscal_year = y.fiscal_year
  LEFT JOIN paid ON paid.department_id = d.id AND paid.fiscal_year = y.fiscal_year
  LEFT JOIN tg ON tg.department_id = d.id AND tg.fiscal_year = y.fiscal_year
  LEFT JOIN ind ON ind.department_id = d.id AND ind.fiscal_year = y.fiscal_year
  LEFT JOIN mon ON mon.department_id = d.id AND mon.fiscal_year = y.fiscal_year
  LEFT JOIN ev ON ev.department_id = d.id AND ev.fiscal_year = y.fiscal_year
  LEFT JOIN rc ON rc.department_id = d.id AND rc.fiscal_year = y.fiscal_year)
SELECT c.*, p.adjusted AS prev_adjusted, p.paid AS prev_paid, p.average AS prev_average,
  RANK() OVER (ORDER BY c.average DESC NULLS LAST) AS rank,
  RANK() OVER (ORDER BY p.average DESC NULLS LAST) AS prev_rank
FROM fig c JOIN fig p ON p.id = c.id AND p.fiscal_year = :prev
WHERE c.fiscal_year = :year
ORDER BY rank, c.code;
