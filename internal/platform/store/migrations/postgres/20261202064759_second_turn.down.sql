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
-- reverse: create index "evidence_sha256" to table: "evidences"
DROP INDEX "evidence_sha256";
-- reverse: create index "evidence_score_item_id" to table: "evidences"
DROP INDEX "evidence_score_item_id";
-- reverse: create index "evidence_rectification_id" to table: "evidences"
DROP INDEX "evidence_rectification_id";
-- reverse: create index "evidence_monitoring_id" to table: "evidences"
DROP INDEX "evidence_monitoring_id";
-- reverse: create index "evidence_indicator_progress_id" to table: "evidences"
DROP INDEX "evidence_indicator_progress_id";
-- reverse: create index "evidence_department_id" to table: "evidences"
DROP INDEX "evidence_department_id";
-- reverse: create "evidences" table
DROP TABLE "evidences";
-- reverse: modify "users" table
ALTER TABLE "users" DROP COLUMN "password_history", DROP COLUMN "must_change_password";
-- reverse: create index "agencyrating_agency_id" to table: "agency_ratings"
DROP INDEX "agencyrating_agency_id";
-- reverse: create "agency_ratings" table
DROP TABLE "agency_ratings";
-- reverse: modify "disbursements" table
ALTER TABLE "disbursements" DROP CONSTRAINT "disbursements_disbursements_reversals", DROP COLUMN "reversal_of_id", DROP COLUMN "reason";
-- reverse: modify "api_tokens" table
ALTER TABLE "api_tokens" DROP COLUMN "expires_at";
