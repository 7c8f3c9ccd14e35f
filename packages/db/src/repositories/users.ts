import { eq, sql } from 'drizzle-orm';
import type { Db } from '../database';
import { users, type UserRow } from '../schema';

export interface NewUser {
  email: string;
  username: string;
  name: string;
  timeZone: string;
  passwordHash?: string | null;
}

export type UserChanges = Partial<
  Pick<
    UserRow,
    | 'name'
    | 'email'
    | 'username'
    | 'timeZone'
    | 'weekStart'
    | 'timeFormat'
    | 'defaultScheduleId'
    | 'brandColor'
    | 'darkBrandColor'
    | 'theme'
    | 'logoUrl'
    | 'hideBranding'
  >
>;

export async function insertUser(db: Db, user: NewUser): Promise<UserRow> {
  const [row] = await db.insert(users).values(user).returning();
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  return row;
}

export async function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** The user with this username, in any case. */
export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  return row;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`);
  return row;
}

export async function updateUser(db: Db, id: number, changes: UserChanges): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning();
  if (!row) throw new Error(`user ${id} vanished during update`);
  return row;
}
