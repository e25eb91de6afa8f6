-- reverse: modify "region_year_summaries" table
ALTER TABLE "region_year_summaries" DROP COLUMN "self_evaluated", DROP COLUMN "self_evaluation_due", DROP COLUMN "key_evaluation_budget", DROP COLUMN "targeted_budget", DROP COLUMN "coverage_budget";
-- reverse: modify "department_year_summaries" table
ALTER TABLE "department_year_summaries" DROP COLUMN "self_evaluated", DROP COLUMN "self_evaluation_due", DROP COLUMN "key_evaluation_budget", DROP COLUMN "targeted_budget", DROP COLUMN "coverage_budget";
