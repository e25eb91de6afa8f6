-- modify "evidences" table
ALTER TABLE "evidences" ADD COLUMN "public" boolean NOT NULL DEFAULT false;
