-- reverse: modify "evidences" table
ALTER TABLE "evidences" DROP COLUMN "public";
