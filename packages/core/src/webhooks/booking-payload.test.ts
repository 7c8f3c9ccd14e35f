import { describe, expect, it } from 'vitest';
import {
  bookingWebhookPayload,
  noShowWebhookPayload,
  utcOffsetAt,
  type PayloadBooking,
} from './booking-payload';
import { pingWebhookPayload, webhookEnvelope } from './envelope';
import { outOfOfficeWebhookPayload } from './ooo-payload';

const booking: PayloadBooking = {
  id: 789012,
  uid: 'bk_abc',
  title: '30 Minute Meeting between John Smith and Jane Doe',
  description: 'Looking forward to it',
  startTime: '2025-11-15T14:00:00.000Z',
  endTime: '2025-11-15T14:30:00.000Z',
  status: 'accepted',
  location: 'https://meet.example.com/abc',
  metadata: { customField1: 'value1' },
  responses: { name: 'Jane Doe', email: 'jane@example.com', guests: [], notes: 'Hi' },
  organizer: {
    id: 42,
    name: 'John Smith',
    email: 'john@example.com',
    username: 'john',
    timeZone: 'America/Los_Angeles',
    timeFormat: 12,
  },
  attendees: [
    {
      name: 'Jane Doe',
      email: 'jane@example.com',
      timeZone: 'America/New_York',
      phoneNumber: null,
      language: null,
      absent: false,
      seatUid: null,
    },
  ],
  eventType: {
    id: 123456,
    slug: '30min',
    title: '30 Minute Meeting',
    description: null,
    lengthInMinutes: 30,
    requiresConfirmation: false,
    schedulingType: null,
    seatsPerTimeSlot: null,
    seatsShowAttendees: false,
    seatsShowAvailabilityCount: false,
    teamId: null,
  },
  recurringBookingUid: null,
  cancellationReason: null,
  cancelledByEmail: null,
  reschedulingReason: null,
  rescheduledByEmail: null,
  absentHost: false,
};

describe('booking webhook payloads', () => {
  it("carries the PRD's fields with the PRD's values", () => {
    const payload = bookingWebhookPayload('BOOKING_CREATED', booking);
    expect(payload).toMatchObject({
      uid: 'bk_abc',
      id: 789012,
      eventTypeId: 123456,
      title: booking.title,
      startTime: '2025-11-15T14:00:00.000Z',
      endTime: '2025-11-15T14:30:00.000Z',
      organizer: {
        id: 42,
        name: 'John Smith',
        email: 'john@example.com',
        timeZone: 'America/Los_Angeles',
      },
      attendees: [{ name: 'Jane Doe', email: 'jane@example.com', timeZone: 'America/New_York' }],
      location: 'https://meet.example.com/abc',
      metadata: { customField1: 'value1' },
      responses: { name: 'Jane Doe', email: 'jane@example.com', guests: [], notes: 'Hi' },
    });
  });

  it("carries Cal.com's CalendarEvent fields: slug, status in capitals, utcOffset at the start", () => {
    const payload = bookingWebhookPayload('BOOKING_CREATED', booking);
    expect(payload).toMatchObject({
      type: '30min',
      bookingId: 789012,
      eventTitle: '30 Minute Meeting',
      length: 30,
      status: 'ACCEPTED',
      additionalNotes: 'Looking forward to it',
      iCalUID: 'bk_abc@kairos',
      organizer: {
        username: 'john',
        timeFormat: 'h:mma',
        utcOffset: -480,
        language: { locale: 'en' },
      },
      attendees: [{ firstName: 'Jane', lastName: 'Doe', utcOffset: -300, noShow: false }],
    });
  });

  it('tells what a reschedule replaced, and why a booking was cancelled or rejected', () => {
    const previous = {
      id: 1,
      uid: 'old',
      startTime: '2025-11-14T14:00:00.000Z',
      endTime: '2025-11-14T14:30:00.000Z',
    };
    expect(
      bookingWebhookPayload(
        'BOOKING_RESCHEDULED',
        { ...booking, rescheduledByEmail: 'j@x.com' },
        { previous },
      ),
    ).toMatchObject({
      rescheduleId: 1,
      rescheduleUid: 'old',
      rescheduleStartTime: previous.startTime,
      rescheduleEndTime: previous.endTime,
      rescheduledBy: 'j@x.com',
    });
    expect(
      bookingWebhookPayload('BOOKING_CANCELLED', booking, {
        status: 'cancelled',
        cancellationReason: 'Sick',
        cancelledBy: 'john@example.com',
      }),
    ).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'Sick',
      cancelledBy: 'john@example.com',
    });
    expect(
      bookingWebhookPayload('BOOKING_REJECTED', booking, {
        status: 'rejected',
        rejectionReason: 'Busy',
      }),
    ).toMatchObject({ status: 'REJECTED', rejectionReason: 'Busy' });
  });

  it('takes the status the event left, not the one the booking has now', () => {
    const now = { ...booking, status: 'cancelled' as const };
    expect(bookingWebhookPayload('BOOKING_CREATED', now, { status: 'accepted' }).status).toBe(
      'ACCEPTED',
    );
  });

  it("shapes no-shows as Cal.com's BOOKING_NO_SHOW_UPDATED", () => {
    expect(
      noShowWebhookPayload(booking, { attendees: [{ email: 'jane@example.com', absent: true }] }),
    ).toEqual({
      message: '1 attendee(s) marked as no-show',
      uid: 'bk_abc',
      bookingUid: 'bk_abc',
      bookingId: 789012,
      eventTypeId: 123456,
      title: booking.title,
      startTime: booking.startTime,
      endTime: booking.endTime,
      attendees: [{ email: 'jane@example.com', noShow: true }],
    });
  });

  it('repeats the payload at the root for meeting triggers only', () => {
    const payload = bookingWebhookPayload('MEETING_STARTED', booking);
    const meeting = webhookEnvelope('MEETING_STARTED', '2025-11-15T14:00:00.000Z', payload);
    expect(meeting).toMatchObject({
      triggerEvent: 'MEETING_STARTED',
      uid: 'bk_abc',
      userId: 42,
      payload,
    });
    const created = webhookEnvelope('BOOKING_CREATED', '2025-11-15T14:00:00.000Z', payload);
    expect(Object.keys(created)).toEqual(['triggerEvent', 'createdAt', 'payload']);
  });

  it("shapes OOO_CREATED as Cal.com's oooEntry", () => {
    const user = { id: 1, name: 'A', username: 'a', timeZone: 'UTC', email: 'a@x.com' };
    const payload = outOfOfficeWebhookPayload({
      id: 5,
      uuid: 'u-5',
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-01-02T00:00:00.000Z',
      createdAt: '2025-12-01T00:00:00.000Z',
      updatedAt: '2025-12-01T00:00:00.000Z',
      notes: null,
      reason: 'travel',
      user,
      toUser: null,
    });
    expect(payload).toEqual({
      oooEntry: expect.objectContaining({
        id: 5,
        uuid: 'u-5',
        reason: { emoji: '✈️', reason: 'travel' },
        reasonId: 3,
        user,
        toUser: null,
      }),
    });
  });

  it('gives 0 as the offset of an unknown zone, and a test event for pings', () => {
    expect(utcOffsetAt('Mars/Olympus', booking.startTime)).toBe(0);
    expect(utcOffsetAt('Asia/Kolkata', booking.startTime)).toBe(330);
    expect(pingWebhookPayload('2025-01-01T00:00:00.000Z')).toMatchObject({ type: 'Test' });
  });
});
