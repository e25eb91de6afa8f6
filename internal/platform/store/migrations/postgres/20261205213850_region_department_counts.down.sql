-- reverse: create index "region_summaries_region_key" to table: "region_summaries"
DROP INDEX "region_summaries_region_key";
-- reverse: create "region_summaries" table
DROP TABLE "region_summaries";
