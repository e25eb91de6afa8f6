-- Partition the tables that grow with the years (issue 16 §5): disbursements
-- LIST by fiscal_year; indicator progress and audit entries RANGE on
-- created_at, one Beijing calendar year each, plus a DEFAULT partition per
-- table so that no insert ever fails. PostgreSQL wants the partition key in
-- every unique constraint and cannot point a foreign key at a partitioned
-- table's id alone: the primary keys become (id, key), and the constraints
-- that cannot stay are enforced by the triggers below with the errors
-- PostgreSQL gives for them (same SQLSTATE, constraint name and message).
-- store.Partitioned lists these differences from the ent schema.
--
-- A transaction that sets jixiao.deferred_integrity = 'on' (the demo bulk
-- loader, add_fiscal_year_partitions moving rows) skips the triggers and
-- must run check_partitioned_integrity() before it commits.
CREATE FUNCTION "jixiao_integrity_deferred"() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT COALESCE(current_setting('jixiao.deferred_integrity', true), '') = 'on'
$$;
-- the foreign key that points at indicator_progresses(id) goes first
ALTER TABLE "evidences" DROP CONSTRAINT "evidences_indicator_progresses_indicator_progress";
-- move the unpartitioned tables aside
ALTER TABLE "disbursements" RENAME TO "disbursements_unpartitioned";
ALTER TABLE "disbursements_unpartitioned" RENAME CONSTRAINT "disbursements_pkey" TO "disbursements_unpartitioned_pkey";
ALTER TABLE "indicator_progresses" RENAME TO "indicator_progresses_unpartitioned";
ALTER TABLE "indicator_progresses_unpartitioned" RENAME CONSTRAINT "indicator_progresses_pkey" TO "indicator_progresses_unpartitioned_pkey";
ALTER TABLE "audit_entries" RENAME TO "audit_entries_unpartitioned";
ALTER TABLE "audit_entries_unpartitioned" RENAME CONSTRAINT "audit_entries_pkey" TO "audit_entries_unpartitioned_pkey";
-- the partitioned tables: same columns, identity (its START WITH keeps the global id range) and defaults
CREATE TABLE "disbursements" (LIKE "disbursements_unpartitioned" INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING COMMENTS, PRIMARY KEY ("id", "fiscal_year")) PARTITION BY LIST ("fiscal_year");
CREATE TABLE "indicator_progresses" (LIKE "indicator_progresses_unpartitioned" INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING COMMENTS, PRIMARY KEY ("id", "created_at")) PARTITION BY RANGE ("created_at");
CREATE TABLE "audit_entries" (LIKE "audit_entries_unpartitioned" INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING COMMENTS, PRIMARY KEY ("id", "created_at")) PARTITION BY RANGE ("created_at");
CREATE TABLE "disbursements_default" PARTITION OF "disbursements" DEFAULT;
CREATE TABLE "indicator_progresses_default" PARTITION OF "indicator_progresses" DEFAULT;
CREATE TABLE "audit_entries_default" PARTITION OF "audit_entries" DEFAULT;
-- add_fiscal_year_partitions(year) creates the year's partition of each
-- table (if missing), moving the year's rows out of the DEFAULT partition.
-- Idempotent; the server calls it at start-up for this year and the next.
CREATE FUNCTION "jixiao_add_partition"("parent" text, "year" int, "bounds" text, "belongs" text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  part text := parent || '_' || year;
BEGIN
  IF to_regclass(quote_ident(part)) IS NOT NULL THEN
    RETURN;
  END IF;
  EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS)', part, parent);
  EXECUTE format('WITH moved AS (DELETE FROM %I WHERE %s RETURNING *) INSERT INTO %I SELECT * FROM moved', parent || '_default', belongs, part);
  EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I %s', parent, part, bounds);
