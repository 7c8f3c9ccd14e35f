import type { SqlSession } from '../database';
import { BOOKING_RECORD_SQL, type BookingRecord } from './booking-records';
import type { WebhookDeliveryStatus } from '../schema';

/** A delivery to create; `dedupeKey` makes a second creation for the same event a no-op. */
export interface NewWebhookDelivery {
  webhookId: string;
  trigger: string;
  dedupeKey: string;
  bookingId: number | null;
  dueAt: Date;
  facts: Record<string, unknown>;
  /** Built already (null: built at the first attempt, as meeting triggers are). */
  body?: string | null | undefined;
  contentType?: string | null | undefined;
}

/** Inserts deliveries that do not exist yet; returns the ones inserted. */
export async function insertWebhookDeliveries(
  session: SqlSession,
  deliveries: NewWebhookDelivery[],
): Promise<Array<{ id: string; dueAt: Date }>> {
  if (deliveries.length === 0) return [];
  return session.query<{ id: string; dueAt: Date }>(
    `INSERT INTO webhook_deliveries
       (webhook_id, trigger, dedupe_key, booking_id, due_at, facts, body, content_type)
     SELECT x."webhookId", x.trigger, x."dedupeKey", x."bookingId", x."dueAt", x.facts, x.body,
            x."contentType"
       FROM json_to_recordset($1::json) AS x("webhookId" uuid, trigger text, "dedupeKey" text,
                                             "bookingId" integer, "dueAt" timestamptz, facts jsonb,
                                             body text, "contentType" text)
     ON CONFLICT (webhook_id, dedupe_key) DO NOTHING
     RETURNING id, due_at AS "dueAt"`,
    [JSON.stringify(deliveries)],
  );
}

/**
 * Drops the MEETING_STARTED/ENDED deliveries still waiting for bookings (by id or uid) that
 * will not take place; returns how many.
 */
export async function cancelMeetingDeliveries(
  session: SqlSession,
  bookings: { ids: number[]; uids: string[] },
  note: string,
): Promise<number> {
  if (bookings.ids.length === 0 && bookings.uids.length === 0) return 0;
  const rows = await session.query(
    `UPDATE webhook_deliveries SET status = 'cancelled', note = $3, updated_at = now()
      WHERE status = 'pending' AND trigger IN ('MEETING_STARTED', 'MEETING_ENDED')
        AND booking_id IN (SELECT id FROM bookings WHERE id = ANY($1::int[]) OR uid = ANY($2::text[]))
     RETURNING id`,
    [bookings.ids, bookings.uids, note],
  );
  return rows.length;
}

/** A delivery with what an attempt needs of its webhook. */
export interface DeliveryForAttempt {
  id: string;
  webhookId: string;
  trigger: string;
  bookingId: number | null;
  status: WebhookDeliveryStatus;
  dueAt: Date;
  body: string | null;
  contentType: string | null;
  facts: Record<string, unknown>;
  attempts: number;
  cycleStart: number;
  createdAt: Date;
  subscriberUrl: string;
  secret: string;
  version: string;
  payloadTemplate: string | null;
  active: boolean;
}

export async function findDeliveryForAttempt(
  session: SqlSession,
  id: string,
): Promise<DeliveryForAttempt | undefined> {
  const [row] = await session.query<DeliveryForAttempt>(
    `SELECT d.id, d.webhook_id AS "webhookId", d.trigger, d.booking_id AS "bookingId", d.status,
            d.due_at AS "dueAt", d.body, d.content_type AS "contentType", d.facts, d.attempts,
            d.cycle_start AS "cycleStart", d.created_at AS "createdAt",
            w.subscriber_url AS "subscriberUrl", w.secret, w.version,
            w.payload_template AS "payloadTemplate", w.active
       FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
      WHERE d.id = $1`,
    [id],
  );
  return row;
}

/** What one attempt found. */
export interface AttemptOutcome {
  attempt: number;
  startedAt: Date;
  latencyMs: number;
  statusCode: number | null;
  ok: boolean;
  responseExcerpt: string | null;
  error: string | null;
}

/** Where the delivery goes after an attempt. */
export interface DeliveryUpdate {
  status: WebhookDeliveryStatus;
  dueAt: Date;
  /** The body and type sent, kept for the attempts after. */
  body: string;
  contentType: string;
  deliveredAt: Date | null;
}

const RECORD_ATTEMPT_SQL = `
WITH moved AS (
  UPDATE webhook_deliveries
     SET attempts = $2, status = $3, due_at = $4, body = coalesce(body, $5),
         content_type = coalesce(content_type, $6), delivered_at = $7, note = NULL,
         updated_at = now()
   WHERE id = $1 AND attempts = $2 - 1
  RETURNING id
)
INSERT INTO webhook_delivery_attempts
  (delivery_id, attempt, started_at, latency_ms, status_code, ok, response_excerpt, error)
SELECT id, $2, $8, $9, $10, $11, $12, $13 FROM moved
RETURNING delivery_id`;

/**
 * Logs an attempt and moves the delivery on, in one statement, unless another attempt was
 * recorded meanwhile (`attempts` is no longer `attempt - 1`): then nothing is written and false
 * is returned.
 */
export async function recordDeliveryAttempt(
  session: SqlSession,
  deliveryId: string,
  outcome: AttemptOutcome,
  update: DeliveryUpdate,
): Promise<boolean> {
  const rows = await session.query(RECORD_ATTEMPT_SQL, [
    deliveryId,
    outcome.attempt,
    update.status,
    update.dueAt.toISOString(),
    update.body,
    update.contentType,
    update.deliveredAt?.toISOString() ?? null,
    outcome.startedAt.toISOString(),
    outcome.latencyMs,
    outcome.statusCode,
    outcome.ok,
    outcome.responseExcerpt,
    outcome.error,
  ]);
  return rows.length > 0;
}

