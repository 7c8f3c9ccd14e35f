import { schedules } from '@kairos/db';
import type { TestApp } from '../../testing/test-app';

type Headers = Record<string, string>;

/** A schedule row for the user (the schedules API may not exist yet). */
export async function insertSchedule(t: TestApp, userId: number): Promise<number> {
  const [row] = await t.database.db
    .insert(schedules)
    .values({ userId, name: 'Working hours', timeZone: 'Europe/London' })
    .returning({ id: schedules.id });
  return row!.id;
}

/** The smallest valid body; `slug` must be unique per owner. */
export const minimalInput = (slug = 'intro-call') => ({
  title: 'Intro call',
  slug,
  lengthInMinutes: 30,
});

/** A body that sets every option Kairos supports. */
export const fullInput = (scheduleId: number) => ({
  title: 'Deep dive',
  slug: 'deep-dive',
  lengthInMinutes: 60,
  lengthInMinutesOptions: [30, 60, 90],
  description: 'An hour on your architecture',
  locations: [
    { type: 'integration', integration: 'zoom' },
    { type: 'address', address: '1 Infinite Loop', public: true },
    { type: 'link', link: 'https://meet.example.com/room', public: false },
    { type: 'phone', phone: '+442071234567', public: true },
    { type: 'attendeePhone' },
  ],
  bookingFields: [
    { type: 'name', label: 'Your name' },
    { type: 'email', label: 'Work email' },
    { slug: 'notes', required: true, placeholder: 'Agenda' },
    { type: 'select', slug: 'topic', label: 'Topic', required: true, options: ['API', 'Data'] },
    { type: 'boolean', slug: 'nda', label: 'NDA signed?', required: false, hidden: true },
  ],
  disableGuests: true,
  slotInterval: 15,
  minimumBookingNotice: 240,
  beforeEventBuffer: 10,
  afterEventBuffer: 5,
  offsetStart: 5,
  scheduleId,
  bookingWindow: { type: 'businessDays', value: 10, rolling: true },
  bookingLimitsCount: { day: 2, week: 5, year: 100 },
  bookingLimitsDuration: { day: 120, month: 1200 },
  onlyShowFirstAvailableSlot: true,
  seats: { seatsPerTimeSlot: 8, showAttendeeInfo: true, showAvailabilityCount: false },
  recurrence: { disabled: true },
  confirmationPolicy: {
    type: 'time',
    noticeThreshold: { unit: 'hours', count: 24 },
    blockUnconfirmedBookingsInBooker: true,
  },
  hidden: true,
  successRedirectUrl: 'https://example.com/thanks',
  isInstantEvent: true,
  metadata: { crmId: 'abc-123', tier: 2 },
});

export async function postEventType(t: TestApp, headers: Headers, payload: object) {
  return t.app.inject({ method: 'POST', url: '/v2/event-types', headers, payload });
}

/** The stored row, snake_case as in SQL. */
export async function eventTypeRow(t: TestApp, id: number) {
  const [row] = await t.database.query<Record<string, unknown>>(
    'SELECT * FROM event_types WHERE id = $1',
    [id],
  );
  return row;
}

export async function hostRows(t: TestApp, eventTypeId: number) {
  return t.database.query<{ user_id: number; is_fixed: boolean; priority: number }>(
    'SELECT user_id, is_fixed, priority FROM event_type_hosts WHERE event_type_id = $1',
    [eventTypeId],
  );
}

export async function eventTypeCount(t: TestApp, ownerId: number): Promise<number> {
  const [row] = await t.database.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM event_types WHERE owner_id = $1',
    [ownerId],
  );
  return row!.n;
}
