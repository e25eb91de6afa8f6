-- reverse: create index "expertscore_score_item_id_expert_id" to table: "expert_scores"
DROP INDEX "expertscore_score_item_id_expert_id";
-- reverse: create index "expertscore_evaluation_id" to table: "expert_scores"
DROP INDEX "expertscore_evaluation_id";
-- reverse: create index "expertscore_department_id" to table: "expert_scores"
DROP INDEX "expertscore_department_id";
-- reverse: create "expert_scores" table
DROP TABLE "expert_scores";
-- reverse: modify "experts" table
ALTER TABLE "experts" DROP COLUMN "conflict_department_ids", DROP COLUMN "department_id";
-- reverse: create index "agencyrating_agency_id" to table: "agency_ratings"
DROP INDEX "agencyrating_agency_id";
-- reverse: create "agency_ratings" table
DROP TABLE "agency_ratings";
