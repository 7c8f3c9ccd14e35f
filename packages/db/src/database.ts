import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** Drizzle over either driver: the same schema and queries on PGlite and node-postgres. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** One connection for work that must stay on it (advisory locks, a migration's transaction). */
export interface SqlSession {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements, no parameters. */
  exec(sql: string): Promise<void>;
}

export interface Database extends SqlSession {
  kind: 'embedded' | 'postgres';
  db: Db;
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /**
   * Runs work in one transaction on one connection: committed when it resolves, rolled back when
   * it throws. Embedded, other statements wait for it (PGlite's transaction lock); on PostgreSQL
   * its statements are prepared once per connection, so hot SQL is not planned from scratch.
   */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Embedded only: an image of the data directory that `loadDataDir` can start from. */
  dumpImage?(): Promise<Blob>;
  /**
   * A number that changes whenever anything read by caches may have been written: counted in
   * process for the embedded database (one process owns it), followed through LISTEN/NOTIFY on
   * PostgreSQL. null means "cannot tell right now": do not cache.
   */
  changeVersion?(): number | null;
  close(): Promise<void>;
}
