import { createSecretBox } from '../crypto/secret-box';
import type { PingOutput } from '@kairos/contracts';
import { insertWebhookDeliveries, type WebhookRow } from '@kairos/db';
import { randomUUID } from 'node:crypto';
import type { HandlerContext } from '../http/context';
import { attemptDelivery } from './attempt-delivery';
import type { DeliveryFacts } from './delivery-facts';
import { systemResolver } from './url-safety';

/**
 * Sends a signed PING event to the webhook now (active or not) and reports what came back. It
 * is logged as a delivery with one attempt: delivered, or dead-lettered (replay tries again).
 */
export async function pingWebhook(
  deps: HandlerContext['deps'],
  webhook: WebhookRow,
): Promise<PingOutput> {
  const now = deps.now();
  const facts: DeliveryFacts = { kind: 'ping', createdAt: now.toISOString() };
  const [delivery] = await insertWebhookDeliveries(deps.database, [
    {
      webhookId: webhook.id,
      trigger: 'PING',
      dedupeKey: `ping:${randomUUID()}`,
      bookingId: null,
      dueAt: now,
      facts,
    },
  ]);
  if (!delivery) throw new Error('The ping delivery was not created');
  const report = await attemptDelivery(
    {
      database: deps.database,
      now: deps.now,
      allowPrivateUrls: deps.config.allowPrivateWebhookUrls,
      resolve: systemResolver,
      secrets: createSecretBox(deps.config.encryptionKey),
      timeoutMs: 10_000,
      retrySchedule: [0],
    },
    { deliveryId: delivery.id, attempt: 1 },
    { evenIfInactive: true },
  );
  if ('skipped' in report) throw new Error(`The ping was not sent: ${report.skipped}`);
  const { ok, statusCode, latencyMs, responseExcerpt, error } = report.sent;
  return { deliveryId: delivery.id, ok, statusCode, latencyMs, responseExcerpt, error };
}
