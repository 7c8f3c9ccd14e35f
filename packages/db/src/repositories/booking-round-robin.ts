import type { SqlSession } from '../database';
import type { BookingEventKind } from '../schema';

/** What a host's active bookings of one event type add up to, for round robin. */
export interface RoundRobinTally {
  userId: number;
  /** Bookings round robin gave the host (automatic reassignment included). */
  turns: number;
  /** Bookings the host holds without a turn: pinned by an admin, reassigned by hand, fixed. */
  otherBookings: number;
  /** When the host was last given a booking of the event type (ISO), null when never. */
  lastAssignedAt: string | null;
}

const TALLY_SQL = `
SELECT h.user_id AS "userId",
       count(*) FILTER (WHERE h.is_round_robin_turn)::int AS turns,
       count(*) FILTER (WHERE NOT h.is_round_robin_turn)::int AS "otherBookings",
       max(h.assigned_at) AS last
FROM bookings b JOIN booking_hosts h ON h.booking_id = b.id
WHERE b.event_type_id = $1 AND b.status IN ('accepted', 'pending')
GROUP BY h.user_id`;

/**
 * Per host, its turns and last assignment in the event type's active (accepted or pending)
 * bookings; hosts never booked are absent. Read inside the booking's transaction.
 */
export async function loadRoundRobinTallies(
  session: SqlSession,
  eventTypeId: number,
): Promise<RoundRobinTally[]> {
  const rows = await session.query<Omit<RoundRobinTally, 'lastAssignedAt'> & { last: unknown }>(
    TALLY_SQL,
    [eventTypeId],
  );
  return rows.map(({ last, ...row }) => ({
    ...row,
    lastAssignedAt: last === null ? null : new Date(last as string).toISOString(),
  }));
}

/** A booking handed from one host to another. */
export interface Reassignment {
  bookingId: number;
  fromUserId: number;
  toUserId: number;
  /** Whether round robin chose the new host (it then takes the turn). */
  isRoundRobinTurn: boolean;
  assignedAt: Date;
  /** The booking's new title (it names the organizer). */
  title: string;
  event: { type: BookingEventKind; payload: Record<string, unknown> };
}

const REASSIGN_SQL = `
WITH old AS (
  DELETE FROM booking_hosts WHERE booking_id = $1 AND user_id = $2
  RETURNING is_blocking, blocked_start, blocked_end
), h AS (
  INSERT INTO booking_hosts (booking_id, user_id, is_blocking, blocked_start, blocked_end,
                             assigned_at, is_round_robin_turn)
  SELECT $1, $3, old.is_blocking, old.blocked_start, old.blocked_end, $4, $5 FROM old
), b AS (
  UPDATE bookings SET organizer_id = CASE WHEN organizer_id = $2 THEN $3 ELSE organizer_id END,
    title = $6, updated_at = now()
  WHERE id = $1 AND EXISTS (SELECT 1 FROM old) RETURNING id
), e AS (
  INSERT INTO booking_events (booking_id, type, payload) SELECT b.id, $7, $8::jsonb FROM b
)
SELECT id FROM b`;

/**
 * Moves the booking from one host to the other: the new host's row keeps the old one's blocked
 * range; the organizer follows when it was the old host; with its outbox event. Throws the
 * driver's 23P01 when the new host is busy then. Returns false when the old host held no row.
 */
export async function reassignBookingHost(
  session: SqlSession,
  change: Reassignment,
): Promise<boolean> {
  const rows = await session.query<{ id: number }>(REASSIGN_SQL, [
    change.bookingId,
    change.fromUserId,
    change.toUserId,
    change.assignedAt.toISOString(),
    change.isRoundRobinTurn,
    change.title,
    change.event.type,
    JSON.stringify(change.event.payload),
  ]);
  return rows.length > 0;
}

/** The booking's host rows: who took a round-robin turn and when each was assigned (ISO). */
export async function loadBookingHostRows(
  session: SqlSession,
  bookingId: number,
): Promise<Array<{ userId: number; isRoundRobinTurn: boolean; assignedAt: string }>> {
  const rows = await session.query<{
    userId: number;
    isRoundRobinTurn: boolean;
    assignedAt: unknown;
  }>(
    `SELECT user_id AS "userId", is_round_robin_turn AS "isRoundRobinTurn", assigned_at AS "assignedAt"
     FROM booking_hosts WHERE booking_id = $1 ORDER BY user_id`,
    [bookingId],
  );
  return rows.map((row) => ({
    ...row,
    assignedAt: new Date(row.assignedAt as string).toISOString(),
  }));
}

/** The user's accepted role in the team, read on the booking's connection; null if none. */
export async function acceptedTeamRole(
  session: SqlSession,
  teamId: number,
  userId: number,
): Promise<'OWNER' | 'ADMIN' | 'MEMBER' | null> {
  const [row] = await session.query<{ role: 'OWNER' | 'ADMIN' | 'MEMBER' }>(
    'SELECT role FROM memberships WHERE team_id = $1 AND user_id = $2 AND accepted',
    [teamId, userId],
  );
  return row?.role ?? null;
}

/** Any constant works; it only has to be the same in every Kairos process. */
export const ROUND_ROBIN_LOCK = 4_242_006;

/**
 * Queues round-robin choices of one event type (until the transaction ends) and returns each
 * host's state as the database keeps it, read after the lock: every choice sees the choices
 * committed before it, so concurrent bookings do not all go to the same host.
 */
export async function lockRoundRobinState(
  session: SqlSession,
  eventTypeId: number,
): Promise<Array<{ userId: number; turns: number; lastAssignedAt: string | null }>> {
  await session.query('SELECT pg_advisory_xact_lock($1, $2)', [ROUND_ROBIN_LOCK, eventTypeId]);
  const rows = await session.query<{ userId: number; turns: number; last: unknown }>(
    `SELECT user_id AS "userId", rr_turns AS turns, rr_last_assigned_at AS last
     FROM event_type_hosts WHERE event_type_id = $1`,
    [eventTypeId],
  );
  return rows.map(({ last, ...row }) => ({
    ...row,
    lastAssignedAt: last === null ? null : new Date(last as string).toISOString(),
  }));
}
