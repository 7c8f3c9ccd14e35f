import { notFound, validationError, type CreateBookingInput } from '@kairos/contracts';
import {
  inTransaction,
  insertBookingGraph,
  isExclusionViolation,
  loadBookingEventType,
  type BookingEventType,
  type Database,
  type EventTypeLocator,
  type NewBooking,
  type SqlSession,
} from '@kairos/db';
import { assertBookable, chooseHosts, loadStartQuery } from './booking-availability';
import {
  bookingSpan,
  bookingTitle,
  newBookingUid,
  organizerOf,
  overlapConflict,
} from './booking-draft';
import { checkBookingRequest, type CheckedRequest } from './booking-request';
import { checkSeries } from './check-series';
import { initialStatus } from './booking-status';
import { takeSeat } from './take-seat';

export interface BookingDeps {
  database: Database;
  now: () => Date;
}

const locatorOf = (body: CreateBookingInput): EventTypeLocator =>
  body.eventTypeId !== undefined
    ? { id: body.eventTypeId }
    : { username: body.username ?? '', slug: body.eventTypeSlug ?? '' };

/** Everything the bookings need once the request and every start have passed every check. */
interface CheckedBooking {
  eventType: BookingEventType;
  request: CheckedRequest;
  occurrences: Array<{ start: Date; hostIds: number[]; recurringBookingUid?: string }>;
}

/** An instant booking starts now: on no slot grid and without the notice others need. */
const INSTANT_WAIVES = new Set([
  'MINIMUM_NOTICE',
  'NOT_ON_SLOT_GRID',
  'NOT_FIRST_SLOT_OF_DAY',
] as const);

/** The requested start, or for an instant booking the next whole minute. */
const startOf = (body: CreateBookingInput, now: Date) =>
  body.instant ? new Date(Math.ceil(now.getTime() / 60_000) * 60_000) : new Date(body.start ?? '');

function assertInstantAllowed(eventType: BookingEventType, body: CreateBookingInput): void {
  if (body.instant && !eventType.isInstantEvent) {
    throw validationError([{ field: 'instant', message: 'This event type is not instant' }]);
  }
}

async function checkInSession(
  session: SqlSession,
  body: CreateBookingInput,
  now: Date,
): Promise<CheckedBooking> {
  const start = startOf(body, now);
  const { query, context } = await loadStartQuery(session, locatorOf(body), {
    start,
    bookerTimeZone: body.attendee.timeZone,
    durationMinutes: body.lengthInMinutes,
    now,
  });
  const eventType = await loadBookingEventType(session, context.eventType.id);
  if (!eventType) throw notFound('Event type');
  assertInstantAllowed(eventType, body);
  const request = checkBookingRequest(eventType, body);
  if (eventType.recurrence && !body.instant) {
    const occurrences = await checkSeries(session, eventType, request, body, start, now);
    return { eventType, request, occurrences };
  }
  const waived = body.instant ? INSTANT_WAIVES : undefined;
  const hostIds = chooseHosts(context, assertBookable(query, start, waived));
  return { eventType, request, occurrences: [{ start, hostIds }] };
}

function newBookingOf(
  uid: string,
  body: CreateBookingInput,
  checked: CheckedBooking,
  occurrence: CheckedBooking['occurrences'][number],
  now: Date,
  seatUid?: string,
) {
  const { eventType, request } = checked;
  const { start, hostIds, recurringBookingUid } = occurrence;
  const policy = body.instant ? null : eventType.confirmationPolicy;
  const { status, isBlocking } = initialStatus(policy, start, now);
  const organizer = organizerOf(eventType, hostIds);
  const notes = request.responses.notes;
  return {
    uid,
    eventTypeId: eventType.id,
    organizerId: organizer.id,
    title: bookingTitle(eventType.title, organizer.name, body.attendee.name),
    description: typeof notes === 'string' ? notes : null,
    ...bookingSpan(eventType, start, request.durationMinutes),
    status,
    location: request.location,
    metadata: body.metadata ?? {},
    responses: request.responses,
    recurringBookingUid,
    isBlocking,
    hostIds,
    attendees: [{ ...body.attendee, seatUid }],
    event: {
      type: status === 'pending' ? 'BOOKING_REQUESTED' : 'BOOKING_CREATED',
      payload: { uid, status, start: start.toISOString(), hostIds, recurringBookingUid },
    },
  } satisfies NewBooking;
}

export interface CreatedBookings {
  uids: string[];
  isSeries: boolean;
  /** The seat taken, for a seated event type. */
  seatUid?: string;
}

async function writeBookings(
  session: SqlSession,
  body: CreateBookingInput,
  checked: CheckedBooking,
  now: Date,
): Promise<CreatedBookings> {
  const { eventType, request } = checked;
  const seats = eventType.seats as { seatsPerTimeSlot: number } | null;
  const [first] = checked.occurrences;
  if (seats && first) {
    const { uid, seatUid } = await takeSeat(session, {
      eventTypeId: eventType.id,
      start: first.start,
      seatsPerTimeSlot: seats.seatsPerTimeSlot,
      attendee: body.attendee,
      responses: request.responses,
      metadata: body.metadata ?? {},
      firstSeat: (uid, seatUid) => newBookingOf(uid, body, checked, first, now, seatUid),
    });
    return { uids: [uid], isSeries: false, seatUid };
  }
  const uids: string[] = [];
  for (const occurrence of checked.occurrences) {
    const uid = newBookingUid();
    await insertBookingGraph(session, newBookingOf(uid, body, checked, occurrence, now));
    uids.push(uid);
  }
  return { uids, isSeries: eventType.recurrence !== null && !body.instant };
}

/** Two first seats of a start collide in the constraint; the loser retries and joins. */
const SEATED_ATTEMPTS = 3;

/**
 * Books a start in one transaction: re-reads the event type and its hosts' busy times (never
 * cached), re-checks the start with the slot search's code, chooses the hosts and writes the
 * booking with its outbox event. The exclusion constraint on booking_hosts settles races between
 * processes: the loser gets CONFLICT. A recurring event type books every occurrence, all or
 * nothing; a seated one takes a seat. Returns the new bookings' uids.
 */
export async function createBooking(
  deps: BookingDeps,
  body: CreateBookingInput,
): Promise<CreatedBookings> {
  const now = deps.now();
  for (let attempt = 1; ; attempt++) {
    let isSeated = false;
    try {
      return await inTransaction(deps.database, async (session) => {
        const checked = await checkInSession(session, body, now);
        isSeated = checked.eventType.seats !== null;
        return writeBookings(session, body, checked, now);
      });
    } catch (error) {
      if (!isExclusionViolation(error)) throw error;
      if (!isSeated || attempt >= SEATED_ATTEMPTS) throw overlapConflict();
    }
  }
}
