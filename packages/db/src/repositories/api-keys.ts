import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../database';
import { apiKeys, users, type ApiKeyRow, type UserRow } from '../schema';

export type NewApiKey = Pick<ApiKeyRow, 'userId' | 'hashedKey' | 'prefix' | 'lastFour' | 'isTest'> &
  Partial<Pick<ApiKeyRow, 'note' | 'expiresAt'>>;

export async function insertApiKey(db: Db, key: NewApiKey): Promise<ApiKeyRow> {
  const [row] = await db.insert(apiKeys).values(key).returning();
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  return row;
}

/** The key with this hash and its user, revoked or not: the caller decides what is usable. */
export async function findApiKeyByHash(
  db: Db,
  hashedKey: string,
): Promise<{ key: ApiKeyRow; user: UserRow } | undefined> {
  const [row] = await db
    .select({ key: apiKeys, user: users })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(eq(apiKeys.hashedKey, hashedKey));
  return row;
}

export async function listApiKeys(db: Db, userId: number): Promise<ApiKeyRow[]> {
  return db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

/** Revokes one of the user's live keys; false when there is no such key. */
export async function revokeApiKey(db: Db, userId: number, id: number, at: Date): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: at })
    .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}

export async function touchApiKey(db: Db, id: number, at: Date): Promise<void> {
  await db.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, id));
}
