-- PRD 4.5: a mutation sent again with the same Idempotency-Key gets the first response back.
-- status_code is NULL while the first request is still running. Plain SQL (not in the Drizzle
-- schema): only the idempotency repository reads it.
CREATE TABLE "idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer,
	"response_body" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("scope", "key")
);
--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");
