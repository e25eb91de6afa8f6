-- modify "agencies" table
ALTER TABLE "agencies" ADD COLUMN "lock_version" bigint NOT NULL DEFAULT 0;
-- modify "departments" table
ALTER TABLE "departments" ADD COLUMN "lock_version" bigint NOT NULL DEFAULT 0;
-- modify "experts" table
ALTER TABLE "experts" ADD COLUMN "lock_version" bigint NOT NULL DEFAULT 0;
-- modify "funds" table
ALTER TABLE "funds" ADD COLUMN "lock_version" bigint NOT NULL DEFAULT 0;
-- modify "indicator_templates" table
ALTER TABLE "indicator_templates" ADD COLUMN "lock_version" bigint NOT NULL DEFAULT 0;
