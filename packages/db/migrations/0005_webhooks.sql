-- Webhook subscriptions, their deliveries and every attempt; the outbox of events that are not
-- about bookings; and the relay's position. pg-boss creates its own schema (pgboss) at start.

CREATE TABLE "webhooks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	-- Set for a webhook of one event type (/v2/event-types/{id}/webhooks).
	"event_type_id" integer REFERENCES "event_types"("id") ON DELETE CASCADE,
	-- Team scope comes with teams; the column is here so the model need not change then.
	"team_id" integer,
	"subscriber_url" text NOT NULL,
	"triggers" text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"payload_template" text,
	"secret" text NOT NULL,
	"version" text DEFAULT '2021-10-20' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
CREATE UNIQUE INDEX "webhooks_user_url_key" ON "webhooks" ("user_id", "subscriber_url")
	WHERE "event_type_id" IS NULL AND "team_id" IS NULL;
CREATE UNIQUE INDEX "webhooks_event_type_url_key" ON "webhooks" ("event_type_id", "subscriber_url")
	WHERE "event_type_id" IS NOT NULL;
CREATE INDEX "webhooks_user_idx" ON "webhooks" ("user_id", "created_at");

-- One row per (webhook, event): its id is the webhook-id header, the same on every attempt.
CREATE TABLE "webhook_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"webhook_id" uuid NOT NULL REFERENCES "webhooks"("id") ON DELETE CASCADE,
	"trigger" text NOT NULL,
	-- What the delivery is about, unique per webhook: the relay may see an event twice.
	"dedupe_key" text NOT NULL,
	"booking_id" integer REFERENCES "bookings"("id") ON DELETE SET NULL,
	-- pending -> delivered | dead_letter | cancelled; a replay makes it pending again.
	"status" text DEFAULT 'pending' NOT NULL,
	-- When the next attempt is due (a meeting trigger: the booking's start or end).
	"due_at" timestamp with time zone NOT NULL,
	-- The exact bytes sent and signed, fixed at the first attempt so retries repeat them.
	"body" text,
	"content_type" text,
	-- The booking event's facts the payload is built from.
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	-- attempts made before the current cycle of the retry schedule (a replay starts a new one).
	"cycle_start" integer DEFAULT 0 NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone
);
CREATE UNIQUE INDEX "webhook_deliveries_dedupe_key" ON "webhook_deliveries" ("webhook_id", "dedupe_key");
CREATE INDEX "webhook_deliveries_webhook_idx" ON "webhook_deliveries" ("webhook_id", "created_at");
CREATE INDEX "webhook_deliveries_booking_idx" ON "webhook_deliveries" ("booking_id")
	WHERE "status" = 'pending';

CREATE TABLE "webhook_delivery_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"delivery_id" uuid NOT NULL REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE,
	"attempt" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"latency_ms" integer NOT NULL,
	"status_code" integer,
	"ok" boolean NOT NULL,
	"response_excerpt" text,
	"error" text
);
CREATE INDEX "webhook_delivery_attempts_delivery_idx" ON "webhook_delivery_attempts" ("delivery_id", "attempt");

-- The outbox of events that are not about a booking (out-of-office now; forms, payments and
-- recordings later), written in the transaction that makes the change.
CREATE TABLE "outbox_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"user_id" integer REFERENCES "users"("id") ON DELETE CASCADE,
	"team_id" integer,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"tx_id" xid8 DEFAULT pg_current_xact_id() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
CREATE INDEX "outbox_events_tx_idx" ON "outbox_events" ("tx_id");

-- Which transaction wrote each booking event. Ids come from a sequence and commit out of order,
-- so "everything after id N" would skip an event whose transaction commits after a later one;
-- transaction ids with the snapshot horizon never do.
ALTER TABLE "booking_events" ADD COLUMN "tx_id" xid8 DEFAULT pg_current_xact_id() NOT NULL;
CREATE INDEX "booking_events_tx_idx" ON "booking_events" ("tx_id");

-- The relay's position: every event written by a transaction older than `horizon` is relayed.
-- Events at or past it that are already relayed are listed in relayed_events.
CREATE TABLE "relay_positions" (
	"name" text PRIMARY KEY NOT NULL,
	"horizon" xid8 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
INSERT INTO "relay_positions" ("name", "horizon") VALUES ('webhooks', '0');

CREATE TABLE "relayed_events" (
	"source" text NOT NULL,
	"event_id" bigint NOT NULL,
	"tx_id" xid8 NOT NULL,
	PRIMARY KEY ("source", "event_id")
);
CREATE INDEX "relayed_events_tx_idx" ON "relayed_events" ("tx_id");

CREATE TRIGGER "outbox_events_notify_change" AFTER INSERT ON "outbox_events"
	FOR EACH STATEMENT EXECUTE FUNCTION kairos_notify_change();
