import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import {
  NOW,
  TUESDAY_10AM,
  book,
  bookableHost,
  call,
  jane,
  rowsOf,
} from './testing/booking-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: () => NOW });
});
afterAll(() => t.close());

const fieldsOf = (body: any) => body.error.details.map((detail: any) => detail.field).sort();

const form = [
  { type: 'text', slug: 'company', label: 'Company', required: true },
  { type: 'select', slug: 'size', label: 'Size', required: false, options: ['1-10', '11-50'] },
  { type: 'number', slug: 'seats', label: 'Seats', required: false },
  { type: 'multiemail', slug: 'cc', label: 'Cc', required: false },
  { type: 'boolean', slug: 'agree', label: 'Agree', required: false },
  { slug: 'notes', required: true },
];

describe('POST /v2/bookings checks the body against the event type', () => {
  it('stores answers that fit the booking form and shows them in bookingFieldsResponses', async () => {
    const { eventType } = await bookableHost(t, { bookingFields: form });
    const answers = {
      company: 'Acme',
      size: '11-50',
      seats: 12,
      cc: ['a@example.com'],
      agree: true,
    };
    const { status, body } = await book(t, {
      eventTypeId: eventType.id,
      start: TUESDAY_10AM,
      attendee: { ...jane, notes: 'Agenda attached' },
      bookingFieldsResponses: answers,
    });
    expect(status).toBe(201);
    expect(body.data.bookingFieldsResponses).toEqual({
      ...answers,
      name: jane.name,
      email: jane.email,
      notes: 'Agenda attached',
    });
    expect(body.data.description).toBe('Agenda attached');
    expect((await rowsOf(t, body.data.uid))?.booking.responses).toMatchObject(answers);
  });

  it('lists every answer that is missing, of the wrong type, not an option, or unknown (422)', async () => {
    const { eventType } = await bookableHost(t, { bookingFields: form });
    const { status, body } = await book(t, {
      eventTypeId: eventType.id,
      start: TUESDAY_10AM,
      attendee: jane,
      bookingFieldsResponses: { size: 'huge', seats: 'twelve', cc: ['nope'], shoeSize: 42 },
    });
    expect(status).toBe(422);
    expect(fieldsOf(body)).toEqual([
      'bookingFieldsResponses.cc',
      'bookingFieldsResponses.company',
      'bookingFieldsResponses.notes',
      'bookingFieldsResponses.seats',
      'bookingFieldsResponses.shoeSize',
      'bookingFieldsResponses.size',
    ]);
    expect(
      await t.database.query('SELECT 1 FROM bookings WHERE event_type_id = $1', [eventType.id]),
    ).toEqual([]);
  });

  it('refuses a length the event type does not offer and a location it does not have', async () => {
    const { eventType } = await bookableHost(t, {
      lengthInMinutesOptions: [30, 60],
      locations: [{ type: 'address', address: '1 Main St', public: true }],
    });
    const { status, body } = await book(t, {
      eventTypeId: eventType.id,
      start: TUESDAY_10AM,
      attendee: jane,
      lengthInMinutes: 45,
      location: 'https://elsewhere.example.com',
    });
    expect(status).toBe(422);
    expect(fieldsOf(body)).toEqual(['lengthInMinutes', 'location']);
  });

  it("takes the organizer's location by type, and the first location when none is given", async () => {
    const { eventType } = await bookableHost(t, {
      locations: [
        { type: 'address', address: '1 Main St', public: true },
        { type: 'integration', integration: 'zoom' },
      ],
    });
    const byType = await book(t, {
      eventTypeId: eventType.id,
      start: TUESDAY_10AM,
      attendee: jane,
      location: { type: 'integration', integration: 'zoom' },
    });
    expect(byType.body.data.location).toBe('integrations:zoom');
    const byDefault = await book(t, {
      eventTypeId: eventType.id,
      start: '2026-03-10T15:00:00Z',
      attendee: jane,
    });
    expect(byDefault.body.data.location).toBe('1 Main St');
  });

  it('refuses guests when the event type takes none', async () => {
    const { eventType } = await bookableHost(t, { disableGuests: true });
    const { status, body } = await book(t, {
      eventTypeId: eventType.id,
      start: TUESDAY_10AM,
      attendee: jane,
      guests: ['guest@example.com'],
    });
    expect(status).toBe(422);
    expect(fieldsOf(body)).toEqual(['guests']);
  });

  it('limits metadata to 50 keys of at most 40 characters with values of at most 500', async () => {
    const { eventType } = await bookableHost(t);
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
    for (const metadata of [many, { ['k'.repeat(41)]: 'v' }, { k: 'v'.repeat(501) }]) {
      const { status, body } = await book(t, {
        eventTypeId: eventType.id,
        start: TUESDAY_10AM,
        attendee: jane,
        metadata,
      });
      expect(status).toBe(422);
      expect(body.error.details[0].field).toMatch(/^metadata/);
    }
  });

  it('asks for eventTypeId, or eventTypeSlug with username, and a valid attendee', async () => {
    const { status, body } = await book(t, {
      eventTypeSlug: 'meet',
      start: 'tomorrow',
      attendee: { name: '', email: 'not-an-email', timeZone: 'Mars/Olympus' },
    });
    expect(status).toBe(422);
    expect(fieldsOf(body)).toEqual([
      'attendee.email',
      'attendee.name',
      'attendee.timeZone',
      'eventTypeId',
      'start',
    ]);
  });

  it('refuses a start that is not on a whole minute', async () => {
    const { eventType } = await bookableHost(t);
    const { status, body } = await book(t, {
      eventTypeId: eventType.id,
      start: '2026-03-10T14:00:30Z',
      attendee: jane,
    });
    expect(status).toBe(422);
    expect(fieldsOf(body)).toEqual(['start']);
  });
});

