import { AppError, notFound, validationError, type CreateBookingInput } from '@kairos/contracts';
import {
  inTransaction,
  insertBookingGraph,
  isExclusionViolation,
  loadBookingEventType,
  lockRoundRobinState,
  type BookingEventType,
  type Database,
  type EventTypeLocator,
  type NewBooking,
  type SlotContext,
  type SqlSession,
} from '@kairos/db';
import type { Caller } from '../auth/caller';
import { assertBookable, loadStartQuery } from './booking-availability';
import { assertMayPinHost, chooseBookingHosts, type HostChoice } from './booking-hosts';
import {
  bookingSpan,
  bookingTitle,
  newBookingUid,
  organizerOf,
  overlapConflict,
} from './booking-draft';
import { checkBookingRequest, type CheckedRequest } from './booking-request';
import { checkSeries, chooseSeriesHosts } from './check-series';
import { initialStatus } from './booking-status';
import { takeSeat } from './take-seat';

export interface BookingDeps {
  database: Database;
  now: () => Date;
}

const locatorOf = (body: CreateBookingInput): EventTypeLocator => {
  if (body.eventTypeId !== undefined) return { id: body.eventTypeId };
  const slug = body.eventTypeSlug ?? '';
  return body.teamSlug
    ? { teamSlug: body.teamSlug, slug }
    : { username: body.username ?? '', slug };
};

/** Everything the bookings need once the request and every start have passed every check. */
interface CheckedBooking {
  eventType: BookingEventType;
  request: CheckedRequest;
  occurrences: Array<HostChoice & { start: Date; recurringBookingUid?: string }>;
  /** A round robin chose its host: a lost race is retried with the hosts still free. */
  isRoundRobinChoice: boolean;
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
  caller: Caller | null,
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
  if (body.hostId !== undefined) await assertMayPinHost(session, context, caller);
  const request = checkBookingRequest(eventType, body);
  const options = { pinnedHostId: body.hostId };
  const isRoundRobinChoice =
    context.eventType.schedulingType === 'roundRobin' && body.hostId === undefined;
  if (eventType.recurrence && !body.instant) {
    const series = await checkSeries(session, eventType, request, body, start, now);
    const state = isRoundRobinChoice ? await lockedState(session, context) : context;
    const occurrences = chooseSeriesHosts(state, series, options);
    return { eventType, request, occurrences, isRoundRobinChoice };
  }
  const waived = body.instant ? INSTANT_WAIVES : undefined;
  const free = assertBookable(query, start, waived);
  const state = isRoundRobinChoice ? await lockedState(session, context) : context;
  const choice = chooseBookingHosts(state, free, options);
  return { eventType, request, occurrences: [{ start, ...choice }], isRoundRobinChoice };
}

/**
 * The context with round robin's state read again under the event type's choice lock: the
 * checks ran without it, the choice waits for the choices before it (see lockRoundRobinState).
 */
async function lockedState(session: SqlSession, context: SlotContext): Promise<SlotContext> {
  const state = await lockRoundRobinState(session, context.eventType.id);
  const hosts = context.hosts.map((host) => {
    const found = state.find((row) => row.userId === host.userId);
    return found ? { ...host, rrTurns: found.turns, rrLastAssignedAt: found.lastAssignedAt } : host;
  });
  return { ...context, hosts };
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
  const { start, hostIds, roundRobinHostId, recurringBookingUid } = occurrence;
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
    assignedAt: now,
    roundRobinHostId,
    attendees: [{ ...body.attendee, seatUid }],
    event: {
      type: status === 'pending' ? 'BOOKING_REQUESTED' : 'BOOKING_CREATED',
      payload: {
        uid,
        status,
        start: start.toISOString(),
        hostIds,
        recurringBookingUid,
        // Webhooks tell an instant meeting apart by this (INSTANT_MEETING).
        ...(body.instant ? { instant: true } : {}),
      },
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

/** Cal.com: an attendee is reached by email or by phone; one of them is required (400). */
function assertReachable(attendee: CreateBookingInput['attendee']): void {
  if (attendee.email === undefined && attendee.phoneNumber === undefined) {
    throw new AppError('INVALID_REQUEST', "Give the attendee's email or phoneNumber", [
      { field: 'attendee.email', message: 'Required unless attendee.phoneNumber is given' },
    ]);
  }
}

/** Two first seats of a start collide in the constraint; the loser retries and joins. */
const SEATED_ATTEMPTS = 3;
/**
 * Round robin's racers for one start collide when they chose the same host; the loser retries
 * and, the winner's booking now visible, chooses among the hosts still free.
 */
const ROUND_ROBIN_ATTEMPTS = 8;

/**
 * Books a start in one transaction: re-reads the event type and its hosts' busy times (never
 * cached), re-checks the start with the slot search's code, chooses the hosts and writes the
 * booking with its outbox event. The exclusion constraint on booking_hosts settles races between
 * processes: the loser gets CONFLICT, unless round robin can choose another free host. A
 * recurring event type books every occurrence, all or nothing; a seated one takes a seat.
 * `caller` matters for `hostId` (team admins pin the host). Returns the new bookings' uids.
 */
export async function createBooking(
  deps: BookingDeps,
  body: CreateBookingInput,
  caller: Caller | null = null,
): Promise<CreatedBookings> {
  assertReachable(body.attendee);
  const now = deps.now();
  let roundRobinEventTypeId: number | null = null;
  for (let attempt = 1; ; attempt++) {
    let retries = 0;
    try {
      return await inTransaction(deps.database, async (session) => {
        // A retry waits its turn before reading anything: it then sees the racer it lost to.
        if (roundRobinEventTypeId !== null) {
          await lockRoundRobinState(session, roundRobinEventTypeId);
        }
        const checked = await checkInSession(session, body, caller, now);
        if (checked.isRoundRobinChoice) {
          retries = ROUND_ROBIN_ATTEMPTS;
          roundRobinEventTypeId = checked.eventType.id;
        }
        if (checked.eventType.seats !== null) retries = SEATED_ATTEMPTS;
        return writeBookings(session, body, checked, now);
      });
    } catch (error) {
      if (!isExclusionViolation(error)) throw error;
      if (attempt >= retries) throw overlapConflict();
    }
  }
}
