-- reverse: create index "regionyearsummary_region_fiscal_year" to table: "region_year_summaries"
DROP INDEX "regionyearsummary_region_fiscal_year";
-- reverse: create index "regionyearsummary_fiscal_year" to table: "region_year_summaries"
DROP INDEX "regionyearsummary_fiscal_year";
-- reverse: create "region_year_summaries" table
DROP TABLE "region_year_summaries";
-- reverse: create index "regionrectificationsummary_region_fiscal_year_deadline" to table: "region_rectification_summaries"
DROP INDEX "regionrectificationsummary_region_fiscal_year_deadline";
-- reverse: create index "regionrectificationsummary_fiscal_year" to table: "region_rectification_summaries"
DROP INDEX "regionrectificationsummary_fiscal_year";
-- reverse: create "region_rectification_summaries" table
DROP TABLE "region_rectification_summaries";
