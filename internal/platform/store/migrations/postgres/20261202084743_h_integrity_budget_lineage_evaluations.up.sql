-- modify "evaluations" table
ALTER TABLE "evaluations" ADD COLUMN "consistency_flags" jsonb NULL, ADD COLUMN "reopened_at" timestamptz NULL, ADD COLUMN "reopen_reason" text NULL;
-- create index "evaluation_one_self_per_department_year" to table: "evaluations"
CREATE UNIQUE INDEX "evaluation_one_self_per_department_year" ON "evaluations" ("department_id", "fiscal_year") WHERE (((kind)::text = 'SELF'::text) AND (project_id IS NULL));
-- create index "evaluation_one_self_per_project_year" to table: "evaluations"
CREATE UNIQUE INDEX "evaluation_one_self_per_project_year" ON "evaluations" ("project_id", "fiscal_year") WHERE (((kind)::text = 'SELF'::text) AND (project_id IS NOT NULL));
-- modify "indicators" table
ALTER TABLE "indicators" ADD COLUMN "lineage_id" bigint NULL, ADD COLUMN "previous_id" bigint NULL, ADD CONSTRAINT "indicators_indicators_revisions" FOREIGN KEY ("previous_id") REFERENCES "indicators" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- create index "indicator_lineage_id" to table: "indicators"
CREATE INDEX "indicator_lineage_id" ON "indicators" ("lineage_id");
-- create index "indicator_previous_id" to table: "indicators"
CREATE INDEX "indicator_previous_id" ON "indicators" ("previous_id");
-- modify "targets" table
ALTER TABLE "targets" ADD COLUMN "requested_amount" bigint NULL, ADD COLUMN "approved_amount" bigint NULL;
