import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookableHost, booked, NOW } from '../bookings/testing/booking-fixtures';
import { RESPONSE_EXCERPT_BYTES } from './send-webhook';
import { startReceiver, type Receiver } from './testing/receiver';
import {
  createWebhookTestApp,
  eventually,
  TEST_RETRY_SCHEDULE,
  type WebhookTestApp,
} from './testing/webhook-harness';

let t: WebhookTestApp;
const receivers: Receiver[] = [];
beforeAll(async () => {
  t = await createWebhookTestApp({ now: () => NOW, timeoutMs: 1_000 });
});
afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
  await t.close();
});

const receiverWith = async (...args: Parameters<typeof startReceiver>) => {
  const receiver = await startReceiver(...args);
  receivers.push(receiver);
  return receiver;
};

/** A host subscribed to BOOKING_CREATED at the receiver; the receiver knows the secret. */
async function subscribed(receiver: Receiver, extra: object = {}) {
  const host = await bookableHost(t);
  const webhook = await t.subscribe(host.headers, {
    subscriberUrl: receiver.url,
    triggers: ['BOOKING_CREATED'],
    ...extra,
  });
  receiver.setSecret(webhook.secret);
  return { host, webhook };
}

const settled = (t: WebhookTestApp, headers: Record<string, string>, webhookId: string) =>
  eventually(async () => {
    const [delivery] = await t.deliveries(headers, webhookId);
    return delivery && delivery.status !== 'pending' ? delivery : undefined;
  });

