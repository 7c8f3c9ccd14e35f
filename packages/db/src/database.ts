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
  /** Embedded only: an image of the data directory that `loadDataDir` can start from. */
  dumpImage?(): Promise<Blob>;
  /**
   * Embedded only: a number that changes whenever anything may have been written. Undefined on
   * PostgreSQL, where other processes write too and nothing can be cached this way.
   */
  changeVersion?(): number;
  close(): Promise<void>;
}
