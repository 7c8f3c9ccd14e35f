import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookableHost, jane, NOW, TUESDAY_10AM } from '../bookings/testing/booking-fixtures';
import { readConfig } from '../config';
import { startBackgroundJobs } from '../jobs/background-jobs';
import { startReceiver, type Receiver } from './testing/receiver';
import {
  createWebhookTestApp,
  TEST_RETRY_SCHEDULE,
  type WebhookTestApp,
} from './testing/webhook-harness';

const KEY = randomBytes(32);
let t: WebhookTestApp;
let receiver: Receiver;
beforeAll(async () => {
  t = await createWebhookTestApp({ now: () => NOW, encryptionKey: KEY });
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

const storedSecret = async (id: string) =>
  (
    await t.database.query<{ secret: string }>('SELECT secret FROM webhooks WHERE id = $1', [id])
  )[0]!.secret;

/** Pings a webhook: the answer says whether the receiver verified the signature (200). */
const pingOf = async (id: string, headers: Record<string, string>) =>
  (await t.call({ method: 'POST', url: `/v2/webhooks/${id}/ping`, headers })).body.data;

describe('webhook secrets with KAIROS_ENCRYPTION_KEY', () => {
  it('are stored sealed, shown once in clear, and sign deliveries and pings in clear', async () => {
    const host = await bookableHost(t);
    const secret = 'whsec_sealed_at_rest';
    receiver.setSecret(secret);
    const created = await t.call({
      method: 'POST',
      url: '/v2/webhooks',
      headers: host.headers,
      payload: { subscriberUrl: receiver.url, triggers: ['BOOKING_CREATED'], secret },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.secret).toBe(secret);
    const id: string = created.body.data.id;
    const stored = await storedSecret(id);
    expect(stored).toMatch(/^enc:v1:/);
    expect(stored).not.toContain('sealed_at_rest');

    const from = receiver.received.length;
    const booked = await t.call({
      method: 'POST',
      url: '/v2/bookings',
      payload: { eventTypeId: host.eventType.id, start: TUESDAY_10AM, attendee: jane },
    });
    expect(booked.status).toBe(201);
    const [delivery] = (await receiver.waitFor(from + 1)).slice(from);
    expect(delivery!.prdVerified).toBe(true);

    const rotated = 'whsec_rotated_and_sealed';
    const patched = await t.call({
      method: 'PATCH',
      url: `/v2/webhooks/${id}`,
      headers: host.headers,
      payload: { secret: rotated },
    });
    expect(patched.body.data.secret).toBe(rotated);
    expect(await storedSecret(id)).not.toContain('rotated_and_sealed');
    expect(
      (await t.call({ method: 'GET', url: `/v2/webhooks/${id}`, headers: host.headers })).body.data
        .secret,
    ).toBeUndefined();
    receiver.setSecret(rotated);
    expect(await pingOf(id, host.headers)).toMatchObject({ ok: true, statusCode: 200 });
  });

  it('reads a secret stored in clear before the key was set, and seals it when workers start', async () => {
    const host = await bookableHost(t);
    const created = await t.call({
      method: 'POST',
      url: '/v2/webhooks',
      headers: host.headers,
      payload: { subscriberUrl: `${receiver.url}/old`, triggers: ['BOOKING_CREATED'] },
    });
    const id: string = created.body.data.id;
    const clear = 'whsec_from_before_the_key';
    await t.database.query('UPDATE webhooks SET secret = $1 WHERE id = $2', [clear, id]);
    receiver.setSecret(clear);
    expect(await pingOf(id, host.headers)).toMatchObject({ ok: true, statusCode: 200 });

    const workers = await startBackgroundJobs({
      database: t.database,
      config: { allowPrivateWebhookUrls: true, webhookLogDays: 30, encryptionKey: KEY },
      runWorkers: true,
      log: () => {},
      retrySchedule: TEST_RETRY_SCHEDULE,
    });
    await workers.stop();
    expect(await storedSecret(id)).toMatch(/^enc:v1:/);
    expect(await pingOf(id, host.headers)).toMatchObject({ ok: true, statusCode: 200 });
  });

  it('takes the key as 64 hex digits or base64 of 32 bytes, and nothing else', () => {
    const key = randomBytes(32);
    expect(readConfig({ KAIROS_ENCRYPTION_KEY: key.toString('hex') }).encryptionKey).toEqual(key);
    expect(readConfig({ KAIROS_ENCRYPTION_KEY: key.toString('base64') }).encryptionKey).toEqual(
      key,
    );
    expect(readConfig({}).encryptionKey).toBeNull();
    expect(() => readConfig({ KAIROS_ENCRYPTION_KEY: 'too-short' })).toThrow(/32 bytes/);
  });
});
