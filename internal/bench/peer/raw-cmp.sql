-- (:year comes from pgbench -D or psql -v)
-- comparison on the base tables, the 5 figures asked for: every department's running projects, budget (adjusted, else initial),
-- paid, execution rate, average evaluation score (2 places) for the year, ranked by average score like departmentStats
SELECT d.id, d.code, d.name, coalesce(p.n, 0) AS project_count, coalesce(b.budget, 0) AS budget, coalesce(pd.paid, 0) AS paid,
  CASE WHEN coalesce(b.budget, 0) > 0 THEN coalesce(pd.paid, 0)::float8 / b.budget ELSE 0 END AS execution_rate, e.avg_score,
  rank() OVER (ORDER BY e.avg_score DESC NULLS LAST) AS rank
FROM departments d
LEFT JOIN (SELECT department_id, count(*) AS n FROM projects
           WHERE fiscal_year <= :year AND coalesce(end_year, fiscal_year) >= :year GROUP BY 1) p ON p.department_id = d.id
LEFT JOIN (SELECT department_id, sum(coalesce(adjusted_amount, initial_amount)) AS budget FROM allocations
           WHERE fiscal_year = :year GROUP BY 1) b ON b.department_id = d.id
LEFT JOIN (SELECT department_id, sum(amount) AS paid FROM disbursements WHERE fiscal_year = :year GROUP BY 1) pd ON pd.department_id = d.id
LEFT JOIN (SELECT department_id, round(avg(total_score), 2) AS avg_score FROM evaluations WHERE fiscal_year = :year GROUP BY 1) e
       ON e.department_id = d.id
ORDER BY e.avg_score DESC NULLS LAST, d.code
;
