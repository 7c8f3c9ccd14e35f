import { WEBHOOK_RETRY_SCHEDULE_SECONDS } from '@kairos/core';
import type { Database } from '@kairos/db';
import type { AppConfig } from '../config';
import { createSecretBox } from '../crypto/secret-box';
import { sealStoredSecrets } from '../webhooks/seal-stored-secrets';
import { deliverWebhookHandler } from '../webhooks/deliver-webhook.handler';
import { webhookFanOut } from '../webhooks/fan-out';
import { pruneDeliveryLogHandler } from '../webhooks/prune-delivery-log';
import { scheduleMeetingTriggersHandler } from '../webhooks/schedule-meeting-triggers';
import { systemResolver, type Resolver } from '../webhooks/url-safety';
import { startJobRunner, type JobRunner } from './job-runner';
import { startOutboxRelay, type OutboxRelay } from './outbox-relay';

export interface BackgroundJobsOptions {
  database: Database;
  config: Pick<AppConfig, 'allowPrivateWebhookUrls' | 'webhookLogDays' | 'encryptionKey'>;
  /** false (`--role api`): install pg-boss and send jobs, but run no relay and no workers. */
  runWorkers: boolean;
  log: (message: string, error?: unknown) => void;
  /** The app's clock (tests pin it); scheduling still happens in real time. */
  now?: () => Date;
  /** Tests shorten these; the defaults are PRD 7.3's schedule and a 10 s timeout. */
  retrySchedule?: readonly number[];
  timeoutMs?: number;
  resolve?: Resolver;
  pollingIntervalSeconds?: number;
  /** Bookings per meeting-scheduling job and rows per retention statement (tests shrink them). */
  meetingSchedulePageSize?: number;
  retentionBatchSize?: number;
}

export interface BackgroundJobs {
  runner: JobRunner;
  /** Absent in an API-only process. */
  relay: OutboxRelay | null;
  stop(): Promise<void>;
}

/**
 * pg-boss, the outbox relay and the webhook workers of one process: `--role all` and
 * `--role worker` run everything, `--role api` only makes sure pg-boss's schema exists.
 */
export async function startBackgroundJobs(options: BackgroundJobsOptions): Promise<BackgroundJobs> {
  const now = options.now ?? (() => new Date());
  // Handlers are given to the runner when it starts, and wake it: bind them to it late.
  const bound: { runner?: JobRunner } = {};
  const wakeAt = (at: Date) => bound.runner?.wakeAt(at);
  const runtime = {
    database: options.database,
    now,
    allowPrivateUrls: options.config.allowPrivateWebhookUrls,
    resolve: options.resolve ?? systemResolver,
    secrets: createSecretBox(options.config.encryptionKey),
    timeoutMs: options.timeoutMs ?? 10_000,
    retrySchedule: options.retrySchedule ?? WEBHOOK_RETRY_SCHEDULE_SECONDS,
    wakeAt,
  };
  const runner = await startJobRunner({
    database: options.database,
    handlers: options.runWorkers
      ? {
          'webhook-delivery': deliverWebhookHandler(runtime),
          'webhook-meeting-schedule': scheduleMeetingTriggersHandler({
            database: options.database,
            now,
            wakeAt,
            pageSize: options.meetingSchedulePageSize,
          }),
          'webhook-log-retention': pruneDeliveryLogHandler({
            database: options.database,
            now,
            retentionDays: options.config.webhookLogDays,
            batchSize: options.retentionBatchSize,
          }),
        }
      : {},
    log: options.log,
    ...(options.pollingIntervalSeconds
      ? { pollingIntervalSeconds: options.pollingIntervalSeconds }
      : {}),
  });
  bound.runner = runner;
  if (options.runWorkers && options.config.encryptionKey) {
    await sealStoredSecrets(options.database.db, runtime.secrets);
  }
  const relay = options.runWorkers
    ? startOutboxRelay({
        database: options.database,
        consumer: webhookFanOut({ now, wakeAt }),
        afterCommit: () => runner.wake(),
        log: options.log,
      })
    : null;
  return {
    runner,
    relay,
    stop: async () => {
      await relay?.stop();
      await runner.stop();
    },
  };
}
