-- reverse: create index "evaluation_one_self_per_project_year" to table: "evaluations"
DROP INDEX "evaluation_one_self_per_project_year";
-- reverse: create index "evaluation_one_self_per_department_year" to table: "evaluations"
DROP INDEX "evaluation_one_self_per_department_year";
-- reverse: create index "evaluation_evaluation_scheme_id_status" to table: "evaluations"
DROP INDEX "evaluation_evaluation_scheme_id_status";
-- reverse: modify "evaluations" table
ALTER TABLE "evaluations" DROP CONSTRAINT "evaluations_evaluation_schemes_evaluations", DROP COLUMN "evaluation_scheme_id", DROP COLUMN "reopen_reason", DROP COLUMN "reopened_at", DROP COLUMN "consistency_flags";
-- reverse: create index "evaluationscheme_code_version" to table: "evaluation_schemes"
DROP INDEX "evaluationscheme_code_version";
-- reverse: create "evaluation_schemes" table
DROP TABLE "evaluation_schemes";
-- reverse: modify "targets" table
ALTER TABLE "targets" DROP COLUMN "approved_amount", DROP COLUMN "requested_amount";
-- reverse: create index "indicator_previous_id" to table: "indicators"
DROP INDEX "indicator_previous_id";
-- reverse: create index "indicator_lineage_id" to table: "indicators"
DROP INDEX "indicator_lineage_id";
-- reverse: modify "indicators" table
ALTER TABLE "indicators" DROP CONSTRAINT "indicators_indicators_revisions", DROP COLUMN "previous_id", DROP COLUMN "lineage_id";
