-- modify "disbursements" table
ALTER TABLE "disbursements" ADD COLUMN "reason" text NULL, ADD COLUMN "reversal_of_id" bigint NULL, ADD CONSTRAINT "disbursements_disbursements_reversals" FOREIGN KEY ("reversal_of_id") REFERENCES "disbursements" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
