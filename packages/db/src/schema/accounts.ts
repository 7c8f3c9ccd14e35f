import {
  bigserial,
  boolean,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { users } from './users';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A signed-in browser: the cookie's token is stored as SHA-256 hex only. */
export const accountSessions = pgTable(
  'account_sessions',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique('account_sessions_token_hash_key'),
    createdAt: instant('created_at').notNull(),
    lastSeenAt: instant('last_seen_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    index('account_sessions_user_id_idx').on(t.userId),
    index('account_sessions_expires_at_idx').on(t.expiresAt),
  ],
);

/** A password reset link; usable once, until it expires. */
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique('password_reset_tokens_token_hash_key'),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
  },
  (t) => [index('password_reset_tokens_user_id_idx').on(t.userId)],
);

/** Counted events (failed logins, sign-ups, reset mails) for throttling, by bucket and key. */
export const authThrottleEvents = pgTable(
  'auth_throttle_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    bucket: text('bucket').notNull(),
    key: text('key').notNull(),
    occurredAt: instant('occurred_at').notNull(),
  },
  (t) => [
    index('auth_throttle_events_lookup_idx').on(t.bucket, t.key, t.occurredAt),
    index('auth_throttle_events_occurred_at_idx').on(t.occurredAt),
  ],
);

/** The one row of instance-wide account settings. */
export const instanceSettings = pgTable('instance_settings', {
  singleton: boolean('singleton').primaryKey().default(true),
  ownerUserId: integer('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
  signupsOpen: boolean('signups_open').notNull().default(true),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export type AccountSessionRow = typeof accountSessions.$inferSelect;
export type PasswordResetTokenRow = typeof passwordResetTokens.$inferSelect;
export type InstanceSettingsRow = typeof instanceSettings.$inferSelect;
