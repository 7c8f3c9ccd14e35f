import type { BookingEventKind, NoShowAttendee } from '@kairos/core';

/** Who a no-show update marked absent (true) or present (false). */
export interface NoShowFacts {
  host?: boolean;
  attendees: NoShowAttendee[];
}

/**
 * What a delivery is built from, stored with it (`webhook_deliveries.facts`): the booking
 * event's facts (the booking itself is read when the body is built), a meeting's scheduled
 * instant, an outbox event's ready payload, or a ping.
 */
export type DeliveryFacts =
  | {
      kind: 'booking';
      event: BookingEventKind;
      /** When the event was written (ISO): the envelope's `createdAt`. */
      createdAt: string;
      /** The status the event left the booking in. */
      status?: 'accepted' | 'pending' | 'cancelled' | 'rejected' | undefined;
      previousUid?: string | undefined;
      seatUid?: string | undefined;
      cancellationReason?: string | null | undefined;
      cancelledBy?: string | null | undefined;
      rejectionReason?: string | null | undefined;
      noShow?: NoShowFacts | undefined;
      /** A booking made with `instant: true` (INSTANT_MEETING). */
      isInstant?: boolean | undefined;
    }
  | { kind: 'meeting'; scheduledFor: string }
  | { kind: 'outbox'; createdAt: string; payload: Record<string, unknown> }
  | { kind: 'ping'; createdAt: string };

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The status each kind of booking event leaves; a seat given up leaves the booking as it was. */
function statusAfter(kind: BookingEventKind, payload: Record<string, unknown>) {
  switch (kind) {
    case 'BOOKING_CREATED':
    case 'BOOKING_CONFIRMED':
      return 'accepted' as const;
    case 'BOOKING_REQUESTED':
      return 'pending' as const;
    case 'BOOKING_RESCHEDULED':
      return payload.status === 'pending' ? ('pending' as const) : ('accepted' as const);
    case 'BOOKING_CANCELLED':
      return payload.seatUid ? undefined : ('cancelled' as const);
    case 'BOOKING_REJECTED':
      return 'rejected' as const;
    case 'BOOKING_NO_SHOW_UPDATED':
      return undefined;
  }
}

function noShowOf(payload: Record<string, unknown>): NoShowFacts {
  const attendees = Array.isArray(payload.attendees)
    ? (
        payload.attendees as Array<{ email?: unknown; phoneNumber?: unknown; absent?: unknown }>
      ).map((a) => ({
        email: textOrNull(a.email),
        ...(typeof a.phoneNumber === 'string' ? { phoneNumber: a.phoneNumber } : {}),
        absent: a.absent === true,
      }))
    : [];
  return typeof payload.host === 'boolean' ? { host: payload.host, attendees } : { attendees };
}

/** The facts of a booking outbox row (its `payload` as the booking use cases write it). */
export function bookingEventFacts(
  kind: BookingEventKind,
  payload: Record<string, unknown>,
  createdAt: Date,
): DeliveryFacts & { kind: 'booking' } {
  return {
    kind: 'booking',
    event: kind,
    createdAt: createdAt.toISOString(),
    status: statusAfter(kind, payload),
    previousUid: text(payload.rescheduledFromUid),
    seatUid: text(payload.seatUid),
    cancellationReason: textOrNull(payload.cancellationReason ?? payload.reason),
    cancelledBy: textOrNull(payload.cancelledByEmail),
    rejectionReason: kind === 'BOOKING_REJECTED' ? textOrNull(payload.reason) : undefined,
    noShow: kind === 'BOOKING_NO_SHOW_UPDATED' ? noShowOf(payload) : undefined,
    isInstant: payload.instant === true ? true : undefined,
  };
}
