import { validationError, type ListBookingsQuery } from '@kairos/contracts';
import {
  listHostBookings,
  type BookingListFilter,
  type BookingListPosition,
  type BookingSortKey,
  type Database,
} from '@kairos/db';
import type { Caller } from '../auth/caller';
import { Paged } from '../http/paged';
import { presentBooking } from './present-booking';

const DEFAULT_PAGE = 100;

function sortOf(query: ListBookingsQuery): BookingListFilter['sort'] {
  const given: Array<[BookingSortKey, 'asc' | 'desc' | undefined]> = [
    ['start', query.sortStart],
    ['end', query.sortEnd],
    ['created', query.sortCreated],
    ['updated', query.sortUpdatedAt],
  ];
  const sort = given.flatMap(([key, direction]) => (direction ? [{ key, direction }] : []));
  return sort.length ? sort : [{ key: 'start', direction: 'asc' }];
}

/** A timestamptz as PostgreSQL prints it ("2026-03-10 14:00:00.123+00"), with a real date. */
const PRINTED_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

function isPrintedInstant(value: unknown): value is string {
  const match = typeof value === 'string' ? PRINTED_INSTANT.exec(value) : null;
  if (!match) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}

const signatureOf = (sort: BookingListFilter['sort']) =>
  sort.map(({ key, direction }) => `${key}:${direction}`).join(',');

/** Opaque: the sort it belongs to and the last row's position in it. */
function encodeCursor(sort: BookingListFilter['sort'], position: BookingListPosition): string {
  const payload = { s: signatureOf(sort), v: position.values, i: position.id };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

function decodeCursor(sort: BookingListFilter['sort'], cursor: string): BookingListPosition {
  try {
    const payload = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as {
      s?: unknown;
      v?: unknown;
      i?: unknown;
    };
    const values = payload.v;
    const isValid =
      payload.s === signatureOf(sort) &&
      Array.isArray(values) &&
      values.length === sort.length &&
      values.every(isPrintedInstant) &&
      Number.isInteger(payload.i) &&
      (payload.i as number) > 0 &&
      (payload.i as number) <= 2_147_483_647;
    if (isValid) return { values: values.filter(isPrintedInstant), id: payload.i as number };
  } catch {
    // Falls through: any undecodable cursor is the same client error.
  }
  throw validationError([
    { field: 'cursor', message: 'Not a cursor of this list (were the sorts changed?)' },
  ]);
}

/** Whose bookings a list shows: a host's, or a team's or several teams' (their admins'). */
export type BookingScope = { hostId: number } | { teamId: number } | { teamIds: number[] };

/** The teams `GET /v2/bookings` was asked about: `teamId`, `teamIds` and Cal.com's `teamsIds`. */
export function teamIdsOf(query: ListBookingsQuery): number[] {
  const all = [
    ...(query.teamId !== undefined ? [query.teamId] : []),
    ...(query.teamIds ?? []),
    ...(query.teamsIds ?? []),
  ];
  return [...new Set(all)];
}

function filterOf(query: ListBookingsQuery, scope: BookingScope, now: Date): BookingListFilter {
  const eventTypeIds = [
    ...(query.eventTypeIds ?? []),
    ...(query.eventTypeId !== undefined ? [query.eventTypeId] : []),
  ];
  // Whose bookings comes from the scope only, which the caller's access was checked for.
  const { teamId: _teamId, teamIds: _teamIds, teamsIds: _teamsIds, ...filters } = query;
  return {
    ...filters,
    ...scope,
    now,
    statuses: query.status,
    eventTypeIds,
    sort: sortOf(query),
  };
}

/** Cal.com's take/skip pagination object (V2/lib/pagination/pagination.ts). */
function offsetPagination(take: number, skip: number, returned: number, total: number) {
  return {
    returnedItems: returned,
    totalItems: total,
    itemsPerPage: take,
    remainingItems: Math.max(0, total - skip - returned),
    currentPage: Math.floor(skip / take) + 1,
    totalPages: Math.ceil(total / take),
    hasNextPage: skip + take < total,
    hasPreviousPage: skip > 0,
  };
}

/**
 * The caller's bookings (those they host), or with a scope a team's. Cal.com's take/skip gives
 * its pagination object; otherwise the PRD's cursor pagination, keyset-based so pages stay
 * stable under inserts.
 */
export async function listBookings(
  database: Database,
  caller: Caller,
  query: ListBookingsQuery,
  now: Date,
  scope: BookingScope = { hostId: caller.user.id },
): Promise<Paged<unknown>> {
  const filter = filterOf(query, scope, now);
  if (query.take !== undefined || query.skip !== undefined) {
    const take = query.take ?? DEFAULT_PAGE;
    const skip = query.skip ?? 0;
    const { rows, total = 0 } = await listHostBookings(database, filter, {
      kind: 'offset',
      take,
      skip,
    });
    const data = rows.map((row) => presentBooking(row.booking, { isHost: true }));
    return new Paged(data, offsetPagination(take, skip, data.length, total));
  }
  const limit = query.limit ?? DEFAULT_PAGE;
  const after = query.cursor ? decodeCursor(filter.sort, query.cursor) : undefined;
  const { rows } = await listHostBookings(database, filter, { kind: 'keyset', limit, after });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const hasMore = rows.length > limit;
  const cursor = hasMore && last ? encodeCursor(filter.sort, last.position) : null;
  return new Paged(
    page.map((row) => presentBooking(row.booking, { isHost: true })),
    { cursor, hasMore, limit },
  );
}
