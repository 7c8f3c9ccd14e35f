import { AppError, notFound } from '@kairos/contracts';
import {
  findDeliveryOfWebhook,
  isUuid,
  reopenDelivery,
  type DeliveryRecord,
  type WebhookRow,
} from '@kairos/db';
import type { HandlerContext } from '../http/context';
import { enqueueJobs } from '../jobs/job-runner';
import { JOB_QUEUES, type WebhookDeliveryJob } from '../jobs/job-queues';

/**
 * Sends a finished delivery again: same body, same `webhook-id`, a fresh retry schedule. A
 * pending one is a 409 (it is still being tried).
 */
export async function replayDelivery(
  deps: HandlerContext['deps'],
  webhook: WebhookRow,
  deliveryId: string,
): Promise<DeliveryRecord> {
  if (!isUuid(deliveryId)) throw notFound('Delivery');
  const now = deps.now();
  await deps.database.transaction(async (session) => {
    const reopened = await reopenDelivery(session, webhook.id, deliveryId, now);
    if (!reopened) {
      const existing = await findDeliveryOfWebhook(session, webhook.id, deliveryId);
      if (!existing) throw notFound('Delivery');
      throw new AppError('CONFLICT', 'The delivery is still pending: it will be attempted');
    }
    const data: WebhookDeliveryJob = { deliveryId, attempt: reopened.nextAttempt };
    await enqueueJobs(session, [{ queue: JOB_QUEUES.webhookDelivery.name, data }]);
  });
  deps.jobs?.wake();
  const replayed = await findDeliveryOfWebhook(deps.database, webhook.id, deliveryId);
  if (!replayed) throw notFound('Delivery');
  return replayed;
}
