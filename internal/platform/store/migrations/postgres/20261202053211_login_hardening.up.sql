-- modify "api_tokens" table
ALTER TABLE "api_tokens" ADD COLUMN "expires_at" timestamptz NULL;
-- modify "users" table
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean NOT NULL DEFAULT false, ADD COLUMN "password_history" jsonb NULL;
