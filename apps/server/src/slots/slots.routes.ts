import {
  availableSlotsRoute,
  explainSlotRoute,
  notFound,
  slotsRoute,
  validationError,
  type FieldError,
} from '@kairos/contracts';
import {
  checkDuration,
  computeSlots,
  explainStart,
  formatUtcIso,
  type Slot,
  type SlotQuery,
} from '@kairos/core';
import type { Database, Db, EventTypeLocator, SlotContext } from '@kairos/db';
import type { ReadCache } from '../cache/read-cache';
import type { FastifyInstance } from 'fastify';
import { bindRoute } from '../http/bind-route';
import { acceptedRoleOf } from '../teams/team-access';
import type { HandlerContext } from '../http/context';
import { loadSlotQuery, toMinute, type SlotSearch } from './load-slot-query';
import { presentAvailableSlots, presentSlots } from './present-slots';

/** A search may span at most this many days (about three months). */
const MAX_WINDOW_DAYS = 93;

function windowOf(start: Date, end: Date, fields: [string, string]) {
  const errors: FieldError[] = [];
  const window = {
    start: toMinute(start),
    end: Math.ceil(end.getTime() / 60_000),
  };
  if (window.end <= window.start)
    errors.push({ field: fields[1], message: `Must be after ${fields[0]}` });
  else if (window.end - window.start > MAX_WINDOW_DAYS * 1440) {
    errors.push({
      field: fields[1],
      message: `The window may span at most ${MAX_WINDOW_DAYS} days`,
    });
  }
  if (errors.length) throw validationError(errors, 'Invalid search window');
  return window;
}

function locatorOf(
  eventTypeId: number | undefined,
  slug: string | undefined,
  username: string | undefined,
  teamSlug: string | undefined,
): EventTypeLocator {
  if (eventTypeId !== undefined) return { id: eventTypeId };
  if (slug && teamSlug) return { slug, teamSlug };
  if (slug && username) return { slug, username };
  throw validationError([
    {
      field: 'eventTypeId',
      message: 'Give eventTypeId, or eventTypeSlug with username or teamSlug',
    },
  ]);
}

/** The slots of a query whose duration the event type offers; 422 otherwise. */
function slotsOf(query: SlotQuery) {
  const duration = checkDuration(query);
  if (!duration.ok)
    throw validationError([{ field: 'duration', message: duration.reason.message }]);
  return computeSlots(query);
}

/**
 * The slots of a search, through the read cache: keyed by every input, the clock's minute
 * included, and valid while nothing was written (a popular booking page asks the same search
 * again and again; a 50-host round robin's month costs the engine milliseconds).
 */
function searchSlots(database: Database, cache: ReadCache, search: SlotSearch): Promise<Slot[]> {
  const key = JSON.stringify([
    search.locator,
    search.window,
    search.bookerTimeZone,
    search.durationMinutes ?? null,
    search.ignoreBookingUid ?? null,
    toMinute(search.now),
  ]);
  return cache.get(`slots:${key}`, async () =>
    slotsOf((await loadSlotQuery(database, cache, search)).query),
  );
}

async function mayExplain(db: Db, context: SlotContext, userId: number): Promise<boolean> {
  const { ownerId, teamId } = context.eventType;
  if (teamId === null) return ownerId === userId;
  const role = await acceptedRoleOf(db, teamId, userId);
  return role === 'ADMIN' || role === 'OWNER';
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function slotRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  const session = deps.database;
  const { cache } = deps;

  bindRoute(app, slotsRoute, deps, async ({ query }) => {
    const window = windowOf(query.start, query.end, ['start', 'end']);
    const slots = await searchSlots(session, cache, {
      locator: locatorOf(query.eventTypeId, query.eventTypeSlug, query.username, query.teamSlug),
      window,
      bookerTimeZone: query.timeZone ?? 'UTC',
      durationMinutes: query.duration,
      ignoreBookingUid: query.bookingUidToReschedule,
      now: deps.now(),
    });
    return presentSlots(slots, query.timeZone, query.format);
  });

  bindRoute(app, availableSlotsRoute, deps, async ({ query }) => {
    const window = windowOf(query.startTime, query.endTime, ['startTime', 'endTime']);
    const timeZone = query.timeZone ?? 'UTC';
    const username = first(query.usernameList) ?? first(query['usernameList[]']);
    const slots = await searchSlots(session, cache, {
      locator: locatorOf(query.eventTypeId, query.eventTypeSlug, username, query.teamSlug),
      window,
      bookerTimeZone: timeZone,
      durationMinutes: query.duration,
      ignoreBookingUid: query.rescheduleUid,
      now: deps.now(),
    });
    return presentAvailableSlots(slots, window, timeZone, query.slotFormat);
  });

  bindRoute(app, explainSlotRoute, deps, async ({ query }, { caller }) => {
    const start = toMinute(new Date(query.start));
    const { query: slotQuery, context } = await loadSlotQuery(session, cache, {
      locator: { id: query.eventTypeId },
      window: { start, end: start + 1 },
      bookerTimeZone: query.timeZone ?? 'UTC',
      durationMinutes: query.duration,
      now: deps.now(),
    });
    // Reasons name other people's bookings: only the event type's owner (a team's admins) may ask.
    if (!(await mayExplain(deps.database.db, context, caller.user.id))) {
      throw notFound('Event type');
    }
    const explanation = explainStart(slotQuery, start);
    const duration = slotQuery.durationMinutes ?? slotQuery.event.lengthMinutes;
    return {
      start: formatUtcIso(start),
      end: formatUtcIso(start + duration),
      bookable: explanation.bookable,
      hostIds: explanation.hostIds,
      reasons: explanation.reasons,
    };
  });
}
