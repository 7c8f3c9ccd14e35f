CREATE TABLE "schedules" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"name" text NOT NULL,
	"time_zone" text NOT NULL,
	"availability" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"overrides" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "out_of_office" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone NOT NULL,
	"reason" text DEFAULT 'unspecified' NOT NULL,
	"notes" text,
	"to_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "out_of_office_uuid_unique" UNIQUE("uuid")
);
--> statement-breakpoint
CREATE TABLE "event_type_hosts" (
	"event_type_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"is_fixed" boolean DEFAULT true NOT NULL,
	"priority" integer DEFAULT 2 NOT NULL,
	"weight" integer DEFAULT 100 NOT NULL,
	"schedule_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_type_hosts_event_type_id_user_id_pk" PRIMARY KEY("event_type_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "event_types" (
	"id" serial PRIMARY KEY NOT NULL,
	"owner_id" integer,
	"team_id" integer,
	"scheduling_type" text,
	"title" text NOT NULL,
	"slug" text NOT NULL,
	"description" text,
	"length_in_minutes" integer NOT NULL,
	"length_in_minutes_options" jsonb,
	"locations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"booking_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"disable_guests" boolean DEFAULT false NOT NULL,
	"slot_interval" integer,
	"minimum_booking_notice" integer DEFAULT 120 NOT NULL,
	"before_event_buffer" integer DEFAULT 0 NOT NULL,
	"after_event_buffer" integer DEFAULT 0 NOT NULL,
	"offset_start" integer DEFAULT 0 NOT NULL,
	"schedule_id" integer,
	"booking_window" jsonb,
	"booking_limits_count" jsonb,
	"booking_limits_duration" jsonb,
	"only_show_first_available_slot" boolean DEFAULT false NOT NULL,
	"seats" jsonb,
	"recurrence" jsonb,
	"confirmation_policy" jsonb,
	"hidden" boolean DEFAULT false NOT NULL,
	"success_redirect_url" text,
	"is_instant_event" boolean DEFAULT false NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking_attendees" (
	"id" serial PRIMARY KEY NOT NULL,
	"booking_id" integer NOT NULL,
	"seat_uid" text,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"time_zone" text NOT NULL,
	"phone_number" text,
	"language" text,
	"absent" boolean DEFAULT false NOT NULL,
	"responses" jsonb,
	"metadata" jsonb
);
--> statement-breakpoint
CREATE TABLE "booking_hosts" (
	"booking_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"is_blocking" boolean DEFAULT true NOT NULL,
	"blocked_start" timestamp with time zone NOT NULL,
	"blocked_end" timestamp with time zone NOT NULL,
	CONSTRAINT "booking_hosts_booking_id_user_id_pk" PRIMARY KEY("booking_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" serial PRIMARY KEY NOT NULL,
	"uid" text NOT NULL,
	"event_type_id" integer,
	"organizer_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"before_buffer_minutes" integer DEFAULT 0 NOT NULL,
	"after_buffer_minutes" integer DEFAULT 0 NOT NULL,
	"location" jsonb,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"responses" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recurring_booking_uid" text,
	"rescheduled_from_uid" text,
	"rescheduled_to_uid" text,
	"cancellation_reason" text,
	"cancelled_by_email" text,
	"rescheduling_reason" text,
	"rescheduled_by_email" text,
	"absent_host" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_uid_unique" UNIQUE("uid")
);
--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "out_of_office" ADD CONSTRAINT "out_of_office_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "out_of_office" ADD CONSTRAINT "out_of_office_to_user_id_users_id_fk" FOREIGN KEY ("to_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_type_hosts" ADD CONSTRAINT "event_type_hosts_event_type_id_event_types_id_fk" FOREIGN KEY ("event_type_id") REFERENCES "public"."event_types"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_type_hosts" ADD CONSTRAINT "event_type_hosts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_type_hosts" ADD CONSTRAINT "event_type_hosts_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_types" ADD CONSTRAINT "event_types_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_types" ADD CONSTRAINT "event_types_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_attendees" ADD CONSTRAINT "booking_attendees_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_hosts" ADD CONSTRAINT "booking_hosts_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_hosts" ADD CONSTRAINT "booking_hosts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_event_type_id_event_types_id_fk" FOREIGN KEY ("event_type_id") REFERENCES "public"."event_types"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_organizer_id_users_id_fk" FOREIGN KEY ("organizer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "schedules_user_id_idx" ON "schedules" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "out_of_office_user_range_idx" ON "out_of_office" USING btree ("user_id","start_at","end_at");--> statement-breakpoint
CREATE INDEX "event_type_hosts_user_idx" ON "event_type_hosts" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_types_owner_slug_key" ON "event_types" USING btree ("owner_id","slug") WHERE "event_types"."team_id" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "event_types_team_slug_key" ON "event_types" USING btree ("team_id","slug") WHERE "event_types"."team_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "booking_attendees_booking_idx" ON "booking_attendees" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "booking_attendees_email_idx" ON "booking_attendees" USING btree ("email");--> statement-breakpoint
CREATE INDEX "booking_hosts_user_range_idx" ON "booking_hosts" USING btree ("user_id","blocked_start","blocked_end");--> statement-breakpoint
CREATE INDEX "bookings_event_type_start_idx" ON "bookings" USING btree ("event_type_id","start_at");--> statement-breakpoint
CREATE INDEX "bookings_organizer_start_idx" ON "bookings" USING btree ("organizer_id","start_at");--> statement-breakpoint
-- No double booking, ever: two blocking rows of one host may not overlap (buffers included).
ALTER TABLE "booking_hosts" ADD CONSTRAINT "booking_hosts_no_overlap" EXCLUDE USING gist ("user_id" WITH =, tstzrange("blocked_start", "blocked_end", '[)') WITH &&) WHERE ("is_blocking");--> statement-breakpoint
ALTER TABLE "booking_hosts" ADD CONSTRAINT "booking_hosts_range_order" CHECK ("blocked_end" > "blocked_start");--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_time_order" CHECK ("end_at" > "start_at");--> statement-breakpoint
ALTER TABLE "out_of_office" ADD CONSTRAINT "out_of_office_time_order" CHECK ("end_at" > "start_at");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_default_schedule_fk" FOREIGN KEY ("default_schedule_id") REFERENCES "schedules"("id") ON DELETE SET NULL;
