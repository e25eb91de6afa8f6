-- reverse: modify "indicator_templates" table
ALTER TABLE "indicator_templates" DROP COLUMN "lock_version";
-- reverse: modify "funds" table
ALTER TABLE "funds" DROP COLUMN "lock_version";
-- reverse: modify "experts" table
ALTER TABLE "experts" DROP COLUMN "lock_version";
-- reverse: modify "departments" table
ALTER TABLE "departments" DROP COLUMN "lock_version";
-- reverse: modify "agencies" table
ALTER TABLE "agencies" DROP COLUMN "lock_version";
