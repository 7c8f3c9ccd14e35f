import type { Database, SqlSession } from '@kairos/db';

/** What pg-boss needs of a database: one call per statement text, rows back. */
export interface PgBossDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** pg-boss statements run on the caller's session: a job sent this way commits with its work. */
export function sessionDb(session: SqlSession): PgBossDb {
  return {
    executeSql: async (text, values) => ({ rows: await session.query(text, values ?? []) }),
  };
}

/** The PGlite instance under the embedded database (what Drizzle was built on). */
interface PgliteLike {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  exec(text: string): Promise<Array<{ rows: unknown[] }>>;
}

const MULTIPLE_COMMANDS = '42601';

/**
 * pg-boss on the embedded database (components.md): parameterless multi-statement SQL (its
 * schema, its locked migrations) must go through `exec`, which returns every statement's rows.
 * PGlite is one connection and serialises calls itself, so a `BEGIN; ...; COMMIT` text runs
 * whole; a failed one is rolled back so the connection is not left in an aborted transaction.
 *
 * The calls go to PGlite's own methods, not the instance's wrappers that move the read cache's
 * change clock: pg-boss polls, and its tables are never cached, so its writes must not empty
 * the cache of slot searches and keys every poll.
 */
export function embeddedDb(database: Database): PgBossDb {
  const client = (database.db as unknown as { $client?: PgliteLike }).$client;
  if (!client) throw new Error('The embedded database does not expose its PGlite client');
  const own = Object.getPrototypeOf(client) as PgliteLike;
  const query = (text: string, values?: unknown[]) => own.query.call(client, text, values);
  const exec = (text: string) => own.exec.call(client, text);
  return {
    executeSql: async (text, values) => {
      if (values && values.length > 0) return { rows: (await query(text, values)).rows };
      try {
        return { rows: (await query(text)).rows };
      } catch (error) {
        if ((error as { code?: string }).code !== MULTIPLE_COMMANDS) throw error;
      }
      try {
        const results = await exec(text);
        return { rows: results.flatMap((result) => result.rows) };
      } catch (error) {
        await exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
  };
}

/** The connection string of a PostgreSQL database, for pg-boss's own small pool. */
export function postgresUrlOf(database: Database): string {
  const pool = (database.db as unknown as { $client?: { options?: { connectionString?: string } } })
    .$client;
  const url = pool?.options?.connectionString;
  if (!url) throw new Error('The PostgreSQL database does not expose its connection string');
  return url;
}
