import {
  bookingWebhookPayload,
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

async function bookingPayload(
  session: SqlSession,
  delivery: DeliveryToBuild & { facts: { kind: 'booking' } },
): Promise<Record<string, unknown> | string> {
  const { facts } = delivery;
  const found = await findBookingsForWebhooks(session, {
    ids: delivery.bookingId === null ? [] : [delivery.bookingId],
    uids: facts.previousUid ? [facts.previousUid] : [],
  });
  const record = found.find((row) => row.booking.id === delivery.bookingId);
  const previous = found.find((row) => row.booking.uid === facts.previousUid);
  if (!record) return 'The booking no longer exists';
  const booking = payloadBookingOf(record);
  if (delivery.trigger === 'BOOKING_NO_SHOW_UPDATED' || delivery.trigger === 'BOOKING_NO_SHOW') {
    return noShowWebhookPayload(booking, facts.noShow ?? { attendees: [] });
  }
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
async function meetingPayload(
  session: SqlSession,
  delivery: DeliveryToBuild & { facts: { kind: 'meeting' } },
): Promise<Record<string, unknown> | string> {
  const [record] = await findBookingsForWebhooks(session, {
    ids: delivery.bookingId === null ? [] : [delivery.bookingId],
    uids: [],
  });
  if (!record) return 'The booking no longer exists';
  const booking = payloadBookingOf(record);
  if (booking.status !== 'accepted') return `The booking is ${booking.status}`;
  const at = delivery.trigger === 'MEETING_STARTED' ? booking.startTime : booking.endTime;
  if (Date.parse(at) !== Date.parse(delivery.facts.scheduledFor)) {
    return 'The booking was moved';
  }
  return bookingWebhookPayload(delivery.trigger as WebhookTrigger, booking);
}

/** The exact body of a delivery (its template applied), built from the database as it is now. */
export async function buildDeliveryBody(
  session: SqlSession,
  delivery: DeliveryToBuild,
  now: Date,
): Promise<BuiltBody> {
  const { facts } = delivery;
  let payload: Record<string, unknown> | string;
  let createdAt: string;
  switch (facts.kind) {
    case 'booking':
      payload = await bookingPayload(session, { ...delivery, facts });
      createdAt = facts.createdAt;
      break;
    case 'meeting':
      payload = await meetingPayload(session, { ...delivery, facts });
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