/** Ends a delivery without an attempt (its meeting will not happen; its webhook is off). */
export async function cancelDelivery(
  session: SqlSession,
  deliveryId: string,
  note: string,
): Promise<void> {
  await session.query(
    `UPDATE webhook_deliveries SET status = 'cancelled', note = $2, updated_at = now()
      WHERE id = $1 AND status = 'pending'`,
    [deliveryId, note],
  );
}

/** An attempt as listed. */
export interface DeliveryAttemptRecord {
  attempt: number;
  startedAt: string;
  latencyMs: number;
  statusCode: number | null;
  ok: boolean;
  responseExcerpt: string | null;
  error: string | null;
}

/** A delivery as listed, with its attempts in order. */
export interface DeliveryRecord {
  id: string;
  webhookId: string;
  trigger: string;
  status: WebhookDeliveryStatus;
  bookingUid: string | null;
  attempts: number;
  dueAt: Date;
  note: string | null;
  createdAt: Date;
  updatedAt: Date;
  deliveredAt: Date | null;
  attemptLog: DeliveryAttemptRecord[];
}

const DELIVERY_RECORD_SQL = `
SELECT d.id, d.webhook_id AS "webhookId", d.trigger, d.status,
       (SELECT b.uid FROM bookings b WHERE b.id = d.booking_id) AS "bookingUid",
       d.attempts, d.due_at AS "dueAt", d.note, d.created_at AS "createdAt",
       d.updated_at AS "updatedAt", d.delivered_at AS "deliveredAt",
       (SELECT coalesce(json_agg(json_build_object(
                 'attempt', a.attempt, 'startedAt', a.started_at, 'latencyMs', a.latency_ms,
                 'statusCode', a.status_code, 'ok', a.ok, 'responseExcerpt', a.response_excerpt,
                 'error', a.error) ORDER BY a.attempt), '[]'::json)
          FROM webhook_delivery_attempts a WHERE a.delivery_id = d.id) AS "attemptLog"
  FROM webhook_deliveries d`;

/** A webhook's deliveries, newest first, optionally of one status. */
export async function listDeliveriesOfWebhook(
  session: SqlSession,
  webhookId: string,
  filter: { status?: WebhookDeliveryStatus | undefined; take: number; skip: number },
): Promise<DeliveryRecord[]> {
  return session.query<DeliveryRecord>(
    `${DELIVERY_RECORD_SQL}
      WHERE d.webhook_id = $1 AND ($2::text IS NULL OR d.status = $2)
      ORDER BY d.created_at DESC, d.id DESC LIMIT $3 OFFSET $4`,
    [webhookId, filter.status ?? null, filter.take, filter.skip],
  );
}

/** One delivery of the webhook, or undefined. */
export async function findDeliveryOfWebhook(
  session: SqlSession,
  webhookId: string,
  deliveryId: string,
): Promise<DeliveryRecord | undefined> {
  const [row] = await session.query<DeliveryRecord>(
    `${DELIVERY_RECORD_SQL} WHERE d.webhook_id = $1 AND d.id = $2`,
    [webhookId, deliveryId],
  );
  return row;
}

/**
 * Makes a finished delivery pending again with a fresh retry schedule (manual replay); returns
 * the attempt number the next attempt will have, or undefined when it is still pending.
 */
export async function reopenDelivery(
  session: SqlSession,
  webhookId: string,
  deliveryId: string,
  dueAt: Date,
): Promise<{ nextAttempt: number } | undefined> {
  const [row] = await session.query<{ nextAttempt: number }>(
    `UPDATE webhook_deliveries
        SET status = 'pending', cycle_start = attempts, due_at = $3, note = NULL,
            updated_at = now()
      WHERE webhook_id = $1 AND id = $2 AND status <> 'pending'
     RETURNING attempts + 1 AS "nextAttempt"`,
    [webhookId, deliveryId, dueAt.toISOString()],
  );
  return row;
}

/** A booking with what webhook payloads add to it: the event type's settings, the organizer's clock. */
export interface WebhookBookingRecord {
  booking: BookingRecord;
  eventType: {
    id: number;
    slug: string;
    title: string;
    description: string | null;
    lengthInMinutes: number;
    confirmationPolicy: Record<string, unknown> | null;
    schedulingType: string | null;
    seats: {
      seatsPerTimeSlot?: number;
      showAttendeeInfo?: boolean;
      showAvailabilityCount?: boolean;
    } | null;
    teamId: number | null;
  } | null;
  organizerTimeFormat: number | null;
}

/** Bookings by id or uid, as webhook payloads are built from them. */
export async function findBookingsForWebhooks(
  session: SqlSession,
  keys: { ids: number[]; uids: string[] },
): Promise<WebhookBookingRecord[]> {
  if (keys.ids.length === 0 && keys.uids.length === 0) return [];
  return session.query<WebhookBookingRecord>(
    `SELECT ${BOOKING_RECORD_SQL} AS booking,
            (SELECT json_build_object('id', e.id, 'slug', e.slug, 'title', e.title,
                      'description', e.description, 'lengthInMinutes', e.length_in_minutes,
                      'confirmationPolicy', e.confirmation_policy,
                      'schedulingType', e.scheduling_type, 'seats', e.seats, 'teamId', e.team_id)
               FROM event_types e WHERE e.id = b.event_type_id) AS "eventType",
            (SELECT u.time_format FROM users u WHERE u.id = b.organizer_id) AS "organizerTimeFormat"
       FROM bookings b WHERE b.id = ANY($1::int[]) OR b.uid = ANY($2::text[])`,
    [keys.ids, keys.uids],
  );
}
