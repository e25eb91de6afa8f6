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
