-- reverse: modify "projects" table
ALTER TABLE "projects" DROP COLUMN "warning_severity";
-- reverse: modify "project_year_summaries" table
ALTER TABLE "project_year_summaries" DROP COLUMN "latest_warning_severity", DROP COLUMN "yellow_months", DROP COLUMN "red_months", DROP COLUMN "monitored_months", DROP COLUMN "indicators_completed", DROP COLUMN "indicators";
-- reverse: create index "monitoring_fiscal_year_warning_severity" to table: "monitorings"
DROP INDEX "monitoring_fiscal_year_warning_severity";
-- reverse: modify "monitorings" table
ALTER TABLE "monitorings" DROP COLUMN "warning_severity";
