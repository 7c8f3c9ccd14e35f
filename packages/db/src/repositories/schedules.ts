import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../database';
import {
  schedules,
  users,
  type AvailabilityOverride,
  type AvailabilityRule,
  type ScheduleRow,
} from '../schema';

export interface NewSchedule {
  userId: number;
  name: string;
  timeZone: string;
  availability: AvailabilityRule[];
  overrides: AvailabilityOverride[];
}

export type ScheduleChanges = Partial<
  Pick<ScheduleRow, 'name' | 'timeZone' | 'availability' | 'overrides'>
>;

export async function insertSchedule(db: Db, schedule: NewSchedule): Promise<ScheduleRow> {
  const [row] = await db.insert(schedules).values(schedule).returning();
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  return row;
}

/** The user's schedule with this id; undefined when it does not exist or is someone else's. */
export async function findScheduleOfUser(
  db: Db,
  userId: number,
  id: number,
): Promise<ScheduleRow | undefined> {
  const [row] = await db
    .select()
    .from(schedules)
    .where(and(eq(schedules.id, id), eq(schedules.userId, userId)));
  return row;
}

/** The user's schedules, oldest first. */
export async function listSchedulesOfUser(db: Db, userId: number): Promise<ScheduleRow[]> {
  return db.select().from(schedules).where(eq(schedules.userId, userId)).orderBy(asc(schedules.id));
}

/** How many schedules the user has besides this one. */
export async function countOtherSchedules(db: Db, userId: number, id: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(schedules)
    .where(and(eq(schedules.userId, userId), ne(schedules.id, id)));
  return row?.n ?? 0;
}

/** Changes the user's schedule; undefined when there is no such schedule of theirs. */
export async function updateScheduleOfUser(
  db: Db,
  userId: number,
  id: number,
  changes: ScheduleChanges,
): Promise<ScheduleRow | undefined> {
  const [row] = await db
    .update(schedules)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(schedules.id, id), eq(schedules.userId, userId)))
    .returning();
  return row;
}

/** Deletes the user's schedule; false when there is no such schedule of theirs. */
export async function deleteScheduleOfUser(db: Db, userId: number, id: number): Promise<boolean> {
  const rows = await db
    .delete(schedules)
    .where(and(eq(schedules.id, id), eq(schedules.userId, userId)))
    .returning({ id: schedules.id });
  return rows.length > 0;
}

/**
 * The user's default schedule id, locking the user's row until the transaction ends so that
 * concurrent changes of the default (or deletions) are serialised. Call inside a transaction.
 */
export async function lockDefaultScheduleId(db: Db, userId: number): Promise<number | null> {
  const [row] = await db
    .select({ defaultScheduleId: users.defaultScheduleId })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  if (!row) throw new Error(`user ${userId} vanished`);
  return row.defaultScheduleId;
}
