import { defineRoute, type RouteContract } from '../route';
import {
  bookingOrSeriesOutput,
  bookingOutput,
  bookingUidParams,
  cancelBookingInput,
  createBookingInput,
  declineBookingInput,
  markAbsentInput,
  listBookingsQuery,
  rescheduleBookingInput,
} from '../schemas/booking';
import { z } from 'zod';

const tag = 'Bookings';

/**
 * Books a start: no key needed, as on Cal.com. A recurring event type answers with every
 * occurrence (an array); a seated one with the booking of the start and the new `seatUid`.
 */
export const createBookingRoute = defineRoute({
  method: 'POST',
  path: '/v2/bookings',
  summary: 'Book a time (PRD body or Cal.com 2024-08-13)',
  tag,
  auth: 'optional',
  rateLimit: 'bookingsCreate',
  body: createBookingInput,
  response: bookingOrSeriesOutput,
  status: 201,
});

/**
 * A booking by uid (every occurrence for a recurring series' uid): anyone holding the uid; with a
 * key, only a host of the booking.
 */
export const getBookingRoute = defineRoute({
  method: 'GET',
  path: '/v2/bookings/{uid}',
  summary: 'One booking by uid',
  tag,
  auth: 'optional',
  rateLimit: 'bookingsRead',
  params: bookingUidParams,
  response: bookingOrSeriesOutput,
});

/** The bookings the caller hosts; with `teamId`/`teamIds`, those teams' (their admins only). */
export const listBookingsRoute = defineRoute({
  method: 'GET',
  path: '/v2/bookings',
  summary: "Bookings you host (or, for team admins, a team's), filtered and paginated",
  tag,
  auth: 'required',
  rateLimit: 'bookingsRead',
  query: listBookingsQuery,
  response: z.array(bookingOutput),
  paginated: true,
});

const cancel = {
  tag,
  auth: 'optional',
  params: bookingUidParams,
  body: cancelBookingInput,
  response: bookingOrSeriesOutput,
} as const;

/**
 * Cancels (the PRD's verb) and frees the time; `seatUid` gives up one seat,
 * `cancelSubsequentBookings` also ends the later occurrences, a series' uid ends all of them.
 */
export const deleteBookingRoute = defineRoute({
  ...cancel,
  method: 'DELETE',
  path: '/v2/bookings/{uid}',
  summary: 'Cancel a booking',
});

/** Cancels (Cal.com's route). */
export const cancelBookingRoute = defineRoute({
  ...cancel,
  method: 'POST',
  path: '/v2/bookings/{uid}/cancel',
  summary: 'Cancel a booking (Cal.com)',
});

const reschedule = {
  tag,
  auth: 'optional',
  rateLimit: 'bookingsCreate',
  params: bookingUidParams,
  body: rescheduleBookingInput,
  response: bookingOutput,
  status: 201,
} as const;

/**
 * Moves a booking: a new booking with a new uid; the old one ends cancelled (Cal.com). With
 * `seatUid`, moves that one seat: the answer is the booking at the new start and the new `seatUid`.
 */
export const patchBookingRoute = defineRoute({
  ...reschedule,
  method: 'PATCH',
  path: '/v2/bookings/{uid}',
  summary: 'Reschedule a booking',
});

/** Moves a booking (Cal.com's route). */
export const rescheduleBookingRoute = defineRoute({
  ...reschedule,
  method: 'POST',
  path: '/v2/bookings/{uid}/reschedule',
  summary: 'Reschedule a booking (Cal.com)',
});

const owner = {
  tag,
  auth: 'required',
  params: bookingUidParams,
  response: bookingOutput,
} as const;

/** Accepts a pending booking (hosts only); its time becomes blocked. */
export const confirmBookingRoute = defineRoute({
  ...owner,
  method: 'POST',
  path: '/v2/bookings/{uid}/confirm',
  summary: 'Confirm a pending booking',
});

/** Rejects a pending booking (hosts only); its time is freed. */
export const declineBookingRoute = defineRoute({
  ...owner,
  method: 'POST',
  path: '/v2/bookings/{uid}/decline',
  summary: 'Decline a pending booking',
  body: declineBookingInput,
});

/** Records who did not show up (hosts only, once the booking has started). */
export const markAbsentRoute = defineRoute({
  ...owner,
  method: 'POST',
  path: '/v2/bookings/{uid}/mark-absent',
  summary: 'Mark the host or attendees absent',
  body: markAbsentInput,
});

export const bookingRoutes: RouteContract[] = [
  createBookingRoute,
  listBookingsRoute,
  getBookingRoute,
  deleteBookingRoute,
  cancelBookingRoute,
  patchBookingRoute,
  rescheduleBookingRoute,
  confirmBookingRoute,
  declineBookingRoute,
  markAbsentRoute,
];
