import type { Database, SqlSession } from '../database';

/**
 * Runs work in one transaction on one connection, in both modes (see Database.transaction): the
 * work gets a SqlSession, so the slot search's SQL runs inside it unchanged.
 */
export function inTransaction<T>(
  database: Database,
  work: (session: SqlSession) => Promise<T>,
): Promise<T> {
  return database.transaction(work);
}
