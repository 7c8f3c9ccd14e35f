/**
 * The job queues and their payloads (a job's definition lives apart from its handler). Every
 * job is retried by pg-boss only when its process died or its handler threw; webhook retries
 * follow their own schedule (a new job per attempt). `workers`: how many poll the queue in each
 * worker process (4 unless given).
 */
export const JOB_QUEUES = {
  webhookDelivery: {
    name: 'webhook-delivery',
    /** Longer than an attempt's 10 s timeout: an active job older than this lost its process. */
    expireInSeconds: 30,
    retryLimit: 3,
    retryDelay: 5,
  },
  /** A webhook that subscribed to meeting triggers: its scope's upcoming bookings, a page a job. */
  webhookMeetingSchedule: {
    name: 'webhook-meeting-schedule',
    expireInSeconds: 120,
    retryLimit: 5,
    retryDelay: 5,
    workers: 1,
  },
  /** Deletes the delivery log past its retention, hourly (see RECURRING_JOBS). */
  webhookLogRetention: {
    name: 'webhook-log-retention',
    expireInSeconds: 900,
    retryLimit: 1,
    retryDelay: 60,
    workers: 1,
  },
} as const;

export type JobQueueName = (typeof JOB_QUEUES)[keyof typeof JOB_QUEUES]['name'];

/** Jobs pg-boss sends on a cron schedule (UTC), from every worker process's runner. */
export const RECURRING_JOBS: ReadonlyArray<{ queue: JobQueueName; cron: string }> = [
  { queue: JOB_QUEUES.webhookLogRetention.name, cron: '17 * * * *' },
];

/** One attempt of one delivery; `attempt` is stale once the delivery has recorded it. */
export interface WebhookDeliveryJob {
  deliveryId: string;
  attempt: number;
}

/** Schedules a webhook's meeting triggers for its scope's bookings after `after` (from now). */
export interface MeetingScheduleJob {
  webhookId: string;
  after?: { startAt: string; id: number } | undefined;
}