END
$$;
CREATE FUNCTION "add_fiscal_year_partitions"("year" int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  deferred text := COALESCE(current_setting('jixiao.deferred_integrity', true), '');
  -- A Beijing calendar year (UTC+8, no daylight saving since 1991).
  y_from text := quote_literal(year || '-01-01 00:00:00+08');
  y_to text := quote_literal((year + 1) || '-01-01 00:00:00+08');
BEGIN
  IF year < 1900 OR year > 9998 THEN
    RAISE EXCEPTION 'add_fiscal_year_partitions: year % out of range', year USING ERRCODE = 'invalid_parameter_value';
  END IF;
  -- Several servers may start at once: one at a time.
  PERFORM pg_advisory_xact_lock(hashtextextended('add_fiscal_year_partitions', 0));
  -- Rows only move between partitions: nothing to check.
  PERFORM set_config('jixiao.deferred_integrity', 'on', true);
  PERFORM "jixiao_add_partition"('disbursements', year, format('FOR VALUES IN (%s)', year), format('fiscal_year = %s', year));
  PERFORM "jixiao_add_partition"('indicator_progresses', year, format('FOR VALUES FROM (%s) TO (%s)', y_from, y_to),
    format('created_at >= %s AND created_at < %s', y_from, y_to));
  PERFORM "jixiao_add_partition"('audit_entries', year, format('FOR VALUES FROM (%s) TO (%s)', y_from, y_to),
    format('created_at >= %s AND created_at < %s', y_from, y_to));
  PERFORM set_config('jixiao.deferred_integrity', deferred, true);
END
$$;
-- one partition per year of the data, of 2020 to next year, before the copy
SELECT "add_fiscal_year_partitions"(y::int) FROM (
  SELECT generate_series(2020, EXTRACT(YEAR FROM now() AT TIME ZONE 'Asia/Shanghai')::int + 1) AS y
  UNION SELECT fiscal_year FROM "disbursements_unpartitioned"
  UNION SELECT EXTRACT(YEAR FROM created_at AT TIME ZONE 'Asia/Shanghai')::int FROM "indicator_progresses_unpartitioned"
  UNION SELECT EXTRACT(YEAR FROM created_at AT TIME ZONE 'Asia/Shanghai')::int FROM "audit_entries_unpartitioned"
) AS years WHERE y BETWEEN 1900 AND 9998 ORDER BY y;
INSERT INTO "disbursements" SELECT * FROM "disbursements_unpartitioned";
INSERT INTO "indicator_progresses" SELECT * FROM "indicator_progresses_unpartitioned";
INSERT INTO "audit_entries" SELECT * FROM "audit_entries_unpartitioned";
DROP TABLE "disbursements_unpartitioned";
DROP TABLE "indicator_progresses_unpartitioned";
DROP TABLE "audit_entries_unpartitioned";
-- the identity sequences keep their names and continue after the largest id
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
-- the foreign keys PostgreSQL keeps on partitioned tables, and the indexes
ALTER TABLE "disbursements" ADD CONSTRAINT "disbursements_allocations_disbursements" FOREIGN KEY ("allocation_id") REFERENCES "allocations" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "disbursements_departments_disbursements" FOREIGN KEY ("department_id") REFERENCES "departments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "disbursements_projects_disbursements" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
CREATE INDEX "disbursement_allocation_id" ON "disbursements" ("allocation_id");
CREATE INDEX "disbursement_department_id_fiscal_year_month" ON "disbursements" ("department_id", "fiscal_year", "month");
CREATE INDEX "disbursement_project_id_fiscal_year_month" ON "disbursements" ("project_id", "fiscal_year", "month");
ALTER TABLE "indicator_progresses" ADD CONSTRAINT "indicator_progresses_departments_indicator_progresses" FOREIGN KEY ("department_id") REFERENCES "departments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "indicator_progresses_indicators_progresses" FOREIGN KEY ("indicator_id") REFERENCES "indicators" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "indicator_progresses_monitorings_progresses" FOREIGN KEY ("monitoring_id") REFERENCES "monitorings" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
CREATE INDEX "indicatorprogress_department_id" ON "indicator_progresses" ("department_id");
CREATE INDEX "indicatorprogress_indicator_id" ON "indicator_progresses" ("indicator_id");
-- not UNIQUE (it lacks created_at): the trigger indicator_progresses_unique_pair keeps it unique
CREATE INDEX "indicatorprogress_monitoring_id_indicator_id" ON "indicator_progresses" ("monitoring_id", "indicator_id");
CREATE INDEX "auditentry_actor_id" ON "audit_entries" ("actor_id");
CREATE INDEX "auditentry_created_at" ON "audit_entries" ("created_at");
CREATE INDEX "auditentry_entity_type_entity_id" ON "audit_entries" ("entity_type", "entity_id");
-- UNIQUE (monitoring_id, indicator_id) of indicator_progresses. The writers
-- of one monitoring record's rows take turns (a transaction-scoped advisory
-- lock), so the second sees the first's committed row (READ COMMITTED).
CREATE FUNCTION "indicator_progresses_unique_pair"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF "jixiao_integrity_deferred"() THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('indicator_progresses/' || NEW.monitoring_id, 0));
  IF (SELECT count(*) FROM "indicator_progresses" WHERE monitoring_id = NEW.monitoring_id AND indicator_id = NEW.indicator_id) > 1 THEN
    RAISE EXCEPTION USING ERRCODE = 'unique_violation', CONSTRAINT = 'indicatorprogress_monitoring_id_indicator_id', TABLE = 'indicator_progresses',
      MESSAGE = 'duplicate key value violates unique constraint "indicatorprogress_monitoring_id_indicator_id"',
      DETAIL = format('Key (monitoring_id, indicator_id)=(%s, %s) already exists.', NEW.monitoring_id, NEW.indicator_id);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "indicator_progresses_unique_pair" AFTER INSERT OR UPDATE OF "monitoring_id", "indicator_id" ON "indicator_progresses" FOR EACH ROW EXECUTE FUNCTION "indicator_progresses_unique_pair"();
