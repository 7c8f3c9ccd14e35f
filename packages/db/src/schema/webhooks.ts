import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bookings } from './bookings';
import { eventTypes } from './event-types';
import { teams } from './teams';
import { users } from './users';

/** A 64-bit transaction id (PostgreSQL 13+), read as text. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A webhook subscription: the user's own, one event type's (`eventTypeId`), or a team's
 * (`teamId`; `userId` is then the member who created it, and it stays when they leave the
 * team). `secret` signs every delivery; it is shown once, at creation.
 */
export const webhooks = pgTable(
  'webhooks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    eventTypeId: integer('event_type_id').references(() => eventTypes.id, { onDelete: 'cascade' }),
    teamId: integer('team_id').references(() => teams.id, { onDelete: 'cascade' }),
    subscriberUrl: text('subscriber_url').notNull(),
    triggers: text('triggers').array().notNull(),
    active: boolean('active').notNull().default(true),
    payloadTemplate: text('payload_template'),
    secret: text('secret').notNull(),
    version: text('version').notNull().default('2021-10-20'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('webhooks_user_url_key')
      .on(t.userId, t.subscriberUrl)
      .where(sql`${t.eventTypeId} IS NULL AND ${t.teamId} IS NULL`),
    uniqueIndex('webhooks_event_type_url_key')
      .on(t.eventTypeId, t.subscriberUrl)
      .where(sql`${t.eventTypeId} IS NOT NULL`),
    uniqueIndex('webhooks_team_url_key')
      .on(t.teamId, t.subscriberUrl)
      .where(sql`${t.teamId} IS NOT NULL`),
    index('webhooks_user_idx').on(t.userId, t.createdAt),
    index('webhooks_team_idx')
      .on(t.teamId, t.createdAt)
      .where(sql`${t.teamId} IS NOT NULL`),
    check('webhooks_one_scope_check', sql`${t.teamId} IS NULL OR ${t.eventTypeId} IS NULL`),
  ],
);

/** pending -> delivered | dead_letter (retries used up) | cancelled; replay -> pending. */
export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'dead_letter' | 'cancelled';

/** One event for one webhook; its id is the `webhook-id` header of every attempt. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    webhookId: uuid('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    trigger: text('trigger').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    bookingId: integer('booking_id').references(() => bookings.id, { onDelete: 'set null' }),
    status: text('status').$type<WebhookDeliveryStatus>().notNull().default('pending'),
    dueAt: instant('due_at').notNull(),
    body: text('body'),
    contentType: text('content_type'),
    facts: jsonb('facts').$type<Record<string, unknown>>().notNull().default({}),
    attempts: integer('attempts').notNull().default(0),
    cycleStart: integer('cycle_start').notNull().default(0),
    note: text('note'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    deliveredAt: instant('delivered_at'),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_dedupe_key').on(t.webhookId, t.dedupeKey),
    index('webhook_deliveries_webhook_idx').on(t.webhookId, t.createdAt),
    index('webhook_deliveries_booking_idx')
      .on(t.bookingId)
      .where(sql`${t.status} = 'pending'`),
    // The retention job deletes finished deliveries oldest first.
    index('webhook_deliveries_finished_idx')
      .on(t.updatedAt)
      .where(sql`${t.status} <> 'pending'`),
  ],
);

/** Every attempt to deliver: what came back (1 KiB at most) or what went wrong. */
export const webhookDeliveryAttempts = pgTable(
  'webhook_delivery_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    startedAt: instant('started_at').notNull(),
    latencyMs: integer('latency_ms').notNull(),
    statusCode: integer('status_code'),
    ok: boolean('ok').notNull(),
    responseExcerpt: text('response_excerpt'),
    error: text('error'),
  },
  (t) => [
    index('webhook_delivery_attempts_delivery_idx').on(t.deliveryId, t.attempt),
    index('webhook_delivery_attempts_started_idx').on(t.startedAt),
  ],
);

/**
 * Events that are not about a booking (OOO_CREATED now), written in the transaction of the
 * change; the relay turns them into jobs as it does `booking_events`.
 */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    type: text('type').notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    teamId: integer('team_id'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    txId: xid8('tx_id')
      .notNull()
      .default(sql`pg_current_xact_id()`),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('outbox_events_tx_idx').on(t.txId)],
);

/** Every event written by a transaction older than `horizon` has been relayed. */
export const relayPositions = pgTable('relay_positions', {
  name: text('name').primaryKey(),
  horizon: xid8('horizon').notNull(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/** Events at or past the horizon that are already relayed (the relay may not skip them). */
export const relayedEvents = pgTable(
  'relayed_events',
  {
    source: text('source').notNull(),
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
    txId: xid8('tx_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.source, t.eventId] }),
    index('relayed_events_tx_idx').on(t.txId),
  ],
);

export type WebhookRow = typeof webhooks.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type WebhookDeliveryAttemptRow = typeof webhookDeliveryAttempts.$inferSelect;
export type OutboxEventRow = typeof outboxEvents.$inferSelect;
