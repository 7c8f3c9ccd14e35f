import { notFound, validationError, weekDay } from '@kairos/contracts';
import type { HostInput, SlotQuery } from '@kairos/core';
import {
  loadBusyTimes,
  loadSlotContext,
  type EventTypeLocator,
  type SlotContext,
  type SlotHost,
  type SqlSession,
} from '@kairos/db';
import type { ReadCache } from '../cache/read-cache';
import { eventRulesOf } from './event-rules';

const MINUTE_MS = 60_000;
const DAY = 1440;
/** The rolling window examines up to 61 days from now (compatibility reference §6.4). */
const ROLLING_DAYS = 62;

export const toMinute = (date: Date): number => Math.floor(date.getTime() / MINUTE_MS);
const fromMinute = (minute: number): Date => new Date(minute * MINUTE_MS);

export interface SlotSearch {
  locator: EventTypeLocator;
  /** Epoch minutes, [start, end). */
  window: { start: number; end: number };
  bookerTimeZone: string;
  durationMinutes?: number | undefined;
  ignoreBookingUid?: string | undefined;
  now: Date;
}

type QueryBase = Omit<SlotQuery, 'hosts' | 'bookings' | 'busy' | 'outOfOffice'>;

/**
 * Whole days of data around the window that limits and rolling windows look at; whole days so
 * that searches a minute apart share their cached data.
 */
function dataSpan(base: QueryBase, hosts: SlotQuery['hosts']): { from: Date; to: Date } {
  const { bookingLimitsCount: count, bookingLimitsDuration: duration, bookingWindow } = base.event;
  const caps = hosts.map((host) => host.caps?.limits);
  const periods = Object.assign({}, count, duration, ...caps) as Record<string, number>;
  // The engine reads a few days around the window (its grid lead, whole booker days).
  const pad = periods.year ? 366 : periods.month ? 31 : periods.week ? 7 : 3;
  const rolling = 'rolling' in bookingWindow && bookingWindow.rolling;
  // Only a rolling window looks at the days between now and the window; without one, a booking
  // a month ahead must not load every booking in between.
  const end = rolling ? Math.max(base.window.end, base.now + ROLLING_DAYS * DAY) : base.window.end;
  const start = rolling ? Math.min(base.window.start, base.now) : base.window.start;
  return {
    from: fromMinute((Math.floor(start / DAY) - pad) * DAY),
    to: fromMinute((Math.ceil(end / DAY) + pad) * DAY),
  };
}

/** A round-robin host's caps in the engine's form: counted in the host's zone and week. */
function capsOf(host: SlotHost): HostInput['caps'] {
  const limits = host.bookingLimitsCount;
  if (!limits || (limits.day === undefined && limits.week === undefined)) return undefined;
  const weekStartDay = weekDay.options.indexOf(host.weekStart as (typeof weekDay.options)[number]);
  return {
    limits: { ...limits },
    timeZone: host.schedule?.timeZone ?? host.timeZone,
    weekStartDay: weekStartDay < 0 ? 1 : weekStartDay,
  };
}

/** The hosts of the context in the engine's form. */
function hostInputs(context: SlotContext): SlotQuery['hosts'] {
  return context.hosts.map((host) => ({
    hostId: host.userId,
    isFixed: host.isFixed,
    schedule: {
      timeZone: host.schedule?.timeZone ?? host.timeZone,
      rules: host.schedule?.availability ?? [],
      overrides: host.schedule?.overrides ?? [],
    },
    caps: context.eventType.schedulingType === 'roundRobin' ? capsOf(host) : undefined,
  }));
}

function locatorKey(locator: EventTypeLocator): string {
  if ('id' in locator) return `id:${locator.id}`;
  if ('teamSlug' in locator) return `team:${locator.teamSlug}/${locator.slug}`;
  return `slug:${locator.username}/${locator.slug}`;
}

/** Busy times in the engine's form. */
async function busyInputs(session: SqlSession, hostIds: number[], from: Date, to: Date) {
  const busy = await loadBusyTimes(session, hostIds, from, to);
  return {
    bookings: busy.bookings.map((booking) => ({
      ...booking,
      eventTypeId: booking.eventTypeId ?? -1,
      blocksAvailability: true,
    })),
    outOfOffice: busy.outOfOffice,
  };
}

/**
 * The engine's input for one search: two round trips (context, busy times), each cached in its
 * engine-ready form when the database allows it (see read-cache.ts).
 */
export async function loadSlotQuery(
  session: SqlSession,
  cache: ReadCache,
  search: SlotSearch,
): Promise<{ query: SlotQuery; context: SlotContext }> {
  const loaded = await cache.get(`slot-context:${locatorKey(search.locator)}`, async () => {
    const context = await loadSlotContext(session, search.locator);
    return context && { context, hosts: hostInputs(context), event: eventRulesOf(context) };
  });
  if (!loaded) throw notFound('Event type');
  if (loaded.context.eventType.schedulingType === 'managed') {
    const message = "A managed event type is booked through its members' own event types";
    throw validationError([{ field: 'eventTypeId', message }]);
  }
  const base: QueryBase = {
    now: toMinute(search.now),
    window: search.window,
    bookerTimeZone: search.bookerTimeZone,
    event: loaded.event,
    ...(search.durationMinutes ? { durationMinutes: search.durationMinutes } : {}),
    ...(search.ignoreBookingUid ? { ignoreBookingUid: search.ignoreBookingUid } : {}),
  };
  const { from, to } = dataSpan(base, loaded.hosts);
  const hostIds = loaded.hosts.map((host) => host.hostId);
  const busy = await cache.get(`busy:${hostIds.join(',')}:${from.getTime()}:${to.getTime()}`, () =>
    busyInputs(session, hostIds, from, to),
  );
  const query: SlotQuery = { ...base, hosts: loaded.hosts, ...busy, busy: [] };
  return { query, context: loaded.context };
}
