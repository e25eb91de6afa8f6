-- reverse: create index "departmentscorerank_fiscal_year_score_rank" to table: "department_score_ranks"
DROP INDEX "departmentscorerank_fiscal_year_score_rank";
-- reverse: create index "departmentscorerank_fiscal_year_department_id" to table: "department_score_ranks"
DROP INDEX "departmentscorerank_fiscal_year_department_id";
-- reverse: create "department_score_ranks" table
DROP TABLE "department_score_ranks";
