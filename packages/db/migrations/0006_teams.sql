-- Teams (PRD 3.3, 3.10): teams, memberships with roles, invitations by email, and what team
-- event types need: round-robin weights, per-host caps, managed templates and their children,
-- and on each booking host row when it was assigned and whether it was a round-robin turn.
CREATE TABLE "teams" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"bio" text,
	"logo_url" text,
	"banner_url" text,
	"is_private" boolean DEFAULT false NOT NULL,
	"hide_book_a_team_member" boolean DEFAULT false NOT NULL,
	"hide_branding" boolean DEFAULT false NOT NULL,
	"brand_color" text,
	"dark_brand_color" text,
	"theme" text,
	"time_zone" text DEFAULT 'Europe/London' NOT NULL,
	"week_start" text DEFAULT 'Sunday' NOT NULL,
	"time_format" integer,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "teams_slug_key" ON "teams" USING btree (lower("slug"));
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" serial PRIMARY KEY NOT NULL,
	"team_id" integer NOT NULL REFERENCES "teams"("id") ON DELETE CASCADE,
	"user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"role" text DEFAULT 'MEMBER' NOT NULL,
	"accepted" boolean DEFAULT false NOT NULL,
	"disable_impersonation" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_role_check" CHECK ("role" IN ('OWNER', 'ADMIN', 'MEMBER'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_team_user_key" ON "memberships" USING btree ("team_id", "user_id");
--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");
--> statement-breakpoint
-- An invitation to an address that has no account yet; it becomes a membership when a user
-- with that email accepts it.
CREATE TABLE "team_invitations" (
	"id" serial PRIMARY KEY NOT NULL,
	"team_id" integer NOT NULL REFERENCES "teams"("id") ON DELETE CASCADE,
	"email" text NOT NULL,
	"role" text DEFAULT 'MEMBER' NOT NULL,
	"invited_by_id" integer REFERENCES "users"("id") ON DELETE SET NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_invitations_role_check" CHECK ("role" IN ('OWNER', 'ADMIN', 'MEMBER'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "team_invitations_team_email_key" ON "team_invitations" USING btree ("team_id", lower("email"));
--> statement-breakpoint
CREATE INDEX "team_invitations_email_idx" ON "team_invitations" USING btree (lower("email"));
--> statement-breakpoint
ALTER TABLE "event_types" ADD CONSTRAINT "event_types_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "event_types" ADD COLUMN "parent_id" integer REFERENCES "event_types"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "event_types" ADD COLUMN "assign_all_team_members" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
-- A managed template's settings its members may change on their own event type.
ALTER TABLE "event_types" ADD COLUMN "unlocked_fields" jsonb;
--> statement-breakpoint
CREATE UNIQUE INDEX "event_types_parent_owner_key" ON "event_types" USING btree ("parent_id", "owner_id") WHERE "parent_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "event_types_team_idx" ON "event_types" USING btree ("team_id") WHERE "team_id" IS NOT NULL;
--> statement-breakpoint
-- A host's caps inside the event type ({day?, week?}), its credited round-robin runs, and its
-- round-robin state: turns in active bookings and when it was last given a booking (kept by
-- the triggers below, in the transaction of each change).
ALTER TABLE "event_type_hosts" ADD COLUMN "booking_limits_count" jsonb;
--> statement-breakpoint
ALTER TABLE "event_type_hosts" ADD COLUMN "rr_run_offset" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE "event_type_hosts" ADD COLUMN "rr_turns" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE "event_type_hosts" ADD COLUMN "rr_last_assigned_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "booking_hosts" ADD COLUMN "assigned_at" timestamp with time zone DEFAULT now() NOT NULL;
--> statement-breakpoint
ALTER TABLE "booking_hosts" ADD COLUMN "is_round_robin_turn" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
UPDATE "booking_hosts" h SET "assigned_at" = b."created_at" FROM "bookings" b WHERE b."id" = h."booking_id";
--> statement-breakpoint
UPDATE "event_type_hosts" eh SET "rr_last_assigned_at" = x.last
FROM (SELECT b."event_type_id", h."user_id", max(h."assigned_at") AS last
      FROM "booking_hosts" h JOIN "bookings" b ON b."id" = h."booking_id"
      WHERE b."status" IN ('accepted', 'pending') GROUP BY 1, 2) x
WHERE eh."event_type_id" = x."event_type_id" AND eh."user_id" = x."user_id";
--> statement-breakpoint
-- Round robin reads each host's turns and recency with the event type instead of counting its
-- whole booking history on every booking (PRD 7.6). A host row added or removed, and a booking
-- becoming inactive (cancelled, rejected), move the counts of a round-robin event type's hosts
-- (other event types are left alone: their bookings take no lock on a host row).
CREATE FUNCTION kairos_rr_tally_host_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  et integer;
  is_active boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT b.event_type_id, b.status IN ('accepted', 'pending') INTO et, is_active
    FROM bookings b JOIN event_types e ON e.id = b.event_type_id AND e.scheduling_type = 'roundRobin'
    WHERE b.id = NEW.booking_id;
    IF et IS NOT NULL AND is_active THEN
      UPDATE event_type_hosts SET rr_turns = rr_turns + NEW.is_round_robin_turn::int,
        rr_last_assigned_at = greatest(rr_last_assigned_at, NEW.assigned_at)
      WHERE event_type_id = et AND user_id = NEW.user_id;
    END IF;
  ELSIF OLD.is_round_robin_turn THEN
    SELECT b.event_type_id, b.status IN ('accepted', 'pending') INTO et, is_active
    FROM bookings b JOIN event_types e ON e.id = b.event_type_id AND e.scheduling_type = 'roundRobin'
    WHERE b.id = OLD.booking_id;
    IF et IS NOT NULL AND is_active THEN
      UPDATE event_type_hosts SET rr_turns = rr_turns - 1
      WHERE event_type_id = et AND user_id = OLD.user_id;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "booking_hosts_rr_tally" AFTER INSERT OR DELETE ON "booking_hosts"
  FOR EACH ROW EXECUTE FUNCTION kairos_rr_tally_host_rows();
--> statement-breakpoint
CREATE FUNCTION kairos_rr_tally_status() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta integer := (NEW.status IN ('accepted', 'pending'))::int
                 - (OLD.status IN ('accepted', 'pending'))::int;
BEGIN
  IF delta <> 0 AND NEW.event_type_id IS NOT NULL THEN
    UPDATE event_type_hosts eh SET rr_turns = eh.rr_turns + delta
    FROM booking_hosts h
    WHERE h.booking_id = NEW.id AND h.is_round_robin_turn
      AND eh.event_type_id = NEW.event_type_id AND eh.user_id = h.user_id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "bookings_rr_tally" AFTER UPDATE OF "status" ON "bookings"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status")
  EXECUTE FUNCTION kairos_rr_tally_status();
--> statement-breakpoint
-- Slot search reads a team's slug and zone: its cache must hear about their changes.
CREATE TRIGGER "teams_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "teams"
  FOR EACH STATEMENT EXECUTE FUNCTION kairos_notify_change();
