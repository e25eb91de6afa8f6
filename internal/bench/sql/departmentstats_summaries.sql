-- The comparison as departmentStats computes it: each department's row of the
-- department-year roll-up for the year and the year before, the live count of
-- open and overdue rectifications, ranked by average score in hundredths,
-- rounded half up in integers as the API does (and by the previous year's).
-- pgbench runs it (-D year=2025) to show what the HTTP and GraphQL layer adds
-- on top of the statement itself.
\set prev :year - 1
WITH
rc AS (
  SELECT department_id,
    SUM(open_count) FILTER (WHERE fiscal_year = :year) AS open,
    SUM(open_count) FILTER (WHERE fiscal_year = :year AND deadline < now()) AS overdue
  FROM rectification_summaries WHERE fiscal_year IN (:year, :prev) GROUP BY department_id),
fig AS (
  SELECT d.id, d.code, d.name,
    c.projects, c.key_projects, c.initial_amount, c.adjusted_amount, c.paid_amount,
    c.targets_declared, c.targets_approved, c.indicators, c.indicators_reported, c.indicators_completed,
    c.monitored_projects, c.red_projects, c.yellow_projects, c.evaluations, c.scored,
    c.excellent, c.good, c.fair, c.poor, rc.open, rc.overdue,
    p.projects AS p_projects, p.adjusted_amount AS p_adjusted, p.paid_amount AS p_paid, p.red_projects AS p_red,
    CASE WHEN c.scored > 0 THEN (c.score_sum * 2 + c.scored * 100) / (c.scored * 200) END AS average,
    CASE WHEN p.scored > 0 THEN (p.score_sum * 2 + p.scored * 100) / (p.scored * 200) END AS p_average
  FROM departments d
  LEFT JOIN department_year_summaries c ON c.department_id = d.id AND c.fiscal_year = :year
  LEFT JOIN department_year_summaries p ON p.department_id = d.id AND p.fiscal_year = :prev
  LEFT JOIN rc ON rc.department_id = d.id)
SELECT fig.*, RANK() OVER (ORDER BY average DESC NULLS LAST) AS rank,
  RANK() OVER (ORDER BY p_average DESC NULLS LAST) AS prev_rank, COUNT(*) OVER () AS total
FROM fig ORDER BY average DESC NULLS LAST, code, id;
