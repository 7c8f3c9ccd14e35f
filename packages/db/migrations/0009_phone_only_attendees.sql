-- Phone-only attendees (Cal.com 2024-08-13: "email or phone required"): an attendee row may
-- have no email when it has a phone number; the database keeps at least one of them.
ALTER TABLE "booking_attendees" ALTER COLUMN "email" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "booking_attendees" ADD CONSTRAINT "booking_attendees_email_or_phone_check"
  CHECK ("email" IS NOT NULL OR "phone_number" IS NOT NULL);