describe('POST /v2/bookings with a confirmation policy', () => {
  it('creates a pending booking that does not hold the time unless the policy says so', async () => {
    const { eventType } = await bookableHost(t, { confirmationPolicy: { type: 'always' } });
    const { status, body } = await book(t, {
      eventTypeId: eventType.id,
      start: TUESDAY_10AM,
      attendee: jane,
    });
    expect(status).toBe(201);
    expect(body.data.status).toBe('pending');
    const rows = await rowsOf(t, body.data.uid);
    expect(rows?.hosts[0]?.is_blocking).toBe(false);
    expect(rows?.events.map((event) => event.type)).toEqual(['BOOKING_REQUESTED']);
  });

  it('holds the time of a pending booking when blockUnconfirmedBookingsInBooker is on', async () => {
    const { eventType } = await bookableHost(t, {
      confirmationPolicy: { type: 'always', blockUnconfirmedBookingsInBooker: true },
    });
    const first = await book(t, { eventTypeId: eventType.id, start: TUESDAY_10AM, attendee: jane });
    expect((await rowsOf(t, first.body.data.uid))?.hosts[0]?.is_blocking).toBe(true);
    const second = await book(t, {
      eventTypeId: eventType.id,
      start: TUESDAY_10AM,
      attendee: jane,
    });
    expect(second.status).toBe(409);
  });

  it('accepts at once when booked further ahead than the notice threshold', async () => {
    const { eventType } = await bookableHost(t, {
      confirmationPolicy: { type: 'time', noticeThreshold: { unit: 'hours', count: 24 } },
    });
    const { body } = await book(t, {
      eventTypeId: eventType.id,
      start: TUESDAY_10AM,
      attendee: jane,
    });
    expect(body.data.status).toBe('accepted');
  });
});

describe('input the database could not store', () => {
  it('is refused with 422, never a 500: huge ids, odd uids, NUL characters, forged cursors', async () => {
    const { eventType, headers } = await bookableHost(t);
    const forged = Buffer.from(
      JSON.stringify({ s: 'start:asc', v: ['2026-02-30 10:00:00+00'], i: 1 }),
    ).toString('base64url');
    const responses = [
      await book(t, { eventTypeId: 99_999_999_999, start: TUESDAY_10AM, attendee: jane }),
      await book(t, { eventTypeId: eventType.id, start: '9999-12-31T15:00:00Z', attendee: jane }),
      await book(t, {
        eventTypeId: eventType.id,
        start: TUESDAY_10AM,
        attendee: { ...jane, name: 'Jane\u0000Doe' },
      }),
      await call(t, { method: 'GET', url: '/v2/bookings/%00abc' }),
      await call(t, { method: 'GET', url: '/v2/bookings?eventTypeIds=99999999999', headers }),
      await call(t, { method: 'GET', url: '/v2/bookings?attendeeName=a%00b', headers }),
      await call(t, { method: 'GET', url: `/v2/bookings?cursor=${forged}`, headers }),
    ];
    expect(responses.map((response) => response.status)).toEqual(Array(7).fill(422));
  });
});
