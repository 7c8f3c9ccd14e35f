import { and, asc, eq, gt, gte, lt, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database';
import { outOfOffice, type OutOfOfficeRow } from '../schema';

export interface NewOutOfOffice {
  userId: number;
  startAt: Date;
  endAt: Date;
  reason: string;
  notes: string | null;
  toUserId: number | null;
}

export type OutOfOfficeChanges = Partial<
  Pick<OutOfOfficeRow, 'startAt' | 'endAt' | 'reason' | 'notes' | 'toUserId'>
>;

/** Filters of a user's list: entries starting at or after, ending at or before. */
export interface OutOfOfficeFilter {
  startsAtOrAfter?: Date | undefined;
  endsAtOrBefore?: Date | undefined;
}

export async function insertOutOfOffice(db: Db, entry: NewOutOfOffice): Promise<OutOfOfficeRow> {
  const [row] = await db.insert(outOfOffice).values(entry).returning();
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  return row;
}

/** The user's entry with this id; undefined when it does not exist or is someone else's. */
export async function findOutOfOfficeOfUser(
  db: Db,
  userId: number,
  id: number,
): Promise<OutOfOfficeRow | undefined> {
  const [row] = await db
    .select()
    .from(outOfOffice)
    .where(and(eq(outOfOffice.id, id), eq(outOfOffice.userId, userId)));
  return row;
}

/** The user's entries ordered by start (then id). */
export async function listOutOfOfficeOfUser(
  db: Db,
  userId: number,
  filter: OutOfOfficeFilter = {},
): Promise<OutOfOfficeRow[]> {
  const conditions: SQL[] = [eq(outOfOffice.userId, userId)];
  if (filter.startsAtOrAfter) conditions.push(gte(outOfOffice.startAt, filter.startsAtOrAfter));
  if (filter.endsAtOrBefore) conditions.push(lte(outOfOffice.endAt, filter.endsAtOrBefore));
  return db
    .select()
    .from(outOfOffice)
    .where(and(...conditions))
    .orderBy(asc(outOfOffice.startAt), asc(outOfOffice.id));
}

/** Another entry of the user with exactly this start and end (Cal.com refuses such twins). */
export async function findOutOfOfficeTwin(
  db: Db,
  entry: { userId: number; startAt: Date; endAt: Date; exceptId?: number | undefined },
): Promise<OutOfOfficeRow | undefined> {
  const conditions: SQL[] = [
    eq(outOfOffice.userId, entry.userId),
    eq(outOfOffice.startAt, entry.startAt),
    eq(outOfOffice.endAt, entry.endAt),
  ];
  if (entry.exceptId !== undefined) conditions.push(ne(outOfOffice.id, entry.exceptId));
  const [row] = await db
    .select()
    .from(outOfOffice)
    .where(and(...conditions))
    .limit(1);
  return row;
}

/** True when `fromUserId` has an entry redirecting to `toUserId` that overlaps [startAt, endAt). */
export async function hasOverlappingRedirect(
  db: Db,
  redirect: { fromUserId: number; toUserId: number; startAt: Date; endAt: Date },
): Promise<boolean> {
  const rows = await db
    .select({ id: outOfOffice.id })
    .from(outOfOffice)
    .where(
      and(
        eq(outOfOffice.userId, redirect.fromUserId),
        eq(outOfOffice.toUserId, redirect.toUserId),
        lt(outOfOffice.startAt, redirect.endAt),
        gt(outOfOffice.endAt, redirect.startAt),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** Changes the user's entry; undefined when there is no such entry of theirs. */
export async function updateOutOfOfficeOfUser(
  db: Db,
  userId: number,
  id: number,
  changes: OutOfOfficeChanges,
): Promise<OutOfOfficeRow | undefined> {
  const [row] = await db
    .update(outOfOffice)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(outOfOffice.id, id), eq(outOfOffice.userId, userId)))
    .returning();
  return row;
}

/** Deletes the user's entry and returns it; undefined when there is no such entry of theirs. */
export async function deleteOutOfOfficeOfUser(
  db: Db,
  userId: number,
  id: number,
): Promise<OutOfOfficeRow | undefined> {
  const [row] = await db
    .delete(outOfOffice)
    .where(and(eq(outOfOffice.id, id), eq(outOfOffice.userId, userId)))
    .returning();
  return row;
}

/** Advisory-lock namespace for out-of-office writes (see migrate.ts for the others). */
const OUT_OF_OFFICE_LOCK = 4_242_010;

/**
 * Serialises out-of-office writes that involve these users until the transaction ends, so the
 * twin and redirect-loop checks cannot both pass for two concurrent writes; ids are locked in
 * order so two writers never wait on each other.
 */
export async function lockOutOfOfficeOf(db: Db, userIds: number[]): Promise<void> {
  for (const id of [...new Set(userIds)].sort((a, b) => a - b)) {
    await db.execute(sql`SELECT pg_advisory_xact_lock(${OUT_OF_OFFICE_LOCK}, ${id})`);
  }
}
