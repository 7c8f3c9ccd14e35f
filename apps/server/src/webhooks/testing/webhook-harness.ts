import type { InjectOptions } from 'fastify';
import { startBackgroundJobs } from '../../jobs/background-jobs';
import { createTestApp, json } from '../../testing/test-app';
import type { Resolver } from '../url-safety';

export interface HarnessOptions {
  /** The app's clock. */
  now?: () => Date;
  /** The job runner's clock, when a test needs it to differ (a relay that runs late). */
  jobsNow?: () => Date;
  /** Waits before each attempt, seconds; short unless a test says otherwise. */
  retrySchedule?: readonly number[];
  timeoutMs?: number;
  resolve?: Resolver;
  allowPrivate?: boolean;
  /** KAIROS_ENCRYPTION_KEY (none unless given). */
  encryptionKey?: Buffer | null;
  /** KAIROS_WEBHOOK_LOG_DAYS (30 unless given). */
  webhookLogDays?: number;
  /** Bookings per meeting-scheduling job, rows per retention statement. */
  meetingSchedulePageSize?: number;
  retentionBatchSize?: number;
}

/** A short schedule with the real one's shape: five attempts, then the dead-letter state. */
export const TEST_RETRY_SCHEDULE = [0, 0.2, 0.2, 0.2, 0.2];

/**
 * A test app whose database also runs the job runner, the outbox relay and webhook workers, as
 * `--role all` does. Loopback receivers need private URLs allowed (the default here).
 */
export async function createWebhookTestApp(options: HarnessOptions = {}) {
  const allowPrivate = options.allowPrivate ?? true;
  const config = {
    allowPrivateWebhookUrls: allowPrivate,
    webhookLogDays: options.webhookLogDays ?? 30,
    encryptionKey: options.encryptionKey ?? null,
  };
  const t = await createTestApp({
    config,
    ...(options.now ? { now: options.now } : {}),
  });
  const errors: unknown[] = [];
  const jobsNow = options.jobsNow ?? options.now;
  const jobs = await startBackgroundJobs({
    database: t.database,
    config,
    runWorkers: true,
    log: (message, error) => errors.push({ message, error }),
    retrySchedule: options.retrySchedule ?? TEST_RETRY_SCHEDULE,
    pollingIntervalSeconds: 0.5,
    ...(jobsNow ? { now: jobsNow } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.resolve ? { resolve: options.resolve } : {}),
    meetingSchedulePageSize: options.meetingSchedulePageSize,
    retentionBatchSize: options.retentionBatchSize,
  });
  const call = async (request: InjectOptions) => {
    const response = await t.app.inject(request);
    return { status: response.statusCode, body: json(response) };
  };
  return {
    ...t,
    jobs,
    errors,
    call,
    /** POST /v2/webhooks as the caller; returns the created webhook (with its secret). */
    subscribe: async (headers: Record<string, string>, payload: object) => {
      const response = await call({ method: 'POST', url: '/v2/webhooks', headers, payload });
      if (response.status !== 201) throw new Error(JSON.stringify(response.body));
      return response.body.data as { id: string; secret: string };
    },
    /** GET /v2/webhooks/{id}/deliveries. */
    deliveries: async (headers: Record<string, string>, webhookId: string) => {
      const response = await call({
        method: 'GET',
        url: `/v2/webhooks/${webhookId}/deliveries`,
        headers,
      });
      return response.body.data as any[];
    },
    /** Stops everything; fails if the relay or the job runner reported an error. */
    close: async () => {
      await jobs.stop();
      await t.close();
      if (errors.length > 0) throw new Error(`background job errors: ${JSON.stringify(errors)}`);
    },
  };
}

export type WebhookTestApp = Awaited<ReturnType<typeof createWebhookTestApp>>;

/** Polls until `check` returns a value that is not undefined (or throws after `timeoutMs`). */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
