-- Back to one plain table each, with the constraints the triggers enforced.
DROP TRIGGER "evidences_indicator_progress_exists" ON "evidences";
DROP FUNCTION "check_partitioned_integrity"();
DROP FUNCTION "add_fiscal_year_partitions"(int);
DROP FUNCTION "jixiao_add_partition"(text, int, text, text);
ALTER TABLE "disbursements" RENAME TO "disbursements_partitioned";
ALTER TABLE "disbursements_partitioned" RENAME CONSTRAINT "disbursements_pkey" TO "disbursements_partitioned_pkey";
ALTER TABLE "indicator_progresses" RENAME TO "indicator_progresses_partitioned";
ALTER TABLE "indicator_progresses_partitioned" RENAME CONSTRAINT "indicator_progresses_pkey" TO "indicator_progresses_partitioned_pkey";
ALTER TABLE "audit_entries" RENAME TO "audit_entries_partitioned";
ALTER TABLE "audit_entries_partitioned" RENAME CONSTRAINT "audit_entries_pkey" TO "audit_entries_partitioned_pkey";
CREATE TABLE "disbursements" (LIKE "disbursements_partitioned" INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING COMMENTS, PRIMARY KEY ("id"));
CREATE TABLE "indicator_progresses" (LIKE "indicator_progresses_partitioned" INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING COMMENTS, PRIMARY KEY ("id"));
CREATE TABLE "audit_entries" (LIKE "audit_entries_partitioned" INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING COMMENTS, PRIMARY KEY ("id"));
INSERT INTO "disbursements" SELECT * FROM "disbursements_partitioned";
INSERT INTO "indicator_progresses" SELECT * FROM "indicator_progresses_partitioned";
INSERT INTO "audit_entries" SELECT * FROM "audit_entries_partitioned";
-- with their partitions and triggers
DROP TABLE "disbursements_partitioned";
DROP TABLE "indicator_progresses_partitioned";
DROP TABLE "audit_entries_partitioned";
DROP FUNCTION "indicator_progresses_unique_pair"();
DROP FUNCTION "disbursements_reversal_of_exists"();
DROP FUNCTION "disbursements_reversals_set_null"();
DROP FUNCTION "evidences_indicator_progress_exists"();
DROP FUNCTION "indicator_progresses_evidences_set_null"();
DROP FUNCTION "jixiao_integrity_deferred"();
DO $$
DECLARE
  t text;
  seq text;
BEGIN
  FOREACH t IN ARRAY ARRAY['disbursements', 'indicator_progresses', 'audit_entries'] LOOP
    seq := pg_get_serial_sequence(quote_ident(t), 'id');
    IF seq <> 'public.' || t || '_id_seq' AND seq <> t || '_id_seq' THEN
      EXECUTE format('ALTER SEQUENCE %s RENAME TO %I', seq, t || '_id_seq');
      seq := pg_get_serial_sequence(quote_ident(t), 'id');
    END IF;
    EXECUTE format('SELECT setval(%L, max(id)) FROM %I HAVING max(id) IS NOT NULL', seq, t);
  END LOOP;
END
$$;
ALTER TABLE "disbursements" ADD CONSTRAINT "disbursements_allocations_disbursements" FOREIGN KEY ("allocation_id") REFERENCES "allocations" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "disbursements_departments_disbursements" FOREIGN KEY ("department_id") REFERENCES "departments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "disbursements_projects_disbursements" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "disbursements_disbursements_reversals" FOREIGN KEY ("reversal_of_id") REFERENCES "disbursements" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
CREATE INDEX "disbursement_allocation_id" ON "disbursements" ("allocation_id");
CREATE INDEX "disbursement_department_id_fiscal_year_month" ON "disbursements" ("department_id", "fiscal_year", "month");
CREATE INDEX "disbursement_project_id_fiscal_year_month" ON "disbursements" ("project_id", "fiscal_year", "month");
ALTER TABLE "indicator_progresses" ADD CONSTRAINT "indicator_progresses_departments_indicator_progresses" FOREIGN KEY ("department_id") REFERENCES "departments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "indicator_progresses_indicators_progresses" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "indicator_progresses_monitorings_progresses" FOREIGN KEY ("monitoring_id") REFERENCES "monitorings" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
CREATE INDEX "indicatorprogress_department_id" ON "indicator_progresses" ("department_id");
CREATE INDEX "indicatorprogress_indicator_id" ON "indicator_progresses" ("indicator_id");
CREATE UNIQUE INDEX "indicatorprogress_monitoring_id_indicator_id" ON "indicator_progresses" ("monitoring_id", "indicator_id");
CREATE INDEX "auditentry_actor_id" ON "audit_entries" ("actor_id");
CREATE INDEX "auditentry_created_at" ON "audit_entries" ("created_at");
CREATE INDEX "auditentry_entity_type_entity_id" ON "audit_entries" ("entity_type", "entity_id");
ALTER TABLE "evidences" ADD CONSTRAINT "evidences_indicator_progresses_indicator_progress" FOREIGN KEY ("indicator_progress_id") REFERENCES "indicator_progresses" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
