import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, SqlSession } from '../database';
import { webhookDeliveries } from '../schema';

const MEETING_TRIGGERS = ['MEETING_STARTED', 'MEETING_ENDED'];

/**
 * Drops a webhook's MEETING_STARTED/ENDED deliveries still waiting for their time, of these
 * triggers (the webhook no longer wants them, or is off); returns how many. Their dedupe keys are
 * released (suffixed with the delivery's id), so that subscribing again schedules new deliveries
 * instead of finding these.
 */
export async function dropMeetingDeliveriesOfWebhook(
  db: Db,
  webhookId: string,
  triggers: string[],
  note: string,
): Promise<number> {
  const dropping = triggers.filter((trigger) => MEETING_TRIGGERS.includes(trigger));
  if (dropping.length === 0) return 0;
  const rows = await db
    .update(webhookDeliveries)
    .set({
      status: 'cancelled',
      note,
      dedupeKey: sql`${webhookDeliveries.dedupeKey} || ':dropped:' || ${webhookDeliveries.id}::text`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(webhookDeliveries.webhookId, webhookId),
        eq(webhookDeliveries.status, 'pending'),
        eq(webhookDeliveries.attempts, 0),
        inArray(webhookDeliveries.trigger, dropping),
      ),
    )
    .returning({ id: webhookDeliveries.id });
  return rows.length;
}

/** A webhook as scheduling its meeting triggers needs it. */
export interface WebhookToSchedule {
  id: string;
  userId: number;
  eventTypeId: number | null;
  teamId: number | null;
  triggers: string[];
  active: boolean;
}

/**
 * Reads a webhook and holds it (FOR SHARE) until the transaction ends: a PATCH that switches it
 * off or drops a trigger waits for the batch being scheduled, then drops what it scheduled.
 */
export async function lockWebhookToSchedule(
  session: SqlSession,
  id: string,
): Promise<WebhookToSchedule | undefined> {
  const [row] = await session.query<WebhookToSchedule>(
    `SELECT id, user_id AS "userId", event_type_id AS "eventTypeId", team_id AS "teamId",
            triggers, active
       FROM webhooks WHERE id = $1 FOR SHARE`,
    [id],
  );
  return row;
}

/** A booking whose meetings a webhook may be told of. */
export interface UpcomingBooking {
  id: number;
  startAt: Date;
  endAt: Date;
}

/** Where a page of upcoming bookings continues: after this start and id. */
export interface BookingCursor {
  startAt: string;
  id: number;
}

/** Which bookings a scope receives ($1: the user, event type or team), one statement each. */
function scopeCondition(webhook: Pick<WebhookToSchedule, 'userId' | 'eventTypeId' | 'teamId'>) {
  if (webhook.teamId !== null) {
    return {
      where: `b.event_type_id IN (
        SELECT e.id FROM event_types e LEFT JOIN event_types template ON template.id = e.parent_id
         WHERE e.team_id = $1::int OR template.team_id = $1::int)`,
      owner: webhook.teamId,
    };
  }
  if (webhook.eventTypeId !== null) {
    return { where: 'b.event_type_id = $1::int', owner: webhook.eventTypeId };
  }
  return { where: 'b.organizer_id = $1::int', owner: webhook.userId };
}

/**
 * The bookings a webhook's scope receives, as the relay picks them (a user's: those they
 * organize; an event type's: its bookings; a team's: bookings of its event types and of the
 * members' copies of its managed ones), accepted and starting after `now`, in start order, one
 * page at a time.
 */
export async function upcomingBookingsOfScope(
  session: SqlSession,
  webhook: Pick<WebhookToSchedule, 'userId' | 'eventTypeId' | 'teamId'>,
  page: { now: Date; after: BookingCursor | undefined; limit: number },
): Promise<UpcomingBooking[]> {
  const scope = scopeCondition(webhook);
  const rows = await session.query<UpcomingBooking>(
    `SELECT b.id, b.start_at AS "startAt", b.end_at AS "endAt"
       FROM bookings b
      WHERE ${scope.where} AND b.status = 'accepted'
        AND (b.start_at, b.id) > ($2::timestamptz, $3::int)
      ORDER BY b.start_at, b.id
      LIMIT $4`,
    [
      scope.owner,
      // The first page starts after now; the next ones after the last booking of the page before.
      page.after?.startAt ?? page.now.toISOString(),
      page.after?.id ?? 2147483647,
      page.limit,
    ],
  );
  return rows.map((row) => ({
    ...row,
    startAt: new Date(row.startAt),
    endAt: new Date(row.endAt),
  }));
}
