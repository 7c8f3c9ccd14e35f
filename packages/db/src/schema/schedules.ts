import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users';

/** A weekly rule: days 0 = Sunday … 6 = Saturday, local "HH:MM" times ("23:59" = midnight). */
export interface AvailabilityRule {
  days: number[];
  startTime: string;
  endTime: string;
}

/** Replaces a whole local date; startTime == endTime means unavailable that day. */
export interface AvailabilityOverride {
  date: string;
  startTime: string;
  endTime: string;
}

export const schedules = pgTable(
  'schedules',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull(),
    availability: jsonb('availability').$type<AvailabilityRule[]>().notNull().default([]),
    overrides: jsonb('overrides').$type<AvailabilityOverride[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('schedules_user_id_idx').on(t.userId)],
);

export type ScheduleRow = typeof schedules.$inferSelect;
