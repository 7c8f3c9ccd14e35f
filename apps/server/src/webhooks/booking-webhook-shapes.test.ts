import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookableHost, jane } from '../bookings/testing/booking-fixtures';
import { startReceiver, type Receiver } from './testing/receiver';
import { createWebhookTestApp, type WebhookTestApp } from './testing/webhook-harness';

/** Tuesday 10 March 2026, 10:07:30 in New York: inside the host's working hours. */
const NOW = new Date('2026-03-10T14:07:30Z');
let now = NOW;
let t: WebhookTestApp;
let receiver: Receiver;
beforeAll(async () => {
  t = await createWebhookTestApp({ now: () => now });
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

describe('INSTANT_MEETING', () => {
  it('is sent with BOOKING_CREATED for an instant booking, not for a booking at a chosen start', async () => {
    const host = await bookableHost(t, {
      isInstantEvent: true,
      minimumBookingNotice: 0,
      locations: [{ type: 'link', link: 'https://meet.example.com/room-7', public: true }],
    });
    const secret = 'whsec_instant_meetings';
    receiver.setSecret(secret);
    const from = receiver.received.length;
    await t.subscribe(host.headers, {
      subscriberUrl: receiver.url,
      eventTriggers: ['BOOKING_CREATED', 'INSTANT_MEETING'],
      active: true,
      payloadTemplate: null,
      secret,
    });
    const instant = await t.call({
      method: 'POST',
      url: '/v2/bookings',
      payload: { eventTypeId: host.eventType.id, instant: true, attendee: jane },
    });
    expect(instant.status).toBe(201);
    const chosen = await t.call({
      method: 'POST',
      url: '/v2/bookings',
      payload: {
        eventTypeId: host.eventType.id,
        start: '2026-03-10T16:00:00.000Z',
        attendee: jane,
      },
    });
    expect(chosen.status).toBe(201);

    await receiver.waitFor(from + 3);
    await new Promise((resolve) => setTimeout(resolve, 500)); // a wrong fourth would be here by now
    const requests = receiver.received.slice(from);
    const byTrigger = (trigger: string) =>
      requests.filter((request) => request.body.triggerEvent === trigger);
    expect(byTrigger('BOOKING_CREATED')).toHaveLength(2);
    const [meeting, ...more] = byTrigger('INSTANT_MEETING');
    expect(more).toEqual([]);
    expect(meeting!.body.payload).toMatchObject({
      uid: instant.body.data.uid,
      connectAndJoinUrl: 'https://meet.example.com/room-7',
      eventTypeId: host.eventType.id,
      eventTypeTitle: '30 Minute Meeting',
      startTime: '2026-03-10T14:08:00.000Z',
    });
    expect(meeting!.body.payload.responses).toMatchObject({ name: jane.name });
  });
});

describe('BOOKING_NO_SHOW_UPDATED of a phone-only attendee', () => {
  it('names the attendee by phone number, with a null email', async () => {
    now = NOW;
    const host = await bookableHost(t, { isInstantEvent: true, minimumBookingNotice: 0 });
    const secret = 'whsec_phone_no_shows';
    receiver.setSecret(secret);
    await t.subscribe(host.headers, {
      subscriberUrl: receiver.url,
      eventTriggers: ['BOOKING_NO_SHOW_UPDATED'],
      active: true,
      payloadTemplate: null,
      secret,
    });
    const phoneNumber = '+37120993151';
    const booked = await t.call({
      method: 'POST',
      url: '/v2/bookings',
      payload: {
        eventTypeId: host.eventType.id,
        instant: true,
        attendee: { name: 'Pat Phone', timeZone: 'Europe/Riga', phoneNumber },
      },
    });
    expect(booked.status).toBe(201);
    now = new Date(NOW.getTime() + 15 * 60_000);
    const from = receiver.received.length;
    const marked = await t.call({
      method: 'POST',
      url: `/v2/bookings/${booked.body.data.uid}/mark-absent`,
      headers: host.headers,
      payload: { attendees: [{ phoneNumber, absent: true }] },
    });
    expect(marked.status).toBeLessThan(300);
    const [request] = (await receiver.waitFor(from + 1)).slice(from);
    expect(request!.body.triggerEvent).toBe('BOOKING_NO_SHOW_UPDATED');
    expect(request!.body.payload.attendees).toEqual([{ email: null, phoneNumber, noShow: true }]);
  });
});
