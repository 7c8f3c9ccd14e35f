import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { schedules } from './schedules';
import { teams } from './teams';
import { users } from './users';

/** How a team event type assigns its hosts (Cal.com's stored values). */
export type SchedulingType = 'roundRobin' | 'collective' | 'managed';

/**
 * An event type. Option objects keep Cal.com's API v2 shapes as JSON (bookingWindow,
 * bookingLimitsCount, confirmationPolicy, recurrence, seats, locations, bookingFields): they are
 * read whole, and the API is their only writer.
 */
export const eventTypes = pgTable(
  'event_types',
  {
    id: serial('id').primaryKey(),
    ownerId: integer('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    teamId: integer('team_id').references(() => teams.id, { onDelete: 'cascade' }),
    schedulingType: text('scheduling_type').$type<SchedulingType>(),
    /** A managed child's template (a team event type with schedulingType managed). */
    parentId: integer('parent_id').references((): AnyPgColumn => eventTypes.id, {
      onDelete: 'cascade',
    }),
    /** Team event types: every accepted member is a host, now and when members join. */
    assignAllTeamMembers: boolean('assign_all_team_members').notNull().default(false),
    /** A managed template's settings that its children may change. */
    unlockedFields: jsonb('unlocked_fields').$type<string[]>(),
    title: text('title').notNull(),
    slug: text('slug').notNull(),
    description: text('description'),
    lengthInMinutes: integer('length_in_minutes').notNull(),
    lengthInMinutesOptions: jsonb('length_in_minutes_options').$type<number[]>(),
    locations: jsonb('locations').$type<unknown[]>().notNull().default([]),
    bookingFields: jsonb('booking_fields').$type<unknown[]>().notNull().default([]),
    disableGuests: boolean('disable_guests').notNull().default(false),
    slotInterval: integer('slot_interval'),
    minimumBookingNotice: integer('minimum_booking_notice').notNull().default(120),
    beforeEventBuffer: integer('before_event_buffer').notNull().default(0),
    afterEventBuffer: integer('after_event_buffer').notNull().default(0),
    offsetStart: integer('offset_start').notNull().default(0),
    scheduleId: integer('schedule_id').references(() => schedules.id, { onDelete: 'set null' }),
    bookingWindow: jsonb('booking_window').$type<Record<string, unknown>>(),
    bookingLimitsCount: jsonb('booking_limits_count').$type<Record<string, number>>(),
    bookingLimitsDuration: jsonb('booking_limits_duration').$type<Record<string, number>>(),
    onlyShowFirstAvailableSlot: boolean('only_show_first_available_slot').notNull().default(false),
    seats: jsonb('seats').$type<Record<string, unknown>>(),
    recurrence: jsonb('recurrence').$type<Record<string, unknown>>(),
    confirmationPolicy: jsonb('confirmation_policy').$type<Record<string, unknown>>(),
    hidden: boolean('hidden').notNull().default(false),
    successRedirectUrl: text('success_redirect_url'),
    isInstantEvent: boolean('is_instant_event').notNull().default(false),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('event_types_owner_slug_key')
      .on(t.ownerId, t.slug)
      .where(sql`${t.teamId} IS NULL`),
    uniqueIndex('event_types_team_slug_key')
      .on(t.teamId, t.slug)
      .where(sql`${t.teamId} IS NOT NULL`),
    uniqueIndex('event_types_parent_owner_key')
      .on(t.parentId, t.ownerId)
      .where(sql`${t.parentId} IS NOT NULL`),
    index('event_types_team_idx')
      .on(t.teamId)
      .where(sql`${t.teamId} IS NOT NULL`),
  ],
);

/** Who hosts an event type: its owner for a personal one, members for a team one. */
export const eventTypeHosts = pgTable(
  'event_type_hosts',
  {
    eventTypeId: integer('event_type_id')
      .notNull()
      .references(() => eventTypes.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    isFixed: boolean('is_fixed').notNull().default(true),
    priority: integer('priority').notNull().default(2),
    weight: integer('weight').notNull().default(100),
    scheduleId: integer('schedule_id').references(() => schedules.id, { onDelete: 'set null' }),
    /** Round robin: most bookings of this event type per day/week in the host's zone. */
    bookingLimitsCount: jsonb('booking_limits_count').$type<{ day?: number; week?: number }>(),
    /** Round-robin runs credited when the hosts or weights changed (core rebaseRoundRobin). */
    rrRunOffset: integer('rr_run_offset').notNull().default(0),
    /** Round-robin turns in the event type's active bookings (kept by triggers, 0006). */
    rrTurns: integer('rr_turns').notNull().default(0),
    /** When the host was last given a booking of the event type (kept by triggers, 0006). */
    rrLastAssignedAt: timestamp('rr_last_assigned_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.eventTypeId, t.userId] }),
    index('event_type_hosts_user_idx').on(t.userId),
  ],
);

export type EventTypeRow = typeof eventTypes.$inferSelect;
export type EventTypeHostRow = typeof eventTypeHosts.$inferSelect;
