import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBooking } from '../testing/scheduling-factories';
import { createTestApp, type TestApp } from '../testing/test-app';
import {
  NOW,
  TUESDAY_10AM,
  book,
  bookableHost,
  booked,
  jane,
  rowsOf,
} from './testing/booking-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: () => NOW });
});
afterAll(() => t.close());

describe('POST /v2/bookings', () => {
  it("books the PRD's body without a key and answers with every field of the PRD's example", async () => {
    const { user, eventType } = await bookableHost(t);
    const { status, body } = await book(t, {
      eventTypeId: eventType.id,
      start: TUESDAY_10AM,
      attendee: jane,
      metadata: { source: 'mobile_app', campaign: 'Q4_2025' },
    });
    expect(status).toBe(201);
    expect(body.data).toMatchObject({
      id: expect.any(Number),
      eventTypeId: eventType.id,
      title: `30 Minute Meeting between John Smith and Jane Doe`,
      start: TUESDAY_10AM,
      end: '2026-03-10T14:30:00.000Z',
      duration: 30,
      status: 'accepted',
      attendees: [{ ...jane, displayEmail: jane.email, absent: false }],
      host: { id: user.id, name: 'John Smith', email: user.email },
      hosts: [{ id: user.id, name: 'John Smith', email: user.email, username: user.username }],
      eventType: { id: eventType.id, slug: eventType.slug },
      location: 'integrations:cal-video',
      metadata: { source: 'mobile_app', campaign: 'Q4_2025' },
      bookingFieldsResponses: { name: jane.name, email: jane.email },
      guests: [],
      absentHost: false,
    });
    expect(body.data.uid).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Date.parse(body.data.createdAt)).not.toBeNaN();
    expect(body.data.updatedAt).toBe(body.data.createdAt);
  });

  it('writes the booking, its attendee, a blocking host row widened by the buffers, and its event', async () => {
    const { user, eventType } = await bookableHost(t, {
      beforeEventBuffer: 10,
      afterEventBuffer: 5,
    });
    const data = await booked(t, eventType.id);
    const rows = await rowsOf(t, data.uid);
    expect(rows?.booking).toMatchObject({
      status: 'accepted',
      organizer_id: user.id,
      before_buffer_minutes: 10,
      after_buffer_minutes: 5,
    });
    expect(rows?.attendees).toEqual([
      expect.objectContaining({ email: jane.email, name: jane.name }),
    ]);
    expect(rows?.hosts).toEqual([
      expect.objectContaining({
        user_id: user.id,
        is_blocking: true,
        blocked_start: new Date('2026-03-10T13:50:00Z'),
        blocked_end: new Date('2026-03-10T14:35:00Z'),
      }),
    ]);
    expect(rows?.events).toEqual([
      expect.objectContaining({
        type: 'BOOKING_CREATED',
        payload: expect.objectContaining({ uid: data.uid }),
      }),
    ]);
  });

  it("accepts Cal.com's 2024-08-13 body: slug and username, guests, phone, language, location and length", async () => {
    const { user, eventType } = await bookableHost(t, {
      lengthInMinutesOptions: [30, 60],
      locations: [
        { type: 'link', link: 'https://meet.example.com/john', public: true },
        { type: 'attendeePhone' },
      ],
    });
    const { status, body } = await book(t, {
      eventTypeSlug: eventType.slug,
      username: user.username,
      start: TUESDAY_10AM,
      attendee: { ...jane, phoneNumber: '+14155550123', language: 'fr' },
      guests: ['guest@example.com'],
      location: { type: 'attendeePhone', phone: '+14155550199' },
      lengthInMinutes: 60,
    });
    expect(status).toBe(201);
    expect(body.data).toMatchObject({
      end: '2026-03-10T15:00:00.000Z',
      duration: 60,
      guests: ['guest@example.com'],
      location: '+14155550199',
      attendees: [{ phoneNumber: '+14155550123', language: 'fr' }],
    });
    const link = await book(t, {
      eventTypeId: eventType.id,
      start: '2026-03-11T14:00:00Z',
      attendee: jane,
      location: 'https://meet.example.com/john',
    });
    expect(link.body.data.location).toBe('https://meet.example.com/john');
  });

  it('gives every booking its own unguessable uid', async () => {
    const { eventType } = await bookableHost(t);
    const first = await booked(t, eventType.id, '2026-03-10T14:00:00Z');
    const second = await booked(t, eventType.id, '2026-03-10T15:00:00Z');
    expect(first.uid).not.toBe(second.uid);
  });
});

