import type { SqlSession } from '../database';
import type { BookingStatus } from '../schema';

/** A person a booking occupies. */
export interface BookingHostRecord {
  id: number;
  name: string;
  email: string;
  username: string;
  timeZone: string;
}

export interface BookingAttendeeRecord {
  name: string;
  /** Null for a phone-only attendee: `phoneNumber` is then set. */
  email: string | null;
  timeZone: string;
  phoneNumber: string | null;
  language: string | null;
  absent: boolean;
  /** Seated events: the attendee's own handle on their seat. */
  seatUid: string | null;
}

/** A booking with everything shown about it; instants are ISO strings from the database. */
export interface BookingRecord {
  id: number;
  uid: string;
  eventTypeId: number | null;
  organizerId: number;
  title: string;
  description: string | null;
  startAt: string;
  endAt: string;
  status: BookingStatus;
  location: unknown;
  metadata: Record<string, string>;
  responses: Record<string, unknown>;
  recurringBookingUid: string | null;
  rescheduledFromUid: string | null;
  rescheduledToUid: string | null;
  cancellationReason: string | null;
  cancelledByEmail: string | null;
  reschedulingReason: string | null;
  rescheduledByEmail: string | null;
  absentHost: boolean;
  createdAt: string;
  updatedAt: string;
  eventType: { id: number; slug: string } | null;
  /** The event type's seat settings when it is seated. */
  seats: { seatsPerTimeSlot: number; showAttendeeInfo?: boolean } | null;
  organizer: BookingHostRecord;
  hosts: BookingHostRecord[];
  attendees: BookingAttendeeRecord[];
}

const person = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'email', ${alias}.email,
     'username', ${alias}.username, 'timeZone', ${alias}.time_zone)`;

/** The JSON of one booking `b`, as BookingRecord. */
export const BOOKING_RECORD_SQL = `json_build_object(
  'id', b.id, 'uid', b.uid, 'eventTypeId', b.event_type_id, 'organizerId', b.organizer_id,
  'title', b.title, 'description', b.description, 'startAt', b.start_at, 'endAt', b.end_at,
  'status', b.status, 'location', b.location, 'metadata', b.metadata, 'responses', b.responses,
  'recurringBookingUid', b.recurring_booking_uid, 'rescheduledFromUid', b.rescheduled_from_uid,
  'rescheduledToUid', b.rescheduled_to_uid, 'cancellationReason', b.cancellation_reason,
  'cancelledByEmail', b.cancelled_by_email, 'reschedulingReason', b.rescheduling_reason,
  'rescheduledByEmail', b.rescheduled_by_email, 'absentHost', b.absent_host,
  'createdAt', b.created_at, 'updatedAt', b.updated_at,
  'eventType', (SELECT json_build_object('id', e.id, 'slug', e.slug) FROM event_types e
                WHERE e.id = b.event_type_id),
  'seats', (SELECT e.seats FROM event_types e WHERE e.id = b.event_type_id),
  'organizer', (SELECT ${person('u')} FROM users u WHERE u.id = b.organizer_id),
  'hosts', (SELECT coalesce(json_agg(${person('u')} ORDER BY u.id <> b.organizer_id, u.id), '[]'::json)
            FROM booking_hosts h JOIN users u ON u.id = h.user_id WHERE h.booking_id = b.id),
  'attendees', (SELECT coalesce(json_agg(json_build_object('name', a.name, 'email', a.email,
                  'timeZone', a.time_zone, 'phoneNumber', a.phone_number, 'language', a.language,
                  'absent', a.absent, 'seatUid', a.seat_uid) ORDER BY a.id), '[]'::json)
                FROM booking_attendees a WHERE a.booking_id = b.id)
)`;

/** One booking by uid, or undefined. */
export async function findBookingByUid(
  session: SqlSession,
  uid: string,
): Promise<BookingRecord | undefined> {
  const [row] = await session.query<{ booking: BookingRecord }>(
    `SELECT ${BOOKING_RECORD_SQL} AS booking FROM bookings b WHERE b.uid = $1`,
    [uid],
  );
  return row?.booking;
}

/** Whether the user is one of the booking's hosts. */
export const isBookingHost = (booking: BookingRecord, userId: number): boolean =>
  booking.organizerId === userId || booking.hosts.some((host) => host.id === userId);
