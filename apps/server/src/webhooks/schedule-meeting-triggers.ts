import {
  insertWebhookDeliveries,
  lockWebhookToSchedule,
  upcomingBookingsOfScope,
  type Database,
} from '@kairos/db';
import { enqueueJobs } from '../jobs/job-runner';
import { JOB_QUEUES, type MeetingScheduleJob } from '../jobs/job-queues';
import { enqueueFirstAttempts, meetingDelivery, meetingTriggersOf } from './meeting-deliveries';

/** What the scheduling job needs: the database, the app's clock, a way to wake the workers. */
export interface MeetingScheduleRuntime {
  database: Database;
  now: () => Date;
  wakeAt?: ((at: Date) => void) | undefined;
  /** Bookings per job (each gives up to two deliveries and their jobs). */
  pageSize?: number;
}

const PAGE_SIZE = 500;

/**
 * One page of a webhook's subscription to meeting triggers (Cal.com: "when a webhook adds these
 * triggers, for all future ACCEPTED bookings"): the next upcoming accepted bookings of its scope
 * get their MEETING_STARTED/ENDED deliveries, and a full page enqueues the next, in the same
 * transaction. A webhook switched off, deleted or without the triggers any more schedules
 * nothing; deliveries the relay made already are not made twice (same dedupe key).
 */
export async function scheduleMeetingTriggers(
  runtime: MeetingScheduleRuntime,
  job: MeetingScheduleJob,
): Promise<{ scheduled: number; more: boolean }> {
  const pageSize = runtime.pageSize ?? PAGE_SIZE;
  const result = await runtime.database.transaction(async (session) => {
    const webhook = await lockWebhookToSchedule(session, job.webhookId);
    const triggers = webhook?.active ? meetingTriggersOf(webhook.triggers) : [];
    if (!webhook || triggers.length === 0) return { scheduled: 0, more: false };
    const now = runtime.now();
    const bookings = await upcomingBookingsOfScope(session, webhook, {
      now,
      after: job.after,
      limit: pageSize,
    });
    const deliveries = bookings.flatMap((booking) =>
      triggers.map((trigger) => meetingDelivery(webhook.id, trigger, booking)),
    );
    const created = await insertWebhookDeliveries(session, deliveries);
    await enqueueFirstAttempts(session, created, now, runtime.wakeAt);
    const last = bookings.at(-1);
    const more = bookings.length === pageSize && last !== undefined;
    if (more) {
      const next: MeetingScheduleJob = {
        webhookId: webhook.id,
        after: { startAt: last.startAt.toISOString(), id: last.id },
      };
      await enqueueJobs(session, [{ queue: JOB_QUEUES.webhookMeetingSchedule.name, data: next }]);
    }
    return { scheduled: created.length, more };
  });
  if (result.more) runtime.wakeAt?.(new Date());
  return result;
}

/** The `webhook-meeting-schedule` queue's handler. */
export function scheduleMeetingTriggersHandler(runtime: MeetingScheduleRuntime) {
  return async (data: unknown): Promise<void> => {
    await scheduleMeetingTriggers(runtime, data as MeetingScheduleJob);
  };
}
