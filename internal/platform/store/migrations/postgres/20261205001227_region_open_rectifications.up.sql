-- create index "regionrectificationsummary_fiscal_year_deadline" to table: "region_rectification_summaries"
CREATE INDEX "regionrectificationsummary_fiscal_year_deadline" ON "region_rectification_summaries" ("fiscal_year", "deadline");
-- modify "region_year_summaries" table
ALTER TABLE "region_year_summaries" ADD COLUMN "open_rectifications" bigint NOT NULL DEFAULT 0;
-- the index on the fiscal year alone gives way to the one on (fiscal year, deadline)
DROP INDEX IF EXISTS "regionrectificationsummary_fiscal_year";
-- fill open_rectifications (analytics.Rebuild's statement)
INSERT INTO "region_year_summaries" ("region", "fiscal_year", "open_rectifications")
SELECT x.region, x.fiscal_year, SUM(x.open_count) FROM "region_rectification_summaries" x GROUP BY x.region, x.fiscal_year
ON CONFLICT ("region", "fiscal_year") DO UPDATE SET "open_rectifications" = excluded.open_rectifications;
-- the summaries now hold this shape (analytics.summaryShape; RebuildIfStale reads it on SQLite)
INSERT INTO "summary_refreshes" ("department_id", "fiscal_year", "version") VALUES (0, -1, 20261205)
ON CONFLICT ("department_id", "fiscal_year") DO UPDATE SET "version" = excluded.version;
