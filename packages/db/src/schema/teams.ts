import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './users';

/** Roles inside a team (PRD 3.10), as Cal.com spells them. */
export type TeamRole = 'OWNER' | 'ADMIN' | 'MEMBER';

/** A team: its members share event types (round robin, collective, managed). */
export const teams = pgTable(
  'teams',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    bio: text('bio'),
    logoUrl: text('logo_url'),
    bannerUrl: text('banner_url'),
    isPrivate: boolean('is_private').notNull().default(false),
    hideBookATeamMember: boolean('hide_book_a_team_member').notNull().default(false),
    hideBranding: boolean('hide_branding').notNull().default(false),
    brandColor: text('brand_color'),
    darkBrandColor: text('dark_brand_color'),
    theme: text('theme'),
    timeZone: text('time_zone').notNull().default('Europe/London'),
    weekStart: text('week_start').notNull().default('Sunday'),
    timeFormat: integer('time_format'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('teams_slug_key').on(sql`lower(${t.slug})`)],
);

/** A user's place in a team; only an accepted membership grants anything. */
export const memberships = pgTable(
  'memberships',
  {
    id: serial('id').primaryKey(),
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<TeamRole>().notNull().default('MEMBER'),
    accepted: boolean('accepted').notNull().default(false),
    disableImpersonation: boolean('disable_impersonation').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('memberships_team_user_key').on(t.teamId, t.userId),
    index('memberships_user_idx').on(t.userId),
  ],
);

/** An invitation by email, for an address without an account yet. */
export const teamInvitations = pgTable(
  'team_invitations',
  {
    id: serial('id').primaryKey(),
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').$type<TeamRole>().notNull().default('MEMBER'),
    invitedById: integer('invited_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('team_invitations_team_email_key').on(t.teamId, sql`lower(${t.email})`),
    index('team_invitations_email_idx').on(sql`lower(${t.email})`),
  ],
);

export type TeamRow = typeof teams.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;
export type TeamInvitationRow = typeof teamInvitations.$inferSelect;
