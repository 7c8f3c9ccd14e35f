import { afterFailure, webhookSignatureHeaders, type HmacSha256 } from '@kairos/core';
import {
  cancelDelivery,
  findDeliveryForAttempt,
  recordDeliveryAttempt,
  type Database,
  type DeliveryForAttempt,
  type DeliveryUpdate,
  type SqlSession,
} from '@kairos/db';
import { createHmac } from 'node:crypto';
import type { SecretBox } from '../crypto/secret-box';
import { enqueueJobs } from '../jobs/job-runner';
import { JOB_QUEUES, type WebhookDeliveryJob } from '../jobs/job-queues';
import { buildDeliveryBody } from './delivery-body';
import type { DeliveryFacts } from './delivery-facts';
import { sendWebhook, type SendResult } from './send-webhook';
import type { Resolver } from './url-safety';

/** What attempts need: the database, the clock, the network policy and the retry schedule. */
export interface DeliveryRuntime {
  database: Database;
  now: () => Date;
  allowPrivateUrls: boolean;
  resolve: Resolver;
  /** Opens the webhook's stored secret (sealed when the instance has an encryption key). */
  secrets: SecretBox;
  /** One attempt, all in (PRD: 10 s). */
  timeoutMs: number;
  /** Waits before each attempt of a cycle, in seconds (PRD 7.3 unless a test passes its own). */
  retrySchedule: readonly number[];
  /** Wakes this process's workers when a retry falls due (absent: they poll). */
  wakeAt?: ((at: Date) => void) | undefined;
}

export const hmacSha256: HmacSha256 = (key, message) =>
  new Uint8Array(createHmac('sha256', key).update(message).digest());

/** Real time for an instant of the app's clock (they differ only when a test pins the clock). */
export const realTimeOf = (at: Date, now: Date): Date =>
  new Date(Date.now() + (at.getTime() - now.getTime()));

/** The outcome of one attempt, or why none was made. */
export type AttemptReport = { sent: SendResult } | { skipped: string };

async function bodyFor(runtime: DeliveryRuntime, delivery: DeliveryForAttempt, now: Date) {
  if (delivery.body !== null && delivery.contentType !== null) {
    return { ok: true as const, body: delivery.body, contentType: delivery.contentType };
  }
  return buildDeliveryBody(
    runtime.database,
    {
      trigger: delivery.trigger,
      bookingId: delivery.bookingId,
      facts: delivery.facts as DeliveryFacts,
      payloadTemplate: delivery.payloadTemplate,
    },
    now,
  );
}

/** Where the delivery goes after this attempt, and the job of the next attempt if any. */
function nextStep(
  runtime: DeliveryRuntime,
  delivery: DeliveryForAttempt,
  attempt: number,
  sent: SendResult,
  now: Date,
): { status: DeliveryUpdate['status']; dueAt: Date; retryAt: Date | null } {
  if (sent.ok) return { status: 'delivered', dueAt: now, retryAt: null };
  const next = afterFailure(attempt - delivery.cycleStart, runtime.retrySchedule);
  if (next.kind === 'dead_letter') return { status: 'dead_letter', dueAt: now, retryAt: null };
  const dueAt = new Date(now.getTime() + next.delaySeconds * 1000);
  return { status: 'pending', dueAt, retryAt: dueAt };
}

/**
 * Attempt `attempt` of a delivery: skipped when the delivery has moved on (a duplicate or
 * stale job), dropped when its webhook was switched off or its meeting will not happen;
 * otherwise sent, logged, and followed by the next attempt's job or the dead-letter state.
 */
export async function attemptDelivery(
  runtime: DeliveryRuntime,
  job: WebhookDeliveryJob,
  options: { evenIfInactive?: boolean } = {},
): Promise<AttemptReport> {
  const { database } = runtime;
  const delivery = await findDeliveryForAttempt(database, job.deliveryId);
  if (!delivery || delivery.status !== 'pending' || delivery.attempts !== job.attempt - 1) {
    return { skipped: 'stale job' };
  }
  if (!delivery.active && !options.evenIfInactive) {
    await cancelDelivery(database, delivery.id, 'The webhook is not active');
    return { skipped: 'inactive' };
  }
  const now = runtime.now();
  const built = await bodyFor(runtime, delivery, now);
  if (!built.ok) {
    await cancelDelivery(database, delivery.id, built.note);
    return { skipped: built.note };
  }
  const headers = {
    'Content-Type': built.contentType,
    ...webhookSignatureHeaders(
      {
        body: built.body,
        secret: runtime.secrets.open(delivery.secret),
        deliveryId: delivery.id,
        // Receivers compare it with their own clock (replay protection): real time, always.
        timestampSeconds: Math.floor(Date.now() / 1000),
        version: delivery.version,
      },
      hmacSha256,
    ),
  };
  const sent = await sendWebhook(
    delivery.subscriberUrl,
    { body: built.body, headers },
    {
      allowPrivate: runtime.allowPrivateUrls,
      resolve: runtime.resolve,
      timeoutMs: runtime.timeoutMs,
    },
  );
  const step = nextStep(runtime, delivery, job.attempt, sent, now);
  const record = (session: SqlSession) =>
    recordDeliveryAttempt(
      session,
      delivery.id,
      { attempt: job.attempt, startedAt: now, ...sent },
      {
        status: step.status,
        dueAt: step.dueAt,
        body: built.body,
        contentType: built.contentType,
        deliveredAt: sent.ok ? runtime.now() : null,
      },
    );
  const { retryAt } = step;
  if (!retryAt) {
    await record(database);
    return { sent };
  }
  // The next attempt's job commits with the log of this one, or neither does.
  const recorded = await database.transaction(async (session) => {
    const moved = await record(session);
    if (moved) {
      const data: WebhookDeliveryJob = { deliveryId: delivery.id, attempt: job.attempt + 1 };
      const startAfter = realTimeOf(retryAt, now);
      await enqueueJobs(session, [{ queue: JOB_QUEUES.webhookDelivery.name, data, startAfter }]);
    }
    return moved;
  });
  if (recorded) runtime.wakeAt?.(realTimeOf(retryAt, now));
  return { sent };
}
