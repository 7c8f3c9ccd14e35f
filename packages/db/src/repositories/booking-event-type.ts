import type { SqlSession } from '../database';
import type { BookingHostRecord } from './booking-records';

/** What booking needs of an event type beyond the slot search's context. */
export interface BookingEventType {
  id: number;
  slug: string;
  title: string;
  description: string | null;
  ownerId: number | null;
  teamId: number | null;
  schedulingType: 'roundRobin' | 'collective' | 'managed' | null;
  /** A managed child's template. */
  parentId: number | null;
  lengthInMinutes: number;
  lengthInMinutesOptions: number[] | null;
  beforeEventBuffer: number;
  afterEventBuffer: number;
  locations: unknown[];
  bookingFields: unknown[];
  disableGuests: boolean;
  confirmationPolicy: Record<string, unknown> | null;
  seats: Record<string, unknown> | null;
  recurrence: Record<string, unknown> | null;
  isInstantEvent: boolean;
  hosts: Array<BookingHostRecord & { isFixed: boolean }>;
}

const EVENT_TYPE_SQL = `
SELECT json_build_object(
  'id', e.id, 'slug', e.slug, 'title', e.title, 'description', e.description,
  'ownerId', e.owner_id, 'teamId', e.team_id, 'schedulingType', e.scheduling_type,
  'parentId', e.parent_id, 'lengthInMinutes', e.length_in_minutes,
  'lengthInMinutesOptions', e.length_in_minutes_options,
  'beforeEventBuffer', e.before_event_buffer, 'afterEventBuffer', e.after_event_buffer,
  'locations', e.locations, 'bookingFields', e.booking_fields, 'disableGuests', e.disable_guests,
  'confirmationPolicy', e.confirmation_policy, 'seats', e.seats, 'recurrence', e.recurrence,
  'isInstantEvent', e.is_instant_event,
  'hosts', (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name,
              'email', u.email, 'username', u.username, 'timeZone', u.time_zone,
              'isFixed', h.is_fixed) ORDER BY u.id), '[]'::json)
            FROM event_type_hosts h JOIN users u ON u.id = h.user_id WHERE h.event_type_id = e.id)
) AS event_type
FROM event_types e WHERE e.id = $1`;

/** The event type as booking reads it, with its hosts' names and emails; one round trip. */
export async function loadBookingEventType(
  session: SqlSession,
  id: number,
): Promise<BookingEventType | undefined> {
  const [row] = await session.query<{ event_type: BookingEventType }>(EVENT_TYPE_SQL, [id]);
  return row?.event_type;
}
