import type { Database, SqlSession } from '../database';

/** Where an outbox row comes from. */
export type RelaySource = 'booking' | 'outbox';

/** One committed event the relay has not handed on yet. */
export interface RelayEvent {
  source: RelaySource;
  id: number;
  type: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  /** The writing transaction (xid8 as text). */
  txId: string;
  /** Booking events: the booking as it is now. */
  bookingId: number | null;
  bookingUid: string | null;
  organizerId: number | null;
  eventTypeId: number | null;
  /**
   * The team whose event type was booked: a round-robin or collective event type's team, or
   * the team of a managed child's template. null for a personal booking.
   */
  teamId: number | null;
  startAt: Date | null;
  endAt: Date | null;
  /** Outbox events: whose event it is. */
  userId: number | null;
  /** Outbox events: the teams the user is an accepted member of (their webhooks hear it too). */
  memberTeamIds: number[] | null;
}

const NOT_RELAYED = (source: RelaySource, alias: string) =>
  `NOT EXISTS (SELECT 1 FROM relayed_events r WHERE r.source = '${source}' AND r.event_id = ${alias}.id)`;

const PENDING_SQL = `
(SELECT 'booking' AS source, e.id, e.type, e.payload, e.created_at AS "createdAt",
        e.tx_id::text AS "txId", b.id AS "bookingId", b.uid AS "bookingUid",
        b.organizer_id AS "organizerId", b.event_type_id AS "eventTypeId",
        COALESCE(et.team_id, template.team_id) AS "teamId", b.start_at AS "startAt",
        b.end_at AS "endAt", NULL::integer AS "userId", NULL::integer[] AS "memberTeamIds"
   FROM booking_events e JOIN bookings b ON b.id = e.booking_id
   LEFT JOIN event_types et ON et.id = b.event_type_id
   LEFT JOIN event_types template ON template.id = et.parent_id
  WHERE e.tx_id >= $1::xid8 AND ${NOT_RELAYED('booking', 'e')}
  ORDER BY e.id LIMIT $2)
UNION ALL
(SELECT 'outbox', o.id, o.type, o.payload, o.created_at, o.tx_id::text, NULL, NULL, NULL, NULL,
        NULL, NULL, NULL, o.user_id,
        ARRAY(SELECT m.team_id FROM memberships m WHERE m.user_id = o.user_id AND m.accepted)
   FROM outbox_events o
  WHERE o.tx_id >= $1::xid8 AND ${NOT_RELAYED('outbox', 'o')}
  ORDER BY o.id LIMIT $2)`;

const OLDEST_PENDING_SQL = `
SELECT tx_id::text AS "txId" FROM (
  (SELECT e.tx_id FROM booking_events e WHERE e.tx_id >= $1::xid8 AND ${NOT_RELAYED('booking', 'e')}
    ORDER BY e.tx_id LIMIT 1)
  UNION ALL
  (SELECT o.tx_id FROM outbox_events o WHERE o.tx_id >= $1::xid8 AND ${NOT_RELAYED('outbox', 'o')}
    ORDER BY o.tx_id LIMIT 1)
) pending ORDER BY tx_id LIMIT 1`;

const HAS_PENDING_SQL = `
SELECT EXISTS (SELECT 1 FROM booking_events e
                WHERE e.tx_id >= p.horizon AND ${NOT_RELAYED('booking', 'e')})
    OR EXISTS (SELECT 1 FROM outbox_events o
                WHERE o.tx_id >= p.horizon AND ${NOT_RELAYED('outbox', 'o')}) AS pending
  FROM relay_positions p WHERE p.name = $1`;

/**
 * Locks the relay's position for this transaction and reads it with the new horizon: every
 * transaction older than `next` has ended, so its events (if committed) are visible from the
 * next statement on. undefined when another relay holds the lock.
 */
