import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookableHost, booked, NOW } from '../bookings/testing/booking-fixtures';
import { readConfig } from '../config';
import { enqueueJobs } from '../jobs/job-runner';
import { JOB_QUEUES } from '../jobs/job-queues';
import { startReceiver, type Receiver } from './testing/receiver';
import { createWebhookTestApp, eventually, type WebhookTestApp } from './testing/webhook-harness';

let t: WebhookTestApp;
let receiver: Receiver;
let failing: Receiver;
const secret = 'whsec_retention_tests';
beforeAll(async () => {
  t = await createWebhookTestApp({
    // Bookings at the fixtures' instant; deliveries, attempts and the cutoff in real time, as
    // the database's own timestamps are.
    now: () => NOW,
    jobsNow: () => new Date(),
    // A failed attempt waits an hour for the next: it stays pending through the test.
    retrySchedule: [0, 3600, 3600, 3600, 3600],
    webhookLogDays: 30,
    retentionBatchSize: 2,
  });
  receiver = await startReceiver({ secret });
  failing = await startReceiver({ secret, replies: [{ status: 500, body: 'down' }] });
});
afterAll(async () => {
  await failing.close();
  await receiver.close();
  await t.close();
});

type Delivery = { id: string; status: string; attempts: Array<{ attempt: number }> };

const days = (n: number) => `now() - interval '${n} days'`;

/** Makes a delivery and its attempts look `n` days old (as they would be after that long). */
async function age(deliveryId: string, n: number) {
  await t.database.query(
    `UPDATE webhook_deliveries SET created_at = ${days(n)}, updated_at = ${days(n)} WHERE id = $1`,
    [deliveryId],
  );
  await t.database.query(
    `UPDATE webhook_delivery_attempts SET started_at = ${days(n)} WHERE delivery_id = $1`,
    [deliveryId],
  );
}

const runRetention = async () => {
  await enqueueJobs(t.database, [{ queue: JOB_QUEUES.webhookLogRetention.name, data: {} }]);
  t.jobs.runner.wake();
};

describe('delivery log retention (KAIROS_WEBHOOK_LOG_DAYS)', () => {
  it('reads KAIROS_WEBHOOK_LOG_DAYS, 30 days unless set', () => {
    expect(readConfig({}).webhookLogDays).toBe(30);
    expect(readConfig({ KAIROS_WEBHOOK_LOG_DAYS: '7' }).webhookLogDays).toBe(7);
    expect(() => readConfig({ KAIROS_WEBHOOK_LOG_DAYS: 'a week' })).toThrow(
      /KAIROS_WEBHOOK_LOG_DAYS/,
    );
  });

  it('is an hourly pg-boss schedule', async () => {
    const rows = await t.database.query<{ cron: string }>(
      'SELECT cron FROM pgboss.schedule WHERE name = $1',
      [JOB_QUEUES.webhookLogRetention.name],
    );
    expect(rows).toEqual([{ cron: '17 * * * *' }]);
  });

  it('finds what it deletes through indexes (migration 0011)', async () => {
    const rows = await t.database.query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes
        WHERE indexname IN ('webhook_deliveries_finished_idx', 'webhook_delivery_attempts_started_idx')
        ORDER BY indexname`,
    );
    expect(rows.map((row) => row.indexname)).toEqual([
      'webhook_deliveries_finished_idx',
      'webhook_delivery_attempts_started_idx',
    ]);
  });

  it('deletes finished deliveries and attempts older than the retention, in batches, and never a pending one', async () => {
    const host = await bookableHost(t);
    const webhook = await t.subscribe(host.headers, {
      subscriberUrl: receiver.url,
      triggers: ['BOOKING_CREATED'],
      secret,
    });
    const retrying = await t.subscribe(host.headers, {
      subscriberUrl: failing.url,
      triggers: ['BOOKING_CREATED'],
      secret,
    });
    for (const day of ['09', '10', '11', '12', '13']) {
      await booked(t, host.eventType.id, `2026-03-${day}T14:00:00.000Z`);
    }
    const delivered = await eventually(async () => {
      const found = (await t.deliveries(host.headers, webhook.id)) as Delivery[];
      return found.filter((d) => d.status === 'delivered').length === 5 ? found : undefined;
    });
    const pending = await eventually(async () => {
      const found = (await t.deliveries(host.headers, retrying.id)) as Delivery[];
      return found.length === 5 && found.every((d) => d.attempts.length > 0) ? found : undefined;
    });
    expect(pending.filter((d) => d.status === 'pending')).toHaveLength(1);

    const [recent, replayed, ...old] = delivered;
    for (const delivery of [replayed!, ...old]) await age(delivery.id, 31);
    for (const delivery of pending) await age(delivery.id, 40);
    // Replayed yesterday: its first attempt is old, the delivery and its second attempt are not.
    const replay = await t.call({
      method: 'POST',
      url: `/v2/webhooks/${webhook.id}/deliveries/${replayed!.id}/replay`,
      headers: host.headers,
    });
    expect(replay.status).toBe(200);
    await eventually(async () => {
      const found = (await t.deliveries(host.headers, webhook.id)) as Delivery[];
      const again = found.find((d) => d.id === replayed!.id);
      return again?.status === 'delivered' ? again : undefined;
    });

    await runRetention();
    const kept = await eventually(async () => {
      const found = (await t.deliveries(host.headers, webhook.id)) as Delivery[];
      const attempts = found.flatMap((d) => d.attempts);
      return found.length === 2 && attempts.length === 2 ? found : undefined;
    });
    expect(kept.map((d) => [d.id, d.status, d.attempts.map((a) => a.attempt)]).sort()).toEqual(
      [
        [recent!.id, 'delivered', [1]],
        [replayed!.id, 'delivered', [2]],
      ].sort(),
    );
    // The failing receiver's: the delivered ones went, the one still retrying stayed, attempt and all.
    const stillThere = (await t.deliveries(host.headers, retrying.id)) as Delivery[];
    expect(stillThere.map((d) => [d.status, d.attempts.length])).toEqual([['pending', 1]]);
  });
});
