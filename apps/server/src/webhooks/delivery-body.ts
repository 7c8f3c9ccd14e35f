import {
  bookingWebhookPayload,
  instantMeetingWebhookPayload,
  noShowWebhookPayload,
  pingWebhookPayload,
  renderWebhookBody,
  webhookEnvelope,
  type PayloadBooking,
  type RenderedBody,
  type WebhookTrigger,
} from '@kairos/core';
import { findBookingsForWebhooks, type SqlSession, type WebhookBookingRecord } from '@kairos/db';
import { locationText, type BookingLocation } from '../bookings/booking-location';
import type { DeliveryFacts } from './delivery-facts';

/** A body to send, or why the delivery no longer has one to send. */
export type BuiltBody = ({ ok: true } & RenderedBody) | { ok: false; note: string };

const isoOf = (value: string) => new Date(value).toISOString();

/** A stored booking in the payload builder's terms. */
export function payloadBookingOf(record: WebhookBookingRecord): PayloadBooking {
  const { booking, eventType } = record;
  return {
    id: booking.id,
    uid: booking.uid,
    title: booking.title,
    description: booking.description,
    startTime: isoOf(booking.startAt),
    endTime: isoOf(booking.endAt),
    status: booking.status,
    location: locationText(booking.location as BookingLocation | null),
    metadata: booking.metadata,
    responses: booking.responses,
    organizer: { ...booking.organizer, timeFormat: record.organizerTimeFormat },
    attendees: booking.attendees,
    eventType: eventType && {
      id: eventType.id,
      slug: eventType.slug,
      title: eventType.title,
      description: eventType.description,
      lengthInMinutes: eventType.lengthInMinutes,
      requiresConfirmation: eventType.confirmationPolicy !== null,
      schedulingType: eventType.schedulingType,
      seatsPerTimeSlot: eventType.seats?.seatsPerTimeSlot ?? null,
      seatsShowAttendees: eventType.seats?.showAttendeeInfo ?? false,
      seatsShowAvailabilityCount: eventType.seats?.showAvailabilityCount ?? false,
      teamId: eventType.teamId,
    },
    recurringBookingUid: booking.recurringBookingUid,
    cancellationReason: booking.cancellationReason,
    cancelledByEmail: booking.cancelledByEmail,
    reschedulingReason: booking.reschedulingReason,
    rescheduledByEmail: booking.rescheduledByEmail,
    absentHost: booking.absentHost,
  };
}

/** What a delivery is about, as the body builder sees it. */
export interface DeliveryToBuild {
  trigger: string;
  bookingId: number | null;
  facts: DeliveryFacts;
  payloadTemplate: string | null;
}

/** Bookings loaded for a batch of deliveries, by id and by uid. */
export interface BookingLookup {
  byId: Map<number, WebhookBookingRecord>;
  byUid: Map<string, WebhookBookingRecord>;
}

/** Loads, in one query, every booking the deliveries' bodies are built from. */
export async function loadBookingsFor(
  session: SqlSession,
  deliveries: DeliveryToBuild[],
): Promise<BookingLookup> {
  const ids = new Set<number>();
  const uids = new Set<string>();
  for (const delivery of deliveries) {
    if (delivery.bookingId !== null) ids.add(delivery.bookingId);
    if (delivery.facts.kind === 'booking' && delivery.facts.previousUid) {
      uids.add(delivery.facts.previousUid);
    }
  }
  const found = await findBookingsForWebhooks(session, { ids: [...ids], uids: [...uids] });
  return {
    byId: new Map(found.map((row) => [row.booking.id, row])),
    byUid: new Map(found.map((row) => [row.booking.uid, row])),
  };
}

function bookingPayload(
  delivery: DeliveryToBuild & { facts: { kind: 'booking' } },
  bookings: BookingLookup,
): Record<string, unknown> | string {
  const { facts } = delivery;
  const record = delivery.bookingId === null ? undefined : bookings.byId.get(delivery.bookingId);
  if (!record) return 'The booking no longer exists';
  const booking = payloadBookingOf(record);
  if (delivery.trigger === 'BOOKING_NO_SHOW_UPDATED' || delivery.trigger === 'BOOKING_NO_SHOW') {
    return noShowWebhookPayload(booking, facts.noShow ?? { attendees: [] });
  }
  if (delivery.trigger === 'INSTANT_MEETING') return instantMeetingWebhookPayload(booking);
  const previous = facts.previousUid ? bookings.byUid.get(facts.previousUid) : undefined;
  const before = previous && payloadBookingOf(previous);
  return bookingWebhookPayload(delivery.trigger as WebhookTrigger, booking, {
    status: facts.status,
    seatUid: facts.seatUid,
    cancellationReason: facts.cancellationReason,
    cancelledBy: facts.cancelledBy,
    rejectionReason: facts.rejectionReason,
    previous: before && {
      id: before.id,
      uid: before.uid,
      startTime: before.startTime,
      endTime: before.endTime,
    },
  });
}

/**
 * A meeting trigger is sent only if the booking still takes place when it was scheduled for:
 * accepted, and starting (or ending) at that instant. Otherwise the delivery is dropped.
 */
function meetingPayload(
  delivery: DeliveryToBuild & { facts: { kind: 'meeting' } },
  bookings: BookingLookup,
): Record<string, unknown> | string {
  const record = delivery.bookingId === null ? undefined : bookings.byId.get(delivery.bookingId);
  if (!record) return 'The booking no longer exists';
  const booking = payloadBookingOf(record);
  if (booking.status !== 'accepted') return `The booking is ${booking.status}`;
  const at = delivery.trigger === 'MEETING_STARTED' ? booking.startTime : booking.endTime;
  if (Date.parse(at) !== Date.parse(delivery.facts.scheduledFor)) {
    return 'The booking was moved';
  }
  return bookingWebhookPayload(delivery.trigger as WebhookTrigger, booking);
}

/** The exact body of a delivery (its template applied), from bookings loaded beforehand. */
export function deliveryBody(
  delivery: DeliveryToBuild,
  bookings: BookingLookup,
  now: Date,
): BuiltBody {
  const { facts } = delivery;
  let payload: Record<string, unknown> | string;
  let createdAt: string;
  switch (facts.kind) {
    case 'booking':
      payload = bookingPayload({ ...delivery, facts }, bookings);
      createdAt = facts.createdAt;
      break;
    case 'meeting':
      payload = meetingPayload({ ...delivery, facts }, bookings);
      createdAt = now.toISOString();
      break;
    case 'outbox':
      payload = facts.payload;
      createdAt = facts.createdAt;
      break;
    case 'ping':
      payload = pingWebhookPayload(facts.createdAt);
      createdAt = facts.createdAt;
      break;
  }
  if (typeof payload === 'string') return { ok: false, note: payload };
  const envelope = webhookEnvelope(delivery.trigger as WebhookTrigger, createdAt, payload);
  return { ok: true, ...renderWebhookBody(envelope, delivery.payloadTemplate) };
}

/** The exact body of one delivery, built from the database as it is now. */
export async function buildDeliveryBody(
  session: SqlSession,
  delivery: DeliveryToBuild,
  now: Date,
): Promise<BuiltBody> {
  return deliveryBody(delivery, await loadBookingsFor(session, [delivery]), now);
}