-- FOREIGN KEY disbursements(reversal_of_id) REFERENCES disbursements(id) ON DELETE SET NULL
CREATE FUNCTION "disbursements_reversal_of_exists"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.reversal_of_id IS NULL OR "jixiao_integrity_deferred"() THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM "disbursements" WHERE id = NEW.reversal_of_id FOR KEY SHARE;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'disbursements_disbursements_reversals', TABLE = 'disbursements',
      MESSAGE = 'insert or update on table "disbursements" violates foreign key constraint "disbursements_disbursements_reversals"',
      DETAIL = format('Key (reversal_of_id)=(%s) is not present in table "disbursements".', NEW.reversal_of_id);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "disbursements_reversal_of_exists" AFTER INSERT OR UPDATE OF "reversal_of_id" ON "disbursements" FOR EACH ROW EXECUTE FUNCTION "disbursements_reversal_of_exists"();
-- ON DELETE SET NULL; a row moved to another partition (a changed key) is
-- deleted and inserted again: its id still exists, nothing is cleared.
CREATE FUNCTION "disbursements_reversals_set_null"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF "jixiao_integrity_deferred"() OR EXISTS (SELECT 1 FROM "disbursements" WHERE id = OLD.id) THEN
    RETURN NULL;
  END IF;
  UPDATE "disbursements" SET reversal_of_id = NULL WHERE reversal_of_id = OLD.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER "disbursements_reversals_set_null" AFTER DELETE ON "disbursements" FOR EACH ROW EXECUTE FUNCTION "disbursements_reversals_set_null"();
-- FOREIGN KEY evidences(indicator_progress_id) REFERENCES indicator_progresses(id) ON DELETE SET NULL
CREATE FUNCTION "evidences_indicator_progress_exists"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.indicator_progress_id IS NULL OR "jixiao_integrity_deferred"() THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM "indicator_progresses" WHERE id = NEW.indicator_progress_id FOR KEY SHARE;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'evidences_indicator_progresses_indicator_progress', TABLE = 'evidences',
      MESSAGE = 'insert or update on table "evidences" violates foreign key constraint "evidences_indicator_progresses_indicator_progress"',
      DETAIL = format('Key (indicator_progress_id)=(%s) is not present in table "indicator_progresses".', NEW.indicator_progress_id);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "evidences_indicator_progress_exists" AFTER INSERT OR UPDATE OF "indicator_progress_id" ON "evidences" FOR EACH ROW EXECUTE FUNCTION "evidences_indicator_progress_exists"();
CREATE FUNCTION "indicator_progresses_evidences_set_null"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF "jixiao_integrity_deferred"() OR EXISTS (SELECT 1 FROM "indicator_progresses" WHERE id = OLD.id) THEN
    RETURN NULL;
  END IF;
  UPDATE "evidences" SET indicator_progress_id = NULL WHERE indicator_progress_id = OLD.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER "indicator_progresses_evidences_set_null" AFTER DELETE ON "indicator_progresses" FOR EACH ROW EXECUTE FUNCTION "indicator_progresses_evidences_set_null"();
-- check_partitioned_integrity() lists every row that breaks a constraint the
-- triggers enforce, or an id seen twice (ids are unique by their sequence,
-- no longer by a constraint); no row: all is well.
CREATE FUNCTION "check_partitioned_integrity"() RETURNS TABLE ("constraint_name" text, "table_name" text, "row_id" bigint, "detail" text) LANGUAGE sql STABLE AS $$
  SELECT 'disbursements_pkey', 'disbursements', id, format('id %s appears %s times', id, count(*))
    FROM "disbursements" GROUP BY id HAVING count(*) > 1
  UNION ALL
  SELECT 'indicator_progresses_pkey', 'indicator_progresses', id, format('id %s appears %s times', id, count(*))
    FROM "indicator_progresses" GROUP BY id HAVING count(*) > 1
  UNION ALL
  SELECT 'audit_entries_pkey', 'audit_entries', id, format('id %s appears %s times', id, count(*))
    FROM "audit_entries" GROUP BY id HAVING count(*) > 1
  UNION ALL
  SELECT 'indicatorprogress_monitoring_id_indicator_id', 'indicator_progresses', id,
      format('Key (monitoring_id, indicator_id)=(%s, %s) appears %s times', monitoring_id, indicator_id, n)
    FROM (SELECT id, monitoring_id, indicator_id, count(*) OVER (PARTITION BY monitoring_id, indicator_id) AS n FROM "indicator_progresses") AS p
    WHERE n > 1
  UNION ALL
  SELECT 'disbursements_disbursements_reversals', 'disbursements', d.id,
      format('Key (reversal_of_id)=(%s) is not present in table "disbursements"', d.reversal_of_id)
    FROM "disbursements" d
    WHERE d.reversal_of_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "disbursements" o WHERE o.id = d.reversal_of_id)
  UNION ALL
  SELECT 'evidences_indicator_progresses_indicator_progress', 'evidences', e.id,
      format('Key (indicator_progress_id)=(%s) is not present in table "indicator_progresses"', e.indicator_progress_id)
    FROM "evidences" e
    WHERE e.indicator_progress_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "indicator_progresses" p WHERE p.id = e.indicator_progress_id)
  ORDER BY 1, 3
$$;
