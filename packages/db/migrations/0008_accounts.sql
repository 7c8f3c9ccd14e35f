-- Accounts (issue 8): dashboard sessions, password reset tokens, throttle counters and the
-- instance's owner. Tokens are stored as SHA-256 hex only, like API keys.
CREATE TABLE "account_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text,
	CONSTRAINT "account_sessions_token_hash_key" UNIQUE ("token_hash")
);
--> statement-breakpoint
CREATE INDEX "account_sessions_user_id_idx" ON "account_sessions" USING btree ("user_id");
--> statement-breakpoint
CREATE INDEX "account_sessions_expires_at_idx" ON "account_sessions" USING btree ("expires_at");
--> statement-breakpoint
CREATE TABLE "password_reset_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "password_reset_tokens_token_hash_key" UNIQUE ("token_hash")
);
--> statement-breakpoint
CREATE INDEX "password_reset_tokens_user_id_idx" ON "password_reset_tokens" USING btree ("user_id");
--> statement-breakpoint
-- One row per counted event (a failed login, a sign-up, a reset mail), by bucket and key;
-- counted over a sliding window and pruned once older than a day.
CREATE TABLE "auth_throttle_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "auth_throttle_events_lookup_idx" ON "auth_throttle_events" USING btree ("bucket", "key", "occurred_at");
--> statement-breakpoint
CREATE INDEX "auth_throttle_events_occurred_at_idx" ON "auth_throttle_events" USING btree ("occurred_at");
--> statement-breakpoint
-- Exactly one row: who owns the instance (its first user) and whether anyone may sign up.
CREATE TABLE "instance_settings" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"owner_user_id" integer REFERENCES "users"("id") ON DELETE SET NULL,
	"signups_open" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instance_settings_singleton_check" CHECK ("singleton")
);
--> statement-breakpoint
INSERT INTO "instance_settings" ("singleton") VALUES (true);