describe('POST /v2/bookings refuses times the slot search does not offer', () => {
  it.each([
    ['in the past', '2026-02-24T14:00:00Z', 'IN_THE_PAST'],
    ['outside the schedule', '2026-03-10T23:00:00Z', 'OUTSIDE_SCHEDULE'],
    ['off the slot grid', '2026-03-10T14:10:00Z', 'NOT_ON_SLOT_GRID'],
  ])('answers 422 on start with the reason when the time is %s', async (_what, start, code) => {
    const { eventType } = await bookableHost(t);
    const { status, body } = await book(t, { eventTypeId: eventType.id, start, attendee: jane });
    expect(status).toBe(422);
    expect(body.error.code).toBe('VALIDATION_ERROR');
    expect(body.error.details).toContainEqual(
      expect.objectContaining({ field: 'start', reason: expect.objectContaining({ code }) }),
    );
  });

  it('answers 422 inside the minimum notice and names the earliest start', async () => {
    const { eventType } = await bookableHost(t, { minimumBookingNotice: 60 * 24 * 10 });
    const { status, body } = await book(t, {
      eventTypeId: eventType.id,
      start: TUESDAY_10AM,
      attendee: jane,
    });
    expect(status).toBe(422);
    expect(body.error.details[0].reason).toMatchObject({
      code: 'MINIMUM_NOTICE',
      earliestStart: '2026-03-11T00:00:00.000Z',
    });
  });

  it('answers 422 outside the booking window', async () => {
    const { eventType } = await bookableHost(t, {
      bookingWindow: { type: 'calendarDays', value: 3, rolling: false },
    });
    const { status, body } = await book(t, {
      eventTypeId: eventType.id,
      start: TUESDAY_10AM,
      attendee: jane,
    });
    expect(status).toBe(422);
    expect(body.error.details.map((d: any) => d.reason.code)).toContain('OUTSIDE_BOOKING_WINDOW');
  });

  it("answers 409 for a time already booked, without naming the other booking's uid", async () => {
    const { user, eventType } = await bookableHost(t);
    const other = await insertBooking(t.database.db, {
      eventTypeId: eventType.id,
      hostIds: [user.id],
      start: TUESDAY_10AM,
      end: '2026-03-10T14:30:00Z',
    });
    const { status, body } = await book(t, {
      eventTypeId: eventType.id,
      start: TUESDAY_10AM,
      attendee: jane,
    });
    expect(status).toBe(409);
    expect(body.error.code).toBe('CONFLICT');
    expect(JSON.stringify(body)).not.toContain(other.uid);
  });

  it("answers 409 when the host's buffer around another booking covers the time", async () => {
    const { eventType } = await bookableHost(t, { afterEventBuffer: 15 });
    await booked(t, eventType.id, '2026-03-10T14:00:00Z');
    const { status } = await book(t, {
      eventTypeId: eventType.id,
      start: '2026-03-10T14:30:00Z',
      attendee: jane,
    });
    expect(status).toBe(409);
    expect(
      (await book(t, { eventTypeId: eventType.id, start: '2026-03-10T15:00:00Z', attendee: jane }))
        .status,
    ).toBe(201);
  });

  it('answers 404 for an event type that does not exist', async () => {
    const { status, body } = await book(t, {
      eventTypeId: 999_999,
      start: TUESDAY_10AM,
      attendee: jane,
    });
    expect(status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
  });
});
