-- reverse: create index "summaryrefresh_department_id_fiscal_year" to table: "summary_refreshes"
DROP INDEX "summaryrefresh_department_id_fiscal_year";
-- reverse: create "summary_refreshes" table
DROP TABLE "summary_refreshes";
-- reverse: create index "performancesummary_fiscal_year" to table: "performance_summaries"
DROP INDEX "performancesummary_fiscal_year";
-- reverse: create index "performancesummary_department_id_fiscal_year_category_sector" to table: "performance_summaries"
DROP INDEX "performancesummary_department_id_fiscal_year_category_sector";
-- reverse: create "performance_summaries" table
DROP TABLE "performance_summaries";
-- reverse: create index "executionsummary_fiscal_year" to table: "execution_summaries"
DROP INDEX "executionsummary_fiscal_year";
-- reverse: create index "executionsummary_department_id_dfa2008c7220198518c2337b95c6e234" to table: "execution_summaries"
DROP INDEX "executionsummary_department_id_dfa2008c7220198518c2337b95c6e234";
-- reverse: create "execution_summaries" table
DROP TABLE "execution_summaries";
-- reverse: create index "evaluationsummary_fiscal_year" to table: "evaluation_summaries"
DROP INDEX "evaluationsummary_fiscal_year";
-- reverse: create index "evaluationsummary_department_i_398c37aa44b1a4e058438e5a2128e919" to table: "evaluation_summaries"
DROP INDEX "evaluationsummary_department_i_398c37aa44b1a4e058438e5a2128e919";
-- reverse: create "evaluation_summaries" table
DROP TABLE "evaluation_summaries";
