import { bookingEventEffect, type BookingEventKind, type WebhookTrigger } from '@kairos/core';
import {
  cancelMeetingDeliveries,
  insertWebhookDeliveries,
  subscribedWebhooks,
  type NewWebhookDelivery,
  type RelayEvent,
  type SqlSession,
  type SubscribedWebhook,
} from '@kairos/db';
import { enqueueJobs } from '../jobs/job-runner';
import { JOB_QUEUES, type MeetingScheduleJob } from '../jobs/job-queues';
import { deliveryBody, loadBookingsFor, type DeliveryToBuild } from './delivery-body';
import { bookingEventFacts, type DeliveryFacts } from './delivery-facts';
import {
  enqueueFirstAttempts,
  MEETING_TRIGGERS_SUBSCRIBED,
  meetingDelivery,
  meetingTriggersOf,
} from './meeting-deliveries';

/** What fanning out needs: the app's clock and a way to wake workers for scheduled jobs. */
export interface FanOutRuntime {
  now: () => Date;
  wakeAt?: ((at: Date) => void) | undefined;
}

const wants = (webhook: SubscribedWebhook, trigger: string) => webhook.triggers.includes(trigger);

/**
 * The webhooks an event goes to. A booking: its organizer's own, its event type's and, when a
 * team's event type was booked, the team's (Cal.com's getSubscribers). One delivery per
 * webhook row: a URL subscribed at two scopes receives the event twice, as on Cal.com, each
 * signed with its own webhook's secret. An outbox event (OOO_CREATED): its user's own and those
 * of the teams the user is an accepted member of.
 */
function audienceOf(event: RelayEvent, webhooks: SubscribedWebhook[]): SubscribedWebhook[] {
  if (event.source === 'outbox') {
    const teams = event.memberTeamIds ?? [];
    return webhooks.filter((w) =>
      w.teamId === null
        ? w.eventTypeId === null && w.userId === event.userId
        : teams.includes(w.teamId),
    );
  }
  return webhooks.filter((w) => {
    if (w.teamId !== null) return w.teamId === event.teamId;
    return w.eventTypeId === null
      ? w.userId === event.organizerId
      : w.eventTypeId === event.eventTypeId;
  });
}

const distinct = (ids: Array<number | null>): number[] => [
  ...new Set(ids.filter((id): id is number => id !== null)),
];

interface Plan {
  deliveries: NewWebhookDelivery[];
  /** Webhooks whose scopes' upcoming bookings get meeting triggers. */
  schedules: MeetingScheduleJob[];
  dropBookingIds: number[];
  dropBookingUids: string[];
}

function planBookingEvent(event: RelayEvent, audience: SubscribedWebhook[], now: Date, plan: Plan) {
  const kind = event.type as BookingEventKind;
  const facts = bookingEventFacts(kind, event.payload, event.createdAt);
  const effect = bookingEventEffect(kind, {
    status: facts.status,
    seatUid: facts.seatUid,
    isInstant: facts.isInstant,
    hostAbsent: facts.noShow?.host,
    attendeesAbsent: facts.noShow?.attendees.map((a) => a.absent),
  });
  for (const webhook of audience) {
    for (const trigger of effect.triggers.filter((t) => wants(webhook, t))) {
      plan.deliveries.push({
        webhookId: webhook.id,
        trigger,
        dedupeKey: `${event.source}:${event.id}:${trigger}`,
        bookingId: event.bookingId,
        dueAt: now,
        facts,
      });
    }
    if (!effect.schedulesMeetings || !event.startAt || !event.endAt) continue;
    const booking = { id: event.bookingId!, startAt: event.startAt, endAt: event.endAt };
    for (const trigger of meetingTriggersOf(webhook.triggers)) {
      // One per booking and instant however many events (seats) announce it.
      plan.deliveries.push(meetingDelivery(webhook.id, trigger, booking));
    }
  }
  if (effect.dropsMeetings && event.bookingId !== null) plan.dropBookingIds.push(event.bookingId);
  if (effect.dropsPreviousMeetings && facts.previousUid)
    plan.dropBookingUids.push(facts.previousUid);
}

