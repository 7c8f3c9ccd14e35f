import type { WebhookDeliveryJob } from '../jobs/job-queues';
import { attemptDelivery, type DeliveryRuntime } from './attempt-delivery';

/** The `webhook-delivery` queue's handler: one attempt per job. */
export function deliverWebhookHandler(runtime: DeliveryRuntime) {
  return async (data: unknown): Promise<void> => {
    await attemptDelivery(runtime, data as WebhookDeliveryJob);
  };
}
