import { sql, type SQL } from 'drizzle-orm';
import type { Db, SqlSession } from '../database';

/** `$1`-style SQL as Drizzle SQL, so raw statements run on a transaction's connection. */
function toDrizzleSql(text: string, params: unknown[]): SQL {
  const pieces = text.split(/\$(\d+)/);
  const chunks = pieces.map((piece, index) =>
    index % 2 === 0 ? sql.raw(piece) : sql.param(params[Number(piece) - 1]),
  );
  return sql.join(chunks);
}

/**
 * Runs work in one transaction on one connection, in both modes: Drizzle's transaction holds a
 * pool client on PostgreSQL and PGlite's transaction lock in embedded mode (other statements wait
 * for it there). The work gets a SqlSession, so the slot search's SQL runs inside it unchanged.
 * Statements are sent one at a time, so `exec` takes a single statement here.
 */
export async function inTransaction<T>(db: Db, work: (session: SqlSession) => Promise<T>) {
  return db.transaction(async (tx) => {
    const query = async <R>(text: string, params: unknown[] = []): Promise<R[]> => {
      // Both drivers answer with an object carrying `rows` (pg's QueryResult, PGlite's Results).
      const result: unknown = await tx.execute(toDrizzleSql(text, params));
      return (result as { rows: R[] }).rows;
    };
    const session: SqlSession = {
      query,
      exec: async (text) => {
        await query(text);
      },
    };
    return work(session);
  });
}
