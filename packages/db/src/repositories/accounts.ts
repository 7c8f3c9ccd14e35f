import { and, count, eq, gt, isNull, lt, min, ne, sql } from 'drizzle-orm';
import type { Db } from '../database';
import {
  accountSessions,
  authThrottleEvents,
  instanceSettings,
  passwordResetTokens,
  users,
  type AccountSessionRow,
  type InstanceSettingsRow,
  type UserRow,
} from '../schema';

export type NewAccountSession = Omit<AccountSessionRow, 'id'>;

export async function insertAccountSession(
  db: Db,
  session: NewAccountSession,
): Promise<AccountSessionRow> {
  const [row] = await db.insert(accountSessions).values(session).returning();
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  return row;
}

/** The session with this token hash and its user, expired or not: the caller decides. */
export async function findAccountSession(
  db: Db,
  tokenHash: string,
): Promise<{ session: AccountSessionRow; user: UserRow } | undefined> {
  const [row] = await db
    .select({ session: accountSessions, user: users })
    .from(accountSessions)
    .innerJoin(users, eq(users.id, accountSessions.userId))
    .where(eq(accountSessions.tokenHash, tokenHash));
  return row;
}

export async function touchAccountSession(
  db: Db,
  id: number,
  lastSeenAt: Date,
  expiresAt: Date,
): Promise<void> {
  await db.update(accountSessions).set({ lastSeenAt, expiresAt }).where(eq(accountSessions.id, id));
}

export async function deleteAccountSession(db: Db, tokenHash: string): Promise<boolean> {
  const rows = await db
    .delete(accountSessions)
    .where(eq(accountSessions.tokenHash, tokenHash))
    .returning({ id: accountSessions.id });
  return rows.length > 0;
}

/** Signs a user out everywhere, except (optionally) the session making the change. */
export async function deleteAccountSessionsOfUser(
  db: Db,
  userId: number,
  exceptSessionId?: number,
): Promise<void> {
  await db
    .delete(accountSessions)
    .where(
      exceptSessionId === undefined
        ? eq(accountSessions.userId, userId)
        : and(eq(accountSessions.userId, userId), ne(accountSessions.id, exceptSessionId)),
    );
}

export async function deleteExpiredAccountSessions(db: Db, now: Date): Promise<void> {
  await db.delete(accountSessions).where(lt(accountSessions.expiresAt, now));
}

export async function setUserPassword(db: Db, userId: number, passwordHash: string): Promise<void> {
  await db
    .update(users)
    .set({ passwordHash, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

export async function insertPasswordResetToken(
  db: Db,
  token: { userId: number; tokenHash: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(passwordResetTokens).values(token);
}

/**
 * Marks a live token used and returns its user; undefined when the token is unknown, used or
 * expired. One UPDATE, so two concurrent uses cannot both succeed. The user's other live tokens
 * are spent with it.
 */
export async function consumePasswordResetToken(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<number | undefined> {
  const [row] = await db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordResetTokens.tokenHash, tokenHash),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    )
    .returning({ userId: passwordResetTokens.userId });
  if (!row) return undefined;
  await db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.userId, row.userId), isNull(passwordResetTokens.usedAt)));
  return row.userId;
}

export async function recordThrottleEvent(
  db: Db,
  bucket: string,
  key: string,
  at: Date,
): Promise<void> {
  await db.insert(authThrottleEvents).values({ bucket, key, occurredAt: at });
}

/** Events in the bucket for the key since a moment, and when the oldest of them happened. */
export async function countThrottleEvents(
  db: Db,
  bucket: string,
  key: string,
  since: Date,
): Promise<{ count: number; oldest: Date | null }> {
  const [row] = await db
    .select({ count: count(), oldest: min(authThrottleEvents.occurredAt) })
    .from(authThrottleEvents)
    .where(
      and(
        eq(authThrottleEvents.bucket, bucket),
        eq(authThrottleEvents.key, key),
        gt(authThrottleEvents.occurredAt, since),
      ),
    );
  const oldest = row?.oldest ?? null;
  return { count: Number(row?.count ?? 0), oldest: oldest === null ? null : new Date(oldest) };
}

export async function clearThrottleEvents(db: Db, bucket: string, key: string): Promise<void> {
  await db
    .delete(authThrottleEvents)
    .where(and(eq(authThrottleEvents.bucket, bucket), eq(authThrottleEvents.key, key)));
}

export async function pruneThrottleEvents(db: Db, before: Date): Promise<void> {
  await db.delete(authThrottleEvents).where(lt(authThrottleEvents.occurredAt, before));
}

/** The settings row, created if a database somehow lacks it. */
export async function getInstanceSettings(db: Db): Promise<InstanceSettingsRow> {
  const [row] = await db.select().from(instanceSettings);
  if (row) return row;
  await db.insert(instanceSettings).values({ singleton: true }).onConflictDoNothing();
  const [created] = await db.select().from(instanceSettings);
  if (!created) throw new Error('instance_settings has no row');
  return created;
}

/**
 * Records the earliest user as the owner when there is none yet (the first user of an empty
 * instance; again the earliest remaining one if the owner was deleted). Idempotent.
 */
export async function claimInstanceOwner(db: Db): Promise<InstanceSettingsRow> {
  await getInstanceSettings(db);
  await db
    .update(instanceSettings)
    .set({ ownerUserId: sql`(SELECT min(${users.id}) FROM ${users})`, updatedAt: sql`now()` })
    .where(and(isNull(instanceSettings.ownerUserId), sql`EXISTS (SELECT 1 FROM ${users})`));
  return getInstanceSettings(db);
}

export async function updateInstanceSettings(
  db: Db,
  changes: Partial<Pick<InstanceSettingsRow, 'signupsOpen'>>,
): Promise<InstanceSettingsRow> {
  await getInstanceSettings(db);
  const [row] = await db
    .update(instanceSettings)
    .set({ ...changes, updatedAt: sql`now()` })
    .returning();
  if (!row) throw new Error('instance_settings has no row');
  return row;
}

export async function hasAnyUser(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).limit(1);
  return row !== undefined;
}
