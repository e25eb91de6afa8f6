-- reverse: modify "users" table
ALTER TABLE "users" DROP COLUMN "password_history", DROP COLUMN "must_change_password";
-- reverse: modify "api_tokens" table
ALTER TABLE "api_tokens" DROP COLUMN "expires_at";