export async function lockRelayPosition(
  session: SqlSession,
  name: string,
): Promise<{ horizon: string; next: string } | undefined> {
  const [row] = await session.query<{ horizon: string; next: string }>(
    `SELECT horizon::text AS horizon, pg_snapshot_xmin(pg_current_snapshot())::text AS next
       FROM relay_positions WHERE name = $1 FOR UPDATE SKIP LOCKED`,
    [name],
  );
  return row;
}

/** Committed events at or past the horizon that are not relayed yet, oldest first per source. */
export async function pendingRelayEvents(
  session: SqlSession,
  horizon: string,
  limit: number,
): Promise<RelayEvent[]> {
  return session.query<RelayEvent>(PENDING_SQL, [horizon, limit]);
}

/** Records events as relayed (a second relay of the same event finds them here). */
export async function markRelayed(session: SqlSession, events: RelayEvent[]): Promise<void> {
  if (events.length === 0) return;
  await session.query(
    `INSERT INTO relayed_events (source, event_id, tx_id)
     SELECT x.source, x.id, x.tx::xid8 FROM unnest($1::text[], $2::bigint[], $3::text[]) AS x(source, id, tx)
     ON CONFLICT DO NOTHING`,
    [events.map((e) => e.source), events.map((e) => e.id), events.map((e) => e.txId)],
  );
}

/**
 * Moves the horizon as far as is safe: to `next`, or to the oldest event still not relayed
 * (a batch left some), and forgets the relayed marks below it.
 */
export async function advanceRelayPosition(
  session: SqlSession,
  name: string,
  position: { horizon: string; next: string },
  options: { batchWasFull: boolean },
): Promise<string> {
  let horizon = BigInt(position.next);
  if (options.batchWasFull) {
    // Events were left for the next batch: the horizon may not pass the oldest of them.
    const [oldest] = await session.query<{ txId: string }>(OLDEST_PENDING_SQL, [position.horizon]);
    if (oldest && BigInt(oldest.txId) < horizon) horizon = BigInt(oldest.txId);
  }
  if (horizon <= BigInt(position.horizon)) return position.horizon;
  await session.query(
    'UPDATE relay_positions SET horizon = $2::xid8, updated_at = now() WHERE name = $1',
    [name, horizon.toString()],
  );
  await session.query('DELETE FROM relayed_events WHERE tx_id < $1::xid8', [horizon.toString()]);
  return horizon.toString();
}

/** Whether anything waits to be relayed. Read-only, so it can be asked often. */
export async function hasPendingRelayEvents(database: Database, name: string): Promise<boolean> {
  const [row] = await database.query<{ pending: boolean }>(HAS_PENDING_SQL, [name]);
  return row?.pending ?? false;
}

/** An active webhook that may want an event. */
export interface SubscribedWebhook {
  id: string;
  userId: number;
  eventTypeId: number | null;
  teamId: number | null;
  triggers: string[];
  payloadTemplate: string | null;
}

/**
 * Active webhooks of these users (their own), of these event types and of these teams: Cal.com's
 * subscribers of a booking (the user's OR the event type's OR the team's).
 */
export async function subscribedWebhooks(
  session: SqlSession,
  owners: { userIds: number[]; eventTypeIds: number[]; teamIds: number[] },
): Promise<SubscribedWebhook[]> {
  const { userIds, eventTypeIds, teamIds } = owners;
  if (userIds.length + eventTypeIds.length + teamIds.length === 0) return [];
  return session.query<SubscribedWebhook>(
    `SELECT id, user_id AS "userId", event_type_id AS "eventTypeId", team_id AS "teamId", triggers,
            payload_template AS "payloadTemplate"
       FROM webhooks
      WHERE active
        AND ((team_id IS NULL
              AND ((event_type_id IS NULL AND user_id = ANY($1::int[]))
                   OR event_type_id = ANY($2::int[])))
             OR team_id = ANY($3::int[]))`,
    [userIds, eventTypeIds, teamIds],
  );
}
