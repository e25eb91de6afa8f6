-- reverse: modify "region_year_summaries" table
ALTER TABLE "region_year_summaries" DROP COLUMN "open_rectifications";
-- reverse: create index "regionrectificationsummary_fiscal_year_deadline" to table: "region_rectification_summaries"
DROP INDEX "regionrectificationsummary_fiscal_year_deadline";
CREATE INDEX "regionrectificationsummary_fiscal_year" ON "region_rectification_summaries" ("fiscal_year");
