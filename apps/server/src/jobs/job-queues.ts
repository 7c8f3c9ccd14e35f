/**
 * The job queues and their payloads (a job's definition lives apart from its handler). Every
 * job is retried by pg-boss only when its process died or its handler threw; webhook retries
 * follow their own schedule (a new job per attempt).
 */
export const JOB_QUEUES = {
  webhookDelivery: {
    name: 'webhook-delivery',
    /** Longer than an attempt's 10 s timeout: an active job older than this lost its process. */
    expireInSeconds: 30,
    retryLimit: 3,
    retryDelay: 5,
  },
} as const;

export type JobQueueName = (typeof JOB_QUEUES)[keyof typeof JOB_QUEUES]['name'];

/** One attempt of one delivery; `attempt` is stale once the delivery has recorded it. */
export interface WebhookDeliveryJob {
  deliveryId: string;
  attempt: number;
}
