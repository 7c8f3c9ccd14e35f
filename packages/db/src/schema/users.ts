import { sql } from 'drizzle-orm';
import {
  boolean,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    username: text('username').notNull(),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull().default('UTC'),
    weekStart: text('week_start').notNull().default('Monday'),
    timeFormat: integer('time_format').notNull().default(24),
    defaultScheduleId: integer('default_schedule_id'),
    passwordHash: text('password_hash'),
    /** Booking pages (PRD 3.6): #rrggbb on light and on dark backgrounds. */
    brandColor: text('brand_color').notNull().default('#292929'),
    darkBrandColor: text('dark_brand_color').notNull().default('#fafafa'),
    /** 'light' | 'dark' | 'auto' (the visitor's system setting). */
    theme: text('theme').notNull().default('auto'),
    logoUrl: text('logo_url'),
    hideBranding: boolean('hide_branding').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_username_key').on(sql`lower(${t.username})`),
  ],
);

export type UserRow = typeof users.$inferSelect;
