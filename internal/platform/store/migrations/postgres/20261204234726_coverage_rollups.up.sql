-- modify "department_year_summaries" table
ALTER TABLE "department_year_summaries" ADD COLUMN "coverage_budget" bigint NOT NULL DEFAULT 0, ADD COLUMN "targeted_budget" bigint NOT NULL DEFAULT 0, ADD COLUMN "key_evaluation_budget" bigint NOT NULL DEFAULT 0, ADD COLUMN "self_evaluation_due" bigint NOT NULL DEFAULT 0, ADD COLUMN "self_evaluated" bigint NOT NULL DEFAULT 0;
-- modify "region_year_summaries" table
ALTER TABLE "region_year_summaries" ADD COLUMN "coverage_budget" bigint NOT NULL DEFAULT 0, ADD COLUMN "targeted_budget" bigint NOT NULL DEFAULT 0, ADD COLUMN "key_evaluation_budget" bigint NOT NULL DEFAULT 0, ADD COLUMN "self_evaluation_due" bigint NOT NULL DEFAULT 0, ADD COLUMN "self_evaluated" bigint NOT NULL DEFAULT 0;
-- fill the coverage figures (analytics.coverageRows) of the department-years, then the region roll-ups again (analytics.Rebuild's statements)
INSERT INTO "department_year_summaries" ("department_id", "fiscal_year", "coverage_budget", "targeted_budget", "key_evaluation_budget", "self_evaluation_due", "self_evaluated")
SELECT c.department_id, c.fiscal_year, SUM(c.budget),
  SUM(CASE WHEN EXISTS (SELECT 1 FROM "targets" t WHERE t.project_id = c.project_id AND t.fiscal_year = c.fiscal_year AND t.status IN ('APPROVED')) THEN c.budget ELSE 0 END),
  SUM(CASE WHEN EXISTS (SELECT 1 FROM "evaluations" e WHERE e.project_id = c.project_id AND e.fiscal_year = c.fiscal_year AND e.kind IN ('FINANCE_KEY', 'THIRD_PARTY')) THEN c.budget ELSE 0 END),
  SUM(CASE WHEN c.budget >= 50000000 THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.budget >= 50000000 AND EXISTS (SELECT 1 FROM "evaluations" e WHERE e.project_id = c.project_id AND e.fiscal_year = c.fiscal_year AND e.kind = 'SELF' AND e.status IN ('SUBMITTED', 'REVIEWED', 'PUBLISHED')) THEN 1 ELSE 0 END)
FROM (SELECT p.department_id, a.fiscal_year, a.project_id, SUM(COALESCE(a.adjusted_amount, a.initial_amount)) AS budget
  FROM "allocations" a JOIN "projects" p ON p.id = a.project_id GROUP BY p.department_id, a.fiscal_year, a.project_id) c
GROUP BY c.department_id, c.fiscal_year
ON CONFLICT ("department_id", "fiscal_year") DO UPDATE SET "coverage_budget" = excluded.coverage_budget, "targeted_budget" = excluded.targeted_budget,
  "key_evaluation_budget" = excluded.key_evaluation_budget, "self_evaluation_due" = excluded.self_evaluation_due, "self_evaluated" = excluded.self_evaluated;
DELETE FROM "region_year_summaries";
INSERT INTO "region_year_summaries" ("region", "fiscal_year", "initial_amount", "adjusted_amount", "paid_amount", "paid_01", "paid_02", "paid_03", "paid_04", "paid_05", "paid_06", "paid_07", "paid_08", "paid_09", "paid_10", "paid_11", "paid_12", "projects", "key_projects", "targets_declared", "targets_approved", "indicators", "indicators_reported", "indicators_completed", "monitored_projects", "red_projects", "yellow_projects", "evaluations", "scored", "score_sum", "excellent", "good", "fair", "poor", "coverage_budget", "targeted_budget", "key_evaluation_budget", "self_evaluation_due", "self_evaluated")
SELECT d.region, x.fiscal_year, SUM(x.initial_amount), SUM(x.adjusted_amount), SUM(x.paid_amount), SUM(x.paid_01), SUM(x.paid_02), SUM(x.paid_03), SUM(x.paid_04), SUM(x.paid_05), SUM(x.paid_06), SUM(x.paid_07), SUM(x.paid_08), SUM(x.paid_09), SUM(x.paid_10), SUM(x.paid_11), SUM(x.paid_12), SUM(x.projects), SUM(x.key_projects), SUM(x.targets_declared), SUM(x.targets_approved), SUM(x.indicators), SUM(x.indicators_reported), SUM(x.indicators_completed), SUM(x.monitored_projects), SUM(x.red_projects), SUM(x.yellow_projects), SUM(x.evaluations), SUM(x.scored), SUM(x.score_sum), SUM(x.excellent), SUM(x.good), SUM(x.fair), SUM(x.poor), SUM(x.coverage_budget), SUM(x.targeted_budget), SUM(x.key_evaluation_budget), SUM(x.self_evaluation_due), SUM(x.self_evaluated)
FROM "department_year_summaries" x JOIN "departments" d ON d.id = x.department_id
GROUP BY d.region, x.fiscal_year;
