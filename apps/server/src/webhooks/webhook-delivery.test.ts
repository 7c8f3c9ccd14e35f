import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bookableHost,
  booked,
  jane,
  NOW,
  TUESDAY_10AM,
} from '../bookings/testing/booking-fixtures';
import { startReceiver, type Receiver } from './testing/receiver';
import { createWebhookTestApp, eventually, type WebhookTestApp } from './testing/webhook-harness';

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

const bodiesOf = (from: number) => receiver.received.slice(from).map((r) => r.body);

describe('webhook delivery (PRD 8.4)', () => {
  it('delivers BOOKING_CREATED, _RESCHEDULED and _CANCELLED, each verified by the PRD receiver', async () => {
    const host = await bookableHost(t);
    const secret = 'whsec_your_webhook_secret_here';
    receiver.setSecret(secret);
    const from = receiver.received.length;
    await t.subscribe(host.headers, {
      subscriberUrl: receiver.url,
      eventTriggers: ['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED'],
      active: true,
      payloadTemplate: null,
      secret,
    });

    const created = await booked(t, host.eventType.id);
    await receiver.waitFor(from + 1);
    const moved = await t.call({
      method: 'POST',
      url: `/v2/bookings/${created.uid}/reschedule`,
      headers: host.headers,
      payload: { start: '2026-03-10T15:00:00.000Z', reschedulingReason: 'Clash' },
    });
    expect(moved.status).toBe(201);
    await receiver.waitFor(from + 2);
    const newUid = moved.body.data.uid as string;
    const cancelled = await t.call({
      method: 'POST',
      url: `/v2/bookings/${newUid}/cancel`,
      headers: host.headers,
      payload: { cancellationReason: 'Sick' },
    });
    expect(cancelled.status).toBe(200);
    const requests = (await receiver.waitFor(from + 3)).slice(from);

    expect(requests.map((r) => r.body.triggerEvent)).toEqual([
      'BOOKING_CREATED',
      'BOOKING_RESCHEDULED',
      'BOOKING_CANCELLED',
    ]);
    for (const request of requests) {
      expect(request.prdVerified).toBe(true);
      expect(request.standardVerified).toBe(false); // this secret's tail is not base64
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['x-cal-webhook-version']).toBe('2021-10-20');
      expect(request.rawBody).toBe(JSON.stringify(request.body));
      expect(Object.keys(request.body)).toEqual(['triggerEvent', 'createdAt', 'payload']);
    }
    const [create, reschedule, cancel] = requests.map((r) => r.body.payload);
    expect(create).toMatchObject({
      uid: created.uid,
      id: created.id,
      eventTypeId: host.eventType.id,
      title: created.title,
      startTime: TUESDAY_10AM,
      endTime: '2026-03-10T14:30:00.000Z',
      organizer: { id: host.user.id, name: 'John Smith', email: host.user.email },
      attendees: [{ name: jane.name, email: jane.email, timeZone: jane.timeZone }],
      status: 'ACCEPTED',
      type: host.eventType.slug,
    });
    expect(create).toHaveProperty('responses');
    expect(create).toHaveProperty('metadata');
    expect(create).toHaveProperty('location');
    expect(reschedule).toMatchObject({
      uid: newUid,
      rescheduleUid: created.uid,
      rescheduleStartTime: TUESDAY_10AM,
      startTime: '2026-03-10T15:00:00.000Z',
      reschedulingReason: 'Clash',
    });
    expect(cancel).toMatchObject({
      uid: newUid,
      status: 'CANCELLED',
      cancellationReason: 'Sick',
      cancelledBy: host.user.email,
    });
  });

  it('signs a generated whsec_ secret for Standard Webhooks receivers too, one webhook-id per delivery', async () => {
    const host = await bookableHost(t);
    const from = receiver.received.length;
    const webhook = await t.subscribe(host.headers, {
      subscriberUrl: receiver.url,
      triggers: ['BOOKING_CREATED'],
    });
    expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    receiver.setSecret(webhook.secret);
    const booking = await booked(t, host.eventType.id);
    const [request] = (await receiver.waitFor(from + 1)).slice(from);
    expect(request!.prdVerified).toBe(true);
    expect(request!.standardVerified).toBe(true);
    const delivery = await eventually(async () => {
      const [found] = await t.deliveries(host.headers, webhook.id);
      return found?.status === 'delivered' ? found : undefined;
    });
    expect(request!.headers['webhook-id']).toBe(delivery.id);
    expect(delivery).toMatchObject({
      trigger: 'BOOKING_CREATED',
      status: 'delivered',
      bookingUid: booking.uid,
      attemptCount: 1,
      attempts: [{ attempt: 1, ok: true, statusCode: 200, responseExcerpt: 'OK', error: null }],
    });
  });

  it('sends nothing to inactive webhooks, other users, or for triggers not subscribed', async () => {
    const host = await bookableHost(t);
    const other = await bookableHost(t);
    const from = receiver.received.length;
    await t.subscribe(host.headers, {
      subscriberUrl: `${receiver.url}?inactive`,
      triggers: ['BOOKING_CREATED'],
      active: false,
    });
    await t.subscribe(host.headers, {
      subscriberUrl: `${receiver.url}?cancel-only`,
      triggers: ['BOOKING_CANCELLED'],
    });
    const mine = await t.subscribe(other.headers, {
      subscriberUrl: `${receiver.url}?other`,
      triggers: ['BOOKING_CREATED'],
    });
    receiver.setSecret(mine.secret);
    await booked(t, host.eventType.id);
    await booked(t, other.eventType.id);
    await receiver.waitFor(from + 1);
    await t.jobs.relay!.drain();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received.slice(from).map((r) => r.path)).toEqual(['/webhooks/cal?other']);
  });

  it("sends an event type's bookings to that event type's webhooks", async () => {
    const host = await bookableHost(t);
    const from = receiver.received.length;
    const created = await t.call({
      method: 'POST',
      url: `/v2/event-types/${host.eventType.id}/webhooks`,
      headers: host.headers,
      payload: { subscriberUrl: receiver.url, triggers: ['BOOKING_CREATED'] },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.eventTypeId).toBe(host.eventType.id);
    receiver.setSecret(created.body.data.secret);
    const booking = await booked(t, host.eventType.id);
    const [request] = (await receiver.waitFor(from + 1)).slice(from);
    expect(request!.body.payload.uid).toBe(booking.uid);
    expect(request!.prdVerified).toBe(true);
  });

  it('renders payload templates, escaping a quote in a name, and sends non-JSON ones as a form', async () => {
    const host = await bookableHost(t);
    const from = receiver.received.length;
    const json = await t.subscribe(host.headers, {
      subscriberUrl: `${receiver.url}?json`,
      triggers: ['BOOKING_CREATED'],
      payloadTemplate:
        '{"event":"{{triggerEvent}}","uid":"{{payload.uid}}","who":"{{payload.attendees[0].name}}","email":"{{attendees.0.email}}"}',
    });
    receiver.setSecret(json.secret);
    const booking = await t.call({
      method: 'POST',
      url: '/v2/bookings',
      payload: {
        eventTypeId: host.eventType.id,
        start: TUESDAY_10AM,
        attendee: { ...jane, name: 'Jane "JJ" O\'Doe' },
      },
    });
    expect(booking.status).toBe(201);
    const [request] = (await receiver.waitFor(from + 1)).slice(from);
    expect(request!.body).toEqual({
      event: 'BOOKING_CREATED',
      uid: booking.body.data.uid,
      who: 'Jane "JJ" O\'Doe',
      email: jane.email,
    });
    expect(request!.prdVerified).toBe(true);

    const form = await t.subscribe(host.headers, {
      subscriberUrl: `${receiver.url}?form`,
      triggers: ['BOOKING_CANCELLED'],
      payloadTemplate: 'event={{triggerEvent}}&who={{attendees.0.name}}',
    });
    receiver.setSecret(form.secret);
    await t.call({
      method: 'POST',
      url: `/v2/bookings/${booking.body.data.uid}/cancel`,
      headers: host.headers,
      payload: {},
    });
    const [formRequest] = (await receiver.waitFor(from + 2)).slice(from + 1);
    expect(formRequest!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(new URLSearchParams(formRequest!.rawBody).get('who')).toBe('Jane "JJ" O\'Doe');
    expect(formRequest!.headers['x-cal-signature-256']).toBe(
      (await import('node:crypto'))
        .createHmac('sha256', form.secret)
        .update(formRequest!.rawBody)
        .digest('hex'),
    );
  });

  it('sends OOO_CREATED when the user records an out-of-office entry', async () => {
    const { user, headers } = await t.signedIn();
    const from = receiver.received.length;
    const webhook = await t.subscribe(headers, {
      subscriberUrl: receiver.url,
      triggers: ['OOO_CREATED'],
    });
    receiver.setSecret(webhook.secret);
    const entry = await t.call({
      method: 'POST',
      url: '/v2/me/ooo',
      headers,
      payload: { start: '2026-05-04T00:00:00Z', end: '2026-05-08T00:00:00Z', reason: 'vacation' },
    });
    expect(entry.status).toBe(201);
    const [request] = (await receiver.waitFor(from + 1)).slice(from);
    expect(request!.prdVerified).toBe(true);
    expect(request!.body).toMatchObject({
      triggerEvent: 'OOO_CREATED',
      payload: {
        oooEntry: {
          id: entry.body.data.id,
          uuid: entry.body.data.uuid,
          start: '2026-05-04T00:00:00.000Z',
          end: '2026-05-08T00:00:00.000Z',
          reason: { reason: 'vacation', emoji: '🏝️' },
          user: { id: user.id, email: user.email },
          toUser: null,
        },
      },
    });
  });

  it('delivers once per webhook and event although the relay may see an event twice', async () => {
    const host = await bookableHost(t);
    const from = receiver.received.length;
    const webhook = await t.subscribe(host.headers, {
      subscriberUrl: receiver.url,
      triggers: ['BOOKING_CREATED'],
    });
    receiver.setSecret(webhook.secret);
    await booked(t, host.eventType.id);
    await receiver.waitFor(from + 1);
    // Forget that the event was relayed, as a crash between delivery and the relay's commit would.
    await t.database.query("UPDATE relay_positions SET horizon = '0' WHERE name = 'webhooks'");
    await t.database.query('DELETE FROM relayed_events');
    t.jobs.relay!.kick();
    await t.jobs.relay!.drain();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bodiesOf(from)).toHaveLength(1);
    expect(await t.deliveries(host.headers, webhook.id)).toHaveLength(1);
  });
});
