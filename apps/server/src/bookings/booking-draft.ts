import { AppError } from '@kairos/contracts';
import {
  isExclusionViolation,
  type BookingEventType,
  type BookingRecord,
  type NewBooking,
} from '@kairos/db';
import { randomBytes } from 'node:crypto';
import type { Caller } from '../auth/caller';

/** 128 random bits: a booking's uid is the attendee's key to it, so it must not be guessable. */
export const newBookingUid = (): string => randomBytes(16).toString('base64url');

/** Cal.com's default title: "<event> between <host> and <attendee>". */
export const bookingTitle = (eventTitle: string, hostName: string, attendeeName: string) =>
  `${eventTitle} between ${hostName} and ${attendeeName}`;

/** The name of the first chosen host, who organizes the booking. */
export function organizerOf(eventType: BookingEventType, hostIds: number[]) {
  const organizer = eventType.hosts.find((host) => host.id === hostIds[0]);
  if (!organizer) throw new Error(`host ${hostIds[0]} is not a host of event type ${eventType.id}`);
  return organizer;
}

/** The time span and buffers of a booking of this event type. */
export function bookingSpan(eventType: BookingEventType, start: Date, durationMinutes: number) {
  return {
    startAt: start,
    endAt: new Date(start.getTime() + durationMinutes * 60_000),
    beforeBufferMinutes: eventType.beforeEventBuffer,
    afterBufferMinutes: eventType.afterEventBuffer,
  } satisfies Partial<NewBooking>;
}

/** The answer to a blocking overlap the database refused. */
export const overlapConflict = (message = 'That time was just booked'): AppError =>
  new AppError('CONFLICT', message);

/** Runs a write; a blocking overlap the database refused is CONFLICT (someone was faster). */
export async function refusingOverlaps<T>(
  work: () => Promise<T>,
  message = 'That time was just booked',
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isExclusionViolation(error)) throw overlapConflict(message);
    throw error;
  }
}

/**
 * Whether the caller may see and change the booking: anyone holding the uid without a key (the
 * attendee's way in, as on Cal.com); with a key, only a host of the booking.
 */
export function canAccessBooking(booking: BookingRecord, caller: Caller | null): boolean {
  if (!caller) return true;
  const userId = caller.user.id;
  return booking.organizerId === userId || booking.hosts.some((host) => host.id === userId);
}

/** Confirming and declining are for bookings waiting for the host. */
export function assertPending(booking: BookingRecord): void {
  if (booking.status !== 'pending') {
    throw new AppError('CONFLICT', `The booking is ${booking.status}, not pending`);
  }
}

/** A cancelled or rejected booking cannot change any more. */
export function assertStillActive(booking: BookingRecord): void {
  if (booking.status === 'cancelled' || booking.status === 'rejected') {
    throw new AppError('CONFLICT', `The booking is already ${booking.status}`);
  }
}
