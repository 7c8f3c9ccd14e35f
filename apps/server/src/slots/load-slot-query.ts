import { notFound } from '@kairos/contracts';
import type { SlotQuery } from '@kairos/core';
import {
  findEventTypeWithOwner,
  loadBlockingBookings,
  loadHostsWithSchedules,
  loadOutOfOffice,
  type Db,
  type EventTypeLocator,
  type EventTypeRow,
} from '@kairos/db';
import { eventRulesOf } from './event-rules';

const MINUTE = 60_000;
const DAY = 1440;
/** The rolling window examines up to 61 days from now (compatibility reference §6.4). */
const ROLLING_DAYS = 62;

export const toMinute = (date: Date): number => Math.floor(date.getTime() / MINUTE);
export const fromMinute = (minute: number): Date => new Date(minute * MINUTE);

export interface SlotSearch {
  locator: EventTypeLocator;
  /** Epoch minutes, [start, end). */
  window: { start: number; end: number };
  bookerTimeZone: string;
  durationMinutes?: number | undefined;
  ignoreBookingUid?: string | undefined;
  now: Date;
}

/** Days of data around the window that limits and rolling windows look at. */
function dataSpan(query: Omit<SlotQuery, 'hosts' | 'bookings' | 'busy' | 'outOfOffice'>) {
  const { bookingLimitsCount: count, bookingLimitsDuration: duration, bookingWindow } = query.event;
  const periods = { ...count, ...duration };
  const pad = periods.year ? 366 : periods.month ? 31 : periods.week ? 7 : 1;
  const end =
    bookingWindow.type !== 'unlimited' && 'rolling' in bookingWindow && bookingWindow.rolling
      ? Math.max(query.window.end, query.now + ROLLING_DAYS * DAY)
      : query.window.end;
  return {
    from: fromMinute(Math.min(query.window.start, query.now) - pad * DAY),
    to: fromMinute(end + pad * DAY),
  };
}

/**
 * Everything the engine needs for one search, in four indexed queries: the event type and its
 * owner, hosts and their schedules, blocking bookings, out-of-office entries.
 */
export async function loadSlotQuery(
  db: Db,
  search: SlotSearch,
): Promise<{ query: SlotQuery; eventType: EventTypeRow }> {
  const found = await findEventTypeWithOwner(db, search.locator);
  if (!found) throw notFound('Event type');
  const { eventType, owner } = found;
  const hosts = await loadHostsWithSchedules(db, eventType);
  const ownerHost = hosts.find((host) => host.userId === owner?.id) ?? hosts[0];
  const base = {
    now: toMinute(search.now),
    window: search.window,
    bookerTimeZone: search.bookerTimeZone,
    event: eventRulesOf(eventType, owner, ownerHost?.schedule ?? null),
    ...(search.durationMinutes ? { durationMinutes: search.durationMinutes } : {}),
    ...(search.ignoreBookingUid ? { ignoreBookingUid: search.ignoreBookingUid } : {}),
  };
  const { from, to } = dataSpan(base);
  const hostIds = hosts.map((host) => host.userId);
  const [bookings, away] = await Promise.all([
    loadBlockingBookings(db, hostIds, from, to),
    loadOutOfOffice(db, hostIds, from, to),
  ]);
  const query: SlotQuery = {
    ...base,
    hosts: hosts.map((host) => ({
      hostId: host.userId,
      isFixed: host.isFixed,
      schedule: {
        timeZone: host.schedule?.timeZone ?? host.user.timeZone,
        rules: host.schedule?.availability ?? [],
        overrides: host.schedule?.overrides ?? [],
      },
    })),
    bookings: bookings.map((b) => ({
      uid: b.uid,
      start: toMinute(b.startAt),
      end: toMinute(b.endAt),
      hostIds: b.hostIds,
      eventTypeId: b.eventTypeId ?? -1,
      beforeBufferMinutes: b.beforeBufferMinutes,
      afterBufferMinutes: b.afterBufferMinutes,
      attendeeCount: b.attendeeCount,
      blocksAvailability: true,
    })),
    busy: [],
    outOfOffice: away.map((o) => ({
      id: o.id,
      hostId: o.userId,
      start: toMinute(o.startAt),
      end: toMinute(o.endAt),
    })),
  };
  return { query, eventType };
}
