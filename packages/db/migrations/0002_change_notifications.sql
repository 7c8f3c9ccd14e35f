-- Every committed write to what slot search and authentication read is announced on the
-- kairos_changes channel; processes drop their read caches when they hear it. NOTIFY is
-- delivered only after commit, and once per transaction and table.
CREATE OR REPLACE FUNCTION kairos_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kairos_changes', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['users', 'api_keys', 'schedules', 'event_types', 'event_type_hosts',
                           'bookings', 'booking_hosts', 'booking_attendees', 'out_of_office'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                    FOR EACH STATEMENT EXECUTE FUNCTION kairos_notify_change()', t || '_notify_change', t);
  END LOOP;
END;
$$;
