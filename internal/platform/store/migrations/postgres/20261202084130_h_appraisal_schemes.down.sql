-- reverse: create index "evaluation_evaluation_scheme_id_status" to table: "evaluations"
DROP INDEX "evaluation_evaluation_scheme_id_status";
-- reverse: modify "evaluations" table
ALTER TABLE "evaluations" DROP CONSTRAINT "evaluations_evaluation_schemes_evaluations", DROP COLUMN "evaluation_scheme_id";
-- reverse: create index "evaluationscheme_code_version" to table: "evaluation_schemes"
DROP INDEX "evaluationscheme_code_version";
-- reverse: create "evaluation_schemes" table
DROP TABLE "evaluation_schemes";
