-- modify "monitorings" table
ALTER TABLE "monitorings" ADD COLUMN "warning_severity" bigint NOT NULL DEFAULT 0;
-- create index "monitoring_fiscal_year_warning_severity" to table: "monitorings"
CREATE INDEX "monitoring_fiscal_year_warning_severity" ON "monitorings" ("fiscal_year", "warning_severity");
-- modify "project_year_summaries" table
ALTER TABLE "project_year_summaries" ADD COLUMN "indicators" bigint NOT NULL DEFAULT 0, ADD COLUMN "indicators_completed" bigint NOT NULL DEFAULT 0, ADD COLUMN "monitored_months" bigint NOT NULL DEFAULT 0, ADD COLUMN "red_months" bigint NOT NULL DEFAULT 0, ADD COLUMN "yellow_months" bigint NOT NULL DEFAULT 0, ADD COLUMN "latest_warning_severity" bigint NOT NULL DEFAULT 0;
-- modify "projects" table
ALTER TABLE "projects" ADD COLUMN "warning_severity" bigint NOT NULL DEFAULT 0;
-- backfill: the stored severity of every existing warning level (rules.WarningSeverity)
UPDATE "monitorings" SET "warning_severity" = CASE "warning_level" WHEN 'RED' THEN 4 WHEN 'YELLOW' THEN 3 WHEN 'BLUE' THEN 2 WHEN 'GREEN' THEN 1 ELSE 0 END;
UPDATE "projects" SET "warning_severity" = CASE "warning_level" WHEN 'RED' THEN 4 WHEN 'YELLOW' THEN 3 WHEN 'BLUE' THEN 2 WHEN 'GREEN' THEN 1 ELSE 0 END WHERE "warning_level" IS NOT NULL;
