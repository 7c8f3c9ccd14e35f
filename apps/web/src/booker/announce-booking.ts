import type { BookingOutput, PublicEventType, PublicProfile } from '@kairos/contracts';
import { emitEmbedEvent } from '../embed/bridge';

const isUrl = (text: string | null) => !!text && /^https?:\/\//.test(text);

/**
 * Tells an embedding page about a booking (compatibility reference §3.5): bookingSuccessfulV2
 * and the legacy bookingSuccessful, or rescheduleBookingSuccessfulV2. Outside an embed the
 * bridge drops them.
 */
export function announceBooking(input: {
  bookings: BookingOutput[];
  eventType: PublicEventType;
  profile: PublicProfile;
  rescheduled: boolean;
}): void {
  const { bookings, eventType, profile } = input;
  const first = bookings[0]!;
  const summary = {
    uid: first.uid,
    title: first.title,
    startTime: first.start,
    endTime: first.end,
    eventTypeId: eventType.id,
    status: first.status.toUpperCase(),
    paymentRequired: false,
    isRecurring: bookings.length > 1 || !!first.recurringBookingUid,
    ...(bookings.length > 1
      ? { allBookings: bookings.map((b) => ({ startTime: b.start, endTime: b.end })) }
      : {}),
    ...(isUrl(first.location) ? { videoCallUrl: first.location } : {}),
  };
  if (input.rescheduled) {
    emitEmbedEvent('rescheduleBookingSuccessfulV2', summary);
    return;
  }
  emitEmbedEvent('bookingSuccessfulV2', summary);
  emitEmbedEvent('bookingSuccessful', {
    booking: first,
    eventType: { id: eventType.id, slug: eventType.slug, title: eventType.title },
    date: first.start,
    duration: first.duration,
    organizer: { name: profile.name, username: profile.username },
    confirmed: first.status === 'accepted',
  });
}
