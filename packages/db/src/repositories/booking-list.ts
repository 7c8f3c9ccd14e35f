import type { SqlSession } from '../database';
import { BOOKING_RECORD_SQL, type BookingRecord } from './booking-records';

export type BookingSortKey = 'start' | 'end' | 'created' | 'updated';
export type BookingStatusFilter = 'upcoming' | 'recurring' | 'past' | 'cancelled' | 'unconfirmed';

/**
 * Which bookings to list: a host's, or a team's (its event types and its managed event types'
 * children); every given filter must hold.
 */
export interface BookingListFilter {
  hostId?: number | undefined;
  teamId?: number | undefined;
  /** Several teams' bookings at once. */
  teamIds?: number[] | undefined;
  now: Date;
  statuses?: BookingStatusFilter[] | undefined;
  attendeeEmail?: string | undefined;
  attendeeName?: string | undefined;
  bookingUid?: string | undefined;
  eventTypeIds?: number[] | undefined;
  afterStart?: Date | undefined;
  beforeEnd?: Date | undefined;
  afterCreatedAt?: Date | undefined;
  beforeCreatedAt?: Date | undefined;
  afterUpdatedAt?: Date | undefined;
  beforeUpdatedAt?: Date | undefined;
  /** Applied in order, then by id (in the last key's direction). */
  sort: Array<{ key: BookingSortKey; direction: 'asc' | 'desc' }>;
}

/** Keyset position: the sort keys' values (as the database prints them) and id of a row. */
export interface BookingListPosition {
  values: string[];
  id: number;
}

export type BookingListPage =
  | { kind: 'keyset'; limit: number; after?: BookingListPosition | undefined }
  | { kind: 'offset'; take: number; skip: number };

const COLUMNS: Record<BookingSortKey, string> = {
  start: 'b.start_at',
  end: 'b.end_at',
  created: 'b.created_at',
  updated: 'b.updated_at',
};

const ACTIVE = `b.status IN ('accepted', 'pending')`;
const STATUS_SQL: Record<BookingStatusFilter, string> = {
  upcoming: `(${ACTIVE} AND b.end_at >= $now)`,
  recurring: `(${ACTIVE} AND b.recurring_booking_uid IS NOT NULL AND b.end_at >= $now)`,
  past: `(${ACTIVE} AND b.end_at <= $now)`,
  cancelled: `b.status IN ('cancelled', 'rejected')`,
  unconfirmed: `(b.status = 'pending' AND b.end_at >= $now)`,
};

