import type { BookingStatus } from '@kairos/db';

interface ConfirmationPolicy {
  type?: 'always' | 'time';
  noticeThreshold?: { unit: 'minutes' | 'hours'; count: number };
  blockUnconfirmedBookingsInBooker?: boolean;
}

/**
 * A new booking's status under the event type's confirmation policy: `pending` when the policy
 * applies (always, or when booked less than the threshold ahead), else `accepted`. Pending
 * bookings hold their time only with `blockUnconfirmedBookingsInBooker`.
 */
export function initialStatus(
  policy: Record<string, unknown> | null,
  start: Date,
  now: Date,
): { status: BookingStatus; isBlocking: boolean } {
  const confirmation = policy as ConfirmationPolicy | null;
  if (!confirmation?.type) return { status: 'accepted', isBlocking: true };
  const threshold = confirmation.noticeThreshold;
  if (confirmation.type === 'time' && threshold) {
    const minutes = threshold.count * (threshold.unit === 'hours' ? 60 : 1);
    if (start.getTime() - now.getTime() >= minutes * 60_000) {
      return { status: 'accepted', isBlocking: true };
    }
  }
  return { status: 'pending', isBlocking: confirmation.blockUnconfirmedBookingsInBooker === true };
}
