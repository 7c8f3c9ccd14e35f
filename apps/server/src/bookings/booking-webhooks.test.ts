import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from '../webhooks/testing/receiver';
import { createWebhookTestApp, type WebhookTestApp } from '../webhooks/testing/webhook-harness';
import { NOW, TUESDAY_10AM, bookableHost, jane } from './testing/booking-fixtures';

let t: WebhookTestApp;
let receiver: Receiver;
beforeAll(async () => {
  t = await createWebhookTestApp({ now: () => NOW });
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

const ELEVEN = '2026-03-10T15:00:00.000Z';

describe('webhooks of moved seats and phone-only attendees', () => {
  it('sends BOOKING_RESCHEDULED for a moved seat, with a phone-only attendee as null email', async () => {
    const host = await bookableHost(t, {
      seats: { seatsPerTimeSlot: 3, showAttendeeInfo: false, showAvailabilityCount: true },
    });
    const secret = 'whsec_seat_moves';
    receiver.setSecret(secret);
    const from = receiver.received.length;
    await t.subscribe(host.headers, {
      subscriberUrl: receiver.url,
      eventTriggers: ['BOOKING_CREATED', 'BOOKING_RESCHEDULED'],
      active: true,
      payloadTemplate: null,
      secret,
    });
    const book = (attendee: object) =>
      t.call({
        method: 'POST',
        url: '/v2/bookings',
        payload: { eventTypeId: host.eventType.id, start: TUESDAY_10AM, attendee },
      });
    const first = await book(jane);
    const phone = { name: 'Pat Phone', timeZone: 'Europe/Riga', phoneNumber: '+37120993151' };
    const seat = (await book(phone)).body.data;
    await receiver.waitFor(from + 2);
    const moved = await t.call({
      method: 'POST',
      url: `/v2/bookings/${seat.uid}/reschedule`,
      payload: { start: ELEVEN, seatUid: seat.seatUid },
    });
    expect(moved.status).toBe(201);
    const requests = (await receiver.waitFor(from + 3)).slice(from);
    expect(requests.map((r) => r.body.triggerEvent)).toEqual([
      'BOOKING_CREATED',
      'BOOKING_CREATED',
      'BOOKING_RESCHEDULED',
    ]);
    const created = requests[1]!.body.payload;
    expect(created.attendees).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Pat Phone', email: null, phoneNumber: '+37120993151' }),
      ]),
    );
    const rescheduled = requests[2]!.body.payload;
    expect(rescheduled).toMatchObject({
      uid: moved.body.data.uid,
      startTime: ELEVEN,
      seatUid: moved.body.data.seatUid,
      rescheduleUid: first.body.data.uid,
      rescheduleStartTime: TUESDAY_10AM,
    });
  });
});