function planOutboxEvent(event: RelayEvent, audience: SubscribedWebhook[], now: Date, plan: Plan) {
  const trigger = event.type as WebhookTrigger;
  const facts: DeliveryFacts = {
    kind: 'outbox',
    createdAt: event.createdAt.toISOString(),
    payload: event.payload,
  };
  for (const webhook of audience.filter((w) => wants(w, trigger))) {
    plan.deliveries.push({
      webhookId: webhook.id,
      trigger,
      dedupeKey: `${event.source}:${event.id}:${trigger}`,
      bookingId: null,
      dueAt: now,
      facts,
    });
  }
}

/**
 * Builds the bodies of the deliveries due now from one load of their bookings, so that an
 * attempt only sends; a meeting's body waits for its time (the booking is checked again then).
 */
async function buildBodies(
  session: SqlSession,
  deliveries: NewWebhookDelivery[],
  webhooks: SubscribedWebhook[],
  now: Date,
): Promise<void> {
  const templates = new Map(webhooks.map((w) => [w.id, w.payloadTemplate]));
  const toBuild = deliveries
    .filter((delivery) => (delivery.facts as DeliveryFacts).kind !== 'meeting')
    .map((delivery) => ({
      delivery,
      build: {
        trigger: delivery.trigger,
        bookingId: delivery.bookingId,
        facts: delivery.facts as DeliveryFacts,
        payloadTemplate: templates.get(delivery.webhookId) ?? null,
      } satisfies DeliveryToBuild,
    }));
  if (toBuild.length === 0) return;
  const bookings = await loadBookingsFor(
    session,
    toBuild.map((entry) => entry.build),
  );
  for (const { delivery, build } of toBuild) {
    const built = deliveryBody(build, bookings, now);
    if (!built.ok) continue;
    delivery.body = built.body;
    delivery.contentType = built.contentType;
  }
}

/**
 * The relay's consumer for webhooks: each event becomes one delivery per subscribed webhook and
 * trigger (MEETING_STARTED/ENDED scheduled at the booking's start and end), each delivery a job,
 * all in the relay's transaction; a webhook's subscription to meeting triggers becomes the job
 * that schedules them for its scope's upcoming bookings. Meetings of a booking cancelled, rejected or replaced by a
 * reschedule are dropped. Deliveries are unique per (webhook, event, trigger), so an event
 * relayed twice is delivered once.
 */
export function webhookFanOut(runtime: FanOutRuntime) {
  return async (session: SqlSession, events: RelayEvent[]): Promise<void> => {
    const webhooks = await subscribedWebhooks(session, {
      userIds: distinct(events.map((e) => e.organizerId ?? e.userId)),
      eventTypeIds: distinct(events.map((e) => e.eventTypeId)),
      teamIds: distinct(events.flatMap((e) => [e.teamId, ...(e.memberTeamIds ?? [])])),
    });
    const now = runtime.now();
    const plan: Plan = { deliveries: [], schedules: [], dropBookingIds: [], dropBookingUids: [] };
    for (const event of events) {
      if (event.type === MEETING_TRIGGERS_SUBSCRIBED && event.source === 'outbox') {
        plan.schedules.push({ webhookId: String(event.payload.webhookId) });
        continue;
      }
      const audience = audienceOf(event, webhooks);
      if (event.source === 'booking') planBookingEvent(event, audience, now, plan);
      else planOutboxEvent(event, audience, now, plan);
    }
    await buildBodies(session, plan.deliveries, webhooks, now);
    const created = await insertWebhookDeliveries(session, plan.deliveries);
    await cancelMeetingDeliveries(
      session,
      { ids: plan.dropBookingIds, uids: plan.dropBookingUids },
      'The booking was cancelled, rejected or rescheduled',
    );
    await enqueueFirstAttempts(session, created, now, runtime.wakeAt);
    await enqueueJobs(
      session,
      plan.schedules.map((data) => ({ queue: JOB_QUEUES.webhookMeetingSchedule.name, data })),
    );
  };
}