describe('webhook retries', () => {
  it('delivers on the third attempt after two failures, logging all three attempts', async () => {
    const receiver = await receiverWith({
      replies: [
        { status: 500, body: 'down' },
        { status: 503, body: 'still down' },
      ],
    });
    const { host, webhook } = await subscribed(receiver);
    const booking = await booked(t, host.eventType.id);
    const requests = await receiver.waitFor(3);
    const delivery = await settled(t, host.headers, webhook.id);
    expect(delivery).toMatchObject({
      status: 'delivered',
      bookingUid: booking.uid,
      attemptCount: 3,
      nextAttemptAt: null,
      deliveredAt: NOW.toISOString(),
    });
    expect(delivery.attempts).toEqual([
      expect.objectContaining({
        attempt: 1,
        ok: false,
        statusCode: 500,
        responseExcerpt: 'down',
        error: 'HTTP 500',
      }),
      expect.objectContaining({
        attempt: 2,
        ok: false,
        statusCode: 503,
        responseExcerpt: 'still down',
        error: 'HTTP 503',
      }),
      expect.objectContaining({
        attempt: 3,
        ok: true,
        statusCode: 200,
        responseExcerpt: 'OK',
        error: null,
      }),
    ]);
    for (const attempt of delivery.attempts) expect(attempt.latencyMs).toBeGreaterThanOrEqual(0);
    // One delivery: the same id, body and signature on every attempt.
    expect(new Set(requests.map((r) => r.headers['webhook-id']))).toEqual(new Set([delivery.id]));
    expect(new Set(requests.map((r) => r.rawBody)).size).toBe(1);
    expect(requests.every((r) => r.prdVerified)).toBe(true);
    // Spaced by the schedule (0.2 s in this test), not sent back to back.
    expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(150);
  });

  it('dead-letters after five failed attempts, and a replay sends the same delivery again', async () => {
    const receiver = await receiverWith({ replies: Array(5).fill({ status: 500 }) });
    const { host, webhook } = await subscribed(receiver);
    await booked(t, host.eventType.id);
    const dead = await settled(t, host.headers, webhook.id);
    expect(dead).toMatchObject({ status: 'dead_letter', attemptCount: TEST_RETRY_SCHEDULE.length });
    expect(dead.attempts.map((a: { ok: boolean }) => a.ok)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(receiver.received).toHaveLength(5);

    const replayed = await t.call({
      method: 'POST',
      url: `/v2/webhooks/${webhook.id}/deliveries/${dead.id}/replay`,
      headers: host.headers,
    });
    expect(replayed.status).toBe(200);
    expect(replayed.body.data).toMatchObject({ id: dead.id, status: 'pending', attemptCount: 5 });
    const again = await t.call({
      method: 'POST',
      url: `/v2/webhooks/${webhook.id}/deliveries/${dead.id}/replay`,
      headers: host.headers,
    });
    expect(again.status).toBe(409);
    const requests = await receiver.waitFor(6);
    expect(requests[5]!.headers['webhook-id']).toBe(dead.id);
    expect(requests[5]!.rawBody).toBe(requests[0]!.rawBody);
    const delivered = await settled(t, host.headers, webhook.id);
    expect(delivered).toMatchObject({ status: 'delivered', attemptCount: 6 });
    const one = await t.call({
      method: 'GET',
      url: `/v2/webhooks/${webhook.id}/deliveries/${dead.id}`,
      headers: host.headers,
    });
    expect(one.body.data.attempts).toHaveLength(6);
    const filtered = await t.call({
      method: 'GET',
      url: `/v2/webhooks/${webhook.id}/deliveries?status=dead_letter`,
      headers: host.headers,
    });
    expect(filtered.body.data).toEqual([]);
  });

  it('does not follow redirects, gives up after the timeout, and keeps 1 KiB of a response', async () => {
    const target = await receiverWith();
    const redirecting = await receiverWith({ replies: [{ redirect: target.url }] });
    const hanging = await receiverWith({ replies: [{ hang: true }] });
    const big = 'é'.repeat(5_000);
    const chatty = await receiverWith({ replies: [{ status: 500, body: big }] });

    const redirected = await subscribed(redirecting);
    const hung = await subscribed(hanging);
    const talked = await subscribed(chatty);
    await Promise.all([redirected, hung, talked].map(({ host }) => booked(t, host.eventType.id)));
    const first = async ({ host, webhook }: Awaited<ReturnType<typeof subscribed>>) =>
      eventually(async () => (await t.deliveries(host.headers, webhook.id))[0]?.attempts[0]);

    expect(await first(redirected)).toMatchObject({
      ok: false,
      statusCode: 302,
      error: `Redirect not followed (302 to ${target.url})`,
    });
    expect(target.received).toHaveLength(0);
    const timedOut = await first(hung);
    expect(timedOut).toMatchObject({
      ok: false,
      statusCode: null,
      error: 'Timed out after 1000 ms',
    });
    expect(timedOut.latencyMs).toBeGreaterThanOrEqual(950);
    const excerpt = (await first(talked)).responseExcerpt as string;
    expect(Buffer.byteLength(excerpt)).toBeLessThanOrEqual(RESPONSE_EXCERPT_BYTES);
    expect(excerpt).toBe('é'.repeat(512));
  });

  it('pings a webhook now, active or not, and logs the ping as a delivery', async () => {
    const receiver = await receiverWith({
      replies: [
        { status: 200, body: 'pong' },
        { status: 404, body: 'gone' },
      ],
    });
    const { host, webhook } = await subscribed(receiver, { active: false });
    const ping = await t.call({
      method: 'POST',
      url: `/v2/webhooks/${webhook.id}/ping`,
      headers: host.headers,
    });
    expect(ping.status).toBe(200);
    expect(ping.body.data).toMatchObject({
      ok: true,
      statusCode: 200,
      responseExcerpt: 'pong',
      error: null,
    });
    const [request] = receiver.received;
    expect(request!.body).toMatchObject({ triggerEvent: 'PING', payload: { type: 'Test' } });
    expect(request!.prdVerified).toBe(true);
    expect(request!.standardVerified).toBe(true);
    expect(request!.headers['webhook-id']).toBe(ping.body.data.deliveryId);

    const failed = await t.call({
      method: 'POST',
      url: `/v2/webhooks/${webhook.id}/ping`,
      headers: host.headers,
    });
    expect(failed.body.data).toMatchObject({ ok: false, statusCode: 404, error: 'HTTP 404' });
    const log = await t.deliveries(host.headers, webhook.id);
    expect(log.map((d) => [d.trigger, d.status, d.attemptCount])).toEqual([
      ['PING', 'dead_letter', 1],
      ['PING', 'delivered', 1],
    ]);
  });
});

describe('webhook address checks at delivery', () => {
  it('refuses to send when the host now resolves to a private address (DNS rebinding)', async () => {
    const receiver = await receiverWith();
    let answer = '93.184.216.34';
    const rebinding = await createWebhookTestApp({
      now: () => NOW,
      allowPrivate: false,
      retrySchedule: [0],
      resolve: async () => [{ address: answer, family: 4 }],
    });
    try {
      const host = await bookableHost(rebinding);
      const url = `http://hooks.example.test:${receiver.port}/webhooks/cal`;
      // Saved while the name resolved to a public address (the API's check would have passed).
      const [row] = await rebinding.database.query<{ id: string }>(
        `INSERT INTO webhooks (user_id, subscriber_url, triggers, secret)
         VALUES ($1, $2, ARRAY['BOOKING_CREATED'], 'whsec_AAAAAAAAAAAAAAAAAAAAAA==') RETURNING id`,
        [host.user.id, url],
      );
      answer = '127.0.0.1';
      await booked(rebinding, host.eventType.id);
      const delivery = await eventually(async () => {
        const [found] = await rebinding.deliveries(host.headers, row!.id);
        return found?.status === 'dead_letter' ? found : undefined;
      });
      expect(delivery.attempts).toEqual([
        expect.objectContaining({
          ok: false,
          statusCode: null,
          error:
            'Refused: hooks.example.test resolves to 127.0.0.1, a loopback, private or link-local address',
        }),
      ]);
      expect(receiver.received).toHaveLength(0);
    } finally {
      await rebinding.close();
    }
  });
});
