import type { SqlSession } from '../database';
import type { AvailabilityOverride, AvailabilityRule } from '../schema';

/**
 * How a slot search names its event type: by id, by the owner's username and the slug, or by the
 * team's slug and the slug.
 */
export type EventTypeLocator =
  { id: number } | { username: string; slug: string } | { teamSlug: string; slug: string };

/** The slot-relevant columns of an event type, as the engine's mapping reads them. */
export interface SlotEventType {
  id: number;
  ownerId: number | null;
  teamId: number | null;
  schedulingType: 'roundRobin' | 'collective' | 'managed' | null;
  /** A managed child's template. */
  parentId: number | null;
  lengthInMinutes: number;
  lengthInMinutesOptions: number[] | null;
  slotInterval: number | null;
  offsetStart: number;
  minimumBookingNotice: number;
  beforeEventBuffer: number;
  afterEventBuffer: number;
  bookingWindow: Record<string, unknown> | null;
  bookingLimitsCount: Record<string, number> | null;
  bookingLimitsDuration: Record<string, number> | null;
  onlyShowFirstAvailableSlot: boolean;
  seats: { seatsPerTimeSlot?: number } | null;
}

/** A host of the event type as slot search and round robin read it. */
export interface SlotHost {
  userId: number;
  isFixed: boolean;
  /** Cal.com's 0 (lowest) … 4 (highest). */
  priority: number;
  weight: number;
  rrRunOffset: number;
  /** Round-robin turns in the event type's active bookings. */
  rrTurns: number;
  /** When the host was last given a booking of the event type (ISO), null when never. */
  rrLastAssignedAt: string | null;
  /** Round robin: most bookings of this event type per day/week, in the host's zone. */
  bookingLimitsCount: { day?: number; week?: number } | null;
  timeZone: string;
  weekStart: string;
  schedule: {
    timeZone: string;
    availability: AvailabilityRule[];
    overrides: AvailabilityOverride[];
  } | null;
}

export interface SlotContext {
  eventType: SlotEventType;
  owner: { id: number; timeZone: string; weekStart: string } | null;
  /** The team of a team event type: its zone and week start the event's limit periods. */
  team: { id: number; timeZone: string; weekStart: string } | null;
  /** Each host with the schedule its availability comes from (null when it has none). */
  hosts: SlotHost[];
}

const CONTEXT_SQL = `
WITH et AS (
  SELECT e.* FROM event_types e
  WHERE CASE WHEN $1::int IS NOT NULL THEN e.id = $1::int
             WHEN $4::text IS NOT NULL THEN e.slug = $2::text AND e.team_id =
               (SELECT t.id FROM teams t WHERE lower(t.slug) = lower($4::text))
             ELSE e.slug = $2::text AND e.team_id IS NULL AND e.owner_id =
               (SELECT o.id FROM users o WHERE lower(o.username) = lower($3::text)) END
  LIMIT 1
), hosts AS (
  SELECT h.user_id, h.is_fixed, h.priority, h.weight, h.rr_run_offset, h.booking_limits_count,
         h.rr_turns, h.rr_last_assigned_at, u.time_zone, u.week_start,
         coalesce(h.schedule_id, CASE WHEN et.team_id IS NULL THEN et.schedule_id END, u.default_schedule_id) AS schedule_id
  FROM et JOIN event_type_hosts h ON h.event_type_id = et.id JOIN users u ON u.id = h.user_id
)
SELECT json_build_object(
  'eventType', (SELECT json_build_object(
     'id', id, 'ownerId', owner_id, 'teamId', team_id, 'schedulingType', scheduling_type,
     'parentId', parent_id, 'lengthInMinutes', length_in_minutes,
     'lengthInMinutesOptions', length_in_minutes_options, 'slotInterval', slot_interval,
     'offsetStart', offset_start, 'minimumBookingNotice', minimum_booking_notice,
     'beforeEventBuffer', before_event_buffer, 'afterEventBuffer', after_event_buffer,
     'bookingWindow', booking_window, 'bookingLimitsCount', booking_limits_count,
     'bookingLimitsDuration', booking_limits_duration,
     'onlyShowFirstAvailableSlot', only_show_first_available_slot, 'seats', seats) FROM et),
  'owner', (SELECT json_build_object('id', o.id, 'timeZone', o.time_zone, 'weekStart', o.week_start)
            FROM et JOIN users o ON o.id = et.owner_id),
  'team', (SELECT json_build_object('id', t.id, 'timeZone', t.time_zone, 'weekStart', t.week_start)
           FROM et JOIN teams t ON t.id = et.team_id),
  'hosts', (SELECT coalesce(json_agg(json_build_object(
              'userId', h.user_id, 'isFixed', h.is_fixed, 'priority', h.priority,
              'weight', h.weight, 'rrRunOffset', h.rr_run_offset, 'rrTurns', h.rr_turns,
              'rrLastAssignedAt', h.rr_last_assigned_at,
              'bookingLimitsCount', h.booking_limits_count, 'timeZone', h.time_zone,
              'weekStart', h.week_start,
              'schedule', (SELECT json_build_object('timeZone', s.time_zone, 'availability', s.availability,
                                                    'overrides', s.overrides)
                           FROM schedules s WHERE s.id = h.schedule_id))
            ORDER BY h.user_id), '[]'::json) FROM hosts h)
) AS context`;

