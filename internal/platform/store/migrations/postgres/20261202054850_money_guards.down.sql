-- reverse: modify "disbursements" table
ALTER TABLE "disbursements" DROP CONSTRAINT "disbursements_disbursements_reversals", DROP COLUMN "reversal_of_id", DROP COLUMN "reason";