/** Collects parameters and hands out their `$n`. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filterConditions(filter: BookingListFilter, p: Params): string[] {
  const where: string[] = [];
  if (filter.hostId !== undefined) {
    where.push(
      `EXISTS (SELECT 1 FROM booking_hosts h WHERE h.booking_id = b.id AND h.user_id = ${p.add(filter.hostId)})`,
    );
  }
  const teamIds = filter.teamIds ?? (filter.teamId === undefined ? [] : [filter.teamId]);
  if (teamIds.length) {
    const teams = p.add(teamIds);
    where.push(
      `b.event_type_id IN (SELECT e.id FROM event_types e WHERE e.team_id = ANY(${teams}::int[])
         UNION ALL SELECT c.id FROM event_types c JOIN event_types t ON t.id = c.parent_id
         WHERE t.team_id = ANY(${teams}::int[]))`,
    );
  }
  if (where.length === 0) throw new Error('A booking list needs a host or a team');
  if (filter.statuses?.length) {
    // Added only when a status uses it: an unreferenced parameter has no type (42P18).
    let now: string | undefined;
    const at = () => (now ??= p.add(filter.now.toISOString()));
    const any = filter.statuses.map((status) => STATUS_SQL[status].replaceAll('$now', at));
    where.push(`(${any.join(' OR ')})`);
  }
  const attendee = (condition: string) =>
    `EXISTS (SELECT 1 FROM booking_attendees a WHERE a.booking_id = b.id AND ${condition})`;
  if (filter.attendeeEmail)
    where.push(attendee(`lower(a.email) = lower(${p.add(filter.attendeeEmail)})`));
  if (filter.attendeeName) {
    where.push(attendee(`a.name ILIKE ${p.add(`%${escapeLike(filter.attendeeName)}%`)}`));
  }
  if (filter.bookingUid) where.push(`b.uid = ${p.add(filter.bookingUid)}`);
  if (filter.eventTypeIds?.length)
    where.push(`b.event_type_id = ANY(${p.add(filter.eventTypeIds)}::int[])`);
  const ranges: Array<[Date | undefined, string]> = [
    [filter.afterStart, 'b.start_at >='],
    [filter.beforeEnd, 'b.end_at <='],
    [filter.afterCreatedAt, 'b.created_at >='],
    [filter.beforeCreatedAt, 'b.created_at <='],
    [filter.afterUpdatedAt, 'b.updated_at >='],
    [filter.beforeUpdatedAt, 'b.updated_at <='],
  ];
  for (const [value, condition] of ranges) {
    if (value) where.push(`${condition} ${p.add(value.toISOString())}::timestamptz`);
  }
  return where;
}

/** Rows strictly after the position in the sort order: a lexicographic comparison. */
function afterCondition(filter: BookingListFilter, after: BookingListPosition, p: Params): string {
  const keys = filter.sort.map(({ key, direction }, index) => ({
    column: COLUMNS[key],
    op: direction === 'asc' ? '>' : '<',
    value: `${p.add(after.values[index] ?? null)}::timestamptz`,
  }));
  const last = filter.sort.at(-1)?.direction ?? 'asc';
  keys.push({ column: 'b.id', op: last === 'asc' ? '>' : '<', value: `${p.add(after.id)}::int` });
  const alternatives = keys.map((key, index) => {
    const equal = keys.slice(0, index).map((prior) => `${prior.column} = ${prior.value}`);
    return `(${[...equal, `${key.column} ${key.op} ${key.value}`].join(' AND ')})`;
  });
  return `(${alternatives.join(' OR ')})`;
}

function orderBy(filter: BookingListFilter): string {
  const last = filter.sort.at(-1)?.direction ?? 'asc';
  const keys = filter.sort.map(({ key, direction }) => `${COLUMNS[key]} ${direction}`);
  return [...keys, `b.id ${last}`].join(', ');
}

/**
 * A page of the host's (or team's) bookings. Keyset pages fetch one row more than asked to tell
 * whether more follow; offset pages (Cal.com's take/skip) also count every match.
 */
export async function listHostBookings(
  session: SqlSession,
  filter: BookingListFilter,
  page: BookingListPage,
): Promise<{
  rows: Array<{ booking: BookingRecord; position: BookingListPosition }>;
  total?: number;
}> {
  const p = new Params();
  const where = filterConditions(filter, p);
  const countSql = `SELECT count(*)::int AS total FROM bookings b WHERE ${where.join(' AND ')}`;
  const countParams = [...p.values];
  if (page.kind === 'keyset' && page.after) where.push(afterCondition(filter, page.after, p));
  const limit = page.kind === 'keyset' ? page.limit + 1 : page.take;
  const offset = page.kind === 'offset' ? page.skip : 0;
  const keys = filter.sort.map(({ key }) => `${COLUMNS[key]}::text`).join(', ');
  const rows = await session.query<{ booking: BookingRecord; id: number; keys: string[] }>(
    `SELECT ${BOOKING_RECORD_SQL} AS booking, b.id, ARRAY[${keys || 'NULL'}]::text[] AS keys
     FROM bookings b WHERE ${where.join(' AND ')}
     ORDER BY ${orderBy(filter)} LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`,
    p.values,
  );
  const mapped = rows.map((row) => ({
    booking: row.booking,
    position: { values: row.keys, id: row.id },
  }));
  if (page.kind === 'keyset') return { rows: mapped };
  const [count] = await session.query<{ total: number }>(countSql, countParams);
  return { rows: mapped, total: count?.total ?? 0 };
}