/** The event type, its owner, and its hosts with their schedules: one round trip. */
export async function loadSlotContext(
  session: SqlSession,
  locator: EventTypeLocator,
): Promise<SlotContext | undefined> {
  const params =
    'id' in locator
      ? [locator.id, null, null, null]
      : 'teamSlug' in locator
        ? [null, locator.slug, null, locator.teamSlug]
        : [null, locator.slug, locator.username, null];
  const [row] = await session.query<{ context: SlotContext & { eventType: SlotEventType | null } }>(
    CONTEXT_SQL,
    params,
  );
  const context = row?.context;
  return context?.eventType ? context : undefined;
}

/** A blocking booking, instants in epoch minutes. */
export interface BusyBooking {
  uid: string;
  eventTypeId: number | null;
  start: number;
  end: number;
  beforeBufferMinutes: number;
  afterBufferMinutes: number;
  hostIds: number[];
  attendeeCount: number;
}

export interface BusyTimes {
  bookings: BusyBooking[];
  outOfOffice: Array<{ id: number; hostId: number; start: number; end: number }>;
}

const minutes = (column: string) => `floor(extract(epoch from ${column}) / 60)::int`;

const BUSY_SQL = `
SELECT json_build_object(
  'bookings', (SELECT coalesce(json_agg(x), '[]'::json) FROM (
      SELECT b.uid, b.event_type_id AS "eventTypeId", ${minutes('b.start_at')} AS start,
             ${minutes('b.end_at')} AS "end", b.before_buffer_minutes AS "beforeBufferMinutes",
             b.after_buffer_minutes AS "afterBufferMinutes", array_agg(h.user_id ORDER BY h.user_id) AS "hostIds",
             (SELECT count(*) FROM booking_attendees a WHERE a.booking_id = b.id)::int AS "attendeeCount"
      FROM booking_hosts h JOIN bookings b ON b.id = h.booking_id
      WHERE h.user_id = ANY($1::int[]) AND h.is_blocking
        AND tstzrange(h.blocked_start, h.blocked_end, '[)') && tstzrange($2, $3, '[)')
      GROUP BY b.id) x),
  'outOfOffice', (SELECT coalesce(json_agg(json_build_object('id', o.id, 'hostId', o.user_id,
                    'start', ${minutes('o.start_at')}, 'end', ${minutes('o.end_at')})), '[]'::json)
                  FROM out_of_office o
                  WHERE o.user_id = ANY($1::int[]) AND o.start_at < $3 AND o.end_at > $2)
) AS busy`;

/**
 * Blocking bookings and out-of-office entries of the hosts in [from, to): one round trip. The
 * range test is written as the exclusion constraint's expression so that its GiST index answers
 * it: a btree on (user, start) would scan every earlier booking of the host.
 */
export async function loadBusyTimes(
  session: SqlSession,
  hostIds: number[],
  from: Date,
  to: Date,
): Promise<BusyTimes> {
  if (hostIds.length === 0) return { bookings: [], outOfOffice: [] };
  const [row] = await session.query<{ busy: BusyTimes }>(BUSY_SQL, [
    hostIds,
    from.toISOString(),
    to.toISOString(),
  ]);
  return row?.busy ?? { bookings: [], outOfOffice: [] };
}
