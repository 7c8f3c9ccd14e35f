import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookableHost, booked, TUESDAY_10AM } from '../bookings/testing/booking-fixtures';
import { startReceiver, type Receiver } from './testing/receiver';
import { createWebhookTestApp, eventually, type WebhookTestApp } from './testing/webhook-harness';

const START = Date.parse(TUESDAY_10AM);
const END = START + 30 * 60_000;

/** A clock that runs in real time from wherever a test sets it. */
let offsetMs = 0;
const clock = () => new Date(Date.now() + offsetMs);
const setClock = (at: number) => void (offsetMs = at - Date.now());

let t: WebhookTestApp;
let receiver: Receiver;
beforeAll(async () => {
  t = await createWebhookTestApp({ now: clock });
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

const meetings = ['MEETING_STARTED', 'MEETING_ENDED'];

async function subscribedHost(app: WebhookTestApp = t) {
  const host = await bookableHost(app);
  const webhook = await app.subscribe(host.headers, {
    subscriberUrl: receiver.url,
    triggers: meetings,
  });
  receiver.setSecret(webhook.secret);
  return { host, webhook };
}

const byTrigger = async (app: WebhookTestApp, headers: Record<string, string>, id: string) =>
  Object.fromEntries((await app.deliveries(headers, id)).map((d) => [d.trigger, d]));

const arrivalsSince = (from: number) => receiver.received.slice(from);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('MEETING_STARTED and MEETING_ENDED', () => {
  it("are scheduled at the booking's start and end; MEETING_STARTED arrives at the start", async () => {
    const { host, webhook } = await subscribedHost();
    const from = receiver.received.length;
    setClock(START - 2_000);
    const startsAt = Date.now() + 2_000;
    const booking = await booked(t, host.eventType.id, TUESDAY_10AM);
    const scheduled = await eventually(async () => {
      const found = await byTrigger(t, host.headers, webhook.id);
      return found.MEETING_ENDED ? found : undefined;
    });
    expect(scheduled.MEETING_STARTED).toMatchObject({
      status: 'pending',
      nextAttemptAt: TUESDAY_10AM,
    });
    expect(scheduled.MEETING_ENDED).toMatchObject({
      status: 'pending',
      nextAttemptAt: new Date(END).toISOString(),
      bookingUid: booking.uid,
    });

    const [request] = (await receiver.waitFor(from + 1)).slice(from);
    expect(request!.at).toBeGreaterThanOrEqual(startsAt - 50);
    expect(request!.prdVerified).toBe(true);
    expect(request!.body).toMatchObject({
      triggerEvent: 'MEETING_STARTED',
      uid: booking.uid,
      startTime: TUESDAY_10AM,
      userId: host.user.id,
      payload: { uid: booking.uid, status: 'ACCEPTED', user: { id: host.user.id } },
    });
    const after = await eventually(async () => {
      const found = await byTrigger(t, host.headers, webhook.id);
      return found.MEETING_STARTED?.status === 'delivered' ? found : undefined;
    });
    expect(after.MEETING_ENDED.status).toBe('pending');
  });

  it('are dropped when the booking is cancelled', async () => {
    const { host, webhook } = await subscribedHost();
    const from = receiver.received.length;
    setClock(START - 1_500);
    const booking = await booked(t, host.eventType.id, TUESDAY_10AM);
    await t.call({
      method: 'POST',
      url: `/v2/bookings/${booking.uid}/cancel`,
      headers: host.headers,
      payload: {},
    });
    const dropped = await eventually(async () => {
      const found = await byTrigger(t, host.headers, webhook.id);
      return found.MEETING_STARTED?.status === 'cancelled' ? found : undefined;
    });
    expect(dropped.MEETING_ENDED).toMatchObject({
      status: 'cancelled',
      note: 'The booking was cancelled, rejected or rescheduled',
      attemptCount: 0,
    });
    await pause(Math.max(0, START - clock().getTime()) + 1_000);
    expect(arrivalsSince(from)).toHaveLength(0);
  });

  it('move with a reschedule: the old ones are dropped, new ones wait for the new time', async () => {
    const { host, webhook } = await subscribedHost();
    const from = receiver.received.length;
    setClock(START - 1_500);
    const booking = await booked(t, host.eventType.id, TUESDAY_10AM);
    const moved = await t.call({
      method: 'POST',
      url: `/v2/bookings/${booking.uid}/reschedule`,
      headers: host.headers,
      payload: { start: '2026-03-10T15:00:00.000Z' },
    });
    expect(moved.status).toBe(201);
    const all = await eventually(async () => {
      const found = await t.deliveries(host.headers, webhook.id);
      return found.length === 4 && found.some((d) => d.status === 'cancelled') ? found : undefined;
    });
    const summary = all
      .map((d) => [
        d.bookingUid === booking.uid ? 'old' : 'new',
        d.trigger,
        d.status,
        d.nextAttemptAt,
      ])
      .sort((a, b) => String(a).localeCompare(String(b)));
    expect(summary).toEqual([
      ['new', 'MEETING_ENDED', 'pending', '2026-03-10T15:30:00.000Z'],
      ['new', 'MEETING_STARTED', 'pending', '2026-03-10T15:00:00.000Z'],
      ['old', 'MEETING_ENDED', 'cancelled', null],
      ['old', 'MEETING_STARTED', 'cancelled', null],
    ]);
    await pause(Math.max(0, START - clock().getTime()) + 1_000);
    expect(arrivalsSince(from)).toHaveLength(0);
  });

  it('are not sent when the booking changed without the relay hearing of it yet', async () => {
    const { host, webhook } = await subscribedHost();
    const from = receiver.received.length;
    setClock(START - 1_500);
    const booking = await booked(t, host.eventType.id, TUESDAY_10AM);
    await eventually(async () => (await byTrigger(t, host.headers, webhook.id)).MEETING_STARTED);
    await t.database.query("UPDATE bookings SET status = 'cancelled' WHERE uid = $1", [
      booking.uid,
    ]);
    const skipped = await eventually(async () => {
      const found = await byTrigger(t, host.headers, webhook.id);
      return found.MEETING_STARTED?.status === 'cancelled' ? found.MEETING_STARTED : undefined;
    });
    expect(skipped).toMatchObject({ note: 'The booking is cancelled', attemptCount: 0 });
    expect(arrivalsSince(from)).toHaveLength(0);
  });

  it('are sent at once when the relay runs after the start, and at the end', async () => {
    // The relay and workers run 3 s before the end: as after a crash that lasted the meeting.
    const lateBy = END - 3_000 - (START - 1_000);
    const late = await createWebhookTestApp({
      now: clock,
      jobsNow: () => new Date(clock().getTime() + lateBy),
    });
    try {
      const { host } = await subscribedHost(late);
      const from = receiver.received.length;
      setClock(START - 1_000);
      const booking = await booked(late, host.eventType.id, TUESDAY_10AM);
      // When the runner's clock reaches the end, in real time.
      const endsAt = Date.now() + (END - (clock().getTime() + lateBy));
      const [started, ended] = (await receiver.waitFor(from + 2)).slice(from);
      expect(started!.body).toMatchObject({ triggerEvent: 'MEETING_STARTED', uid: booking.uid });
      expect(ended!.body).toMatchObject({ triggerEvent: 'MEETING_ENDED', uid: booking.uid });
      expect(started!.at).toBeLessThan(endsAt);
      expect(ended!.at).toBeGreaterThanOrEqual(endsAt - 50);
    } finally {
      await late.close();
    }
  });
});
