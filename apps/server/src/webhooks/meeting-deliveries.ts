import { MEETING_TRIGGERS, type MeetingTrigger } from '@kairos/core';
import type { NewWebhookDelivery, SqlSession } from '@kairos/db';
import { enqueueJobs } from '../jobs/job-runner';
import { JOB_QUEUES, type WebhookDeliveryJob } from '../jobs/job-queues';
import { realTimeOf } from './attempt-delivery';
import type { DeliveryFacts } from './delivery-facts';

/**
 * The outbox event of a webhook that subscribed to meeting triggers (created with them, given
 * them, switched back on), written with that change: the relay turns it into the job that
 * schedules them for the scope's upcoming bookings.
 */
export const MEETING_TRIGGERS_SUBSCRIBED = 'WEBHOOK_MEETING_TRIGGERS_SUBSCRIBED';

/** The meeting triggers among a webhook's. */
export const meetingTriggersOf = (triggers: string[]): MeetingTrigger[] =>
  MEETING_TRIGGERS.filter((trigger) => triggers.includes(trigger));

/**
 * A MEETING_STARTED/ENDED delivery due at the booking's start or end; its body is built then,
 * from the booking as it is. One per webhook, booking, trigger and instant, whoever schedules
 * it (the relay when the booking is accepted, or the webhook subscribing later).
 */
export function meetingDelivery(
  webhookId: string,
  trigger: MeetingTrigger,
  booking: { id: number; startAt: Date; endAt: Date },
): NewWebhookDelivery {
  const at = trigger === 'MEETING_STARTED' ? booking.startAt : booking.endAt;
  const facts: DeliveryFacts = { kind: 'meeting', scheduledFor: at.toISOString() };
  return {
    webhookId,
    trigger,
    dedupeKey: `meeting:${booking.id}:${trigger}:${at.toISOString()}`,
    bookingId: booking.id,
    dueAt: at,
    facts,
  };
}

/**
 * Enqueues the first attempt of each created delivery in the caller's transaction, scheduled
 * for its due time (in real time), and asks the workers to wake then.
 */
export async function enqueueFirstAttempts(
  session: SqlSession,
  created: Array<{ id: string; dueAt: Date }>,
  now: Date,
  wakeAt: ((at: Date) => void) | undefined,
): Promise<void> {
  const jobs = created.map((delivery) => {
    const data: WebhookDeliveryJob = { deliveryId: delivery.id, attempt: 1 };
    const dueAt = new Date(delivery.dueAt);
    const startAfter = dueAt > now ? realTimeOf(dueAt, now) : undefined;
    if (startAfter) wakeAt?.(startAfter);
    return { queue: JOB_QUEUES.webhookDelivery.name, data, startAfter };
  });
  await enqueueJobs(session, jobs);
}
