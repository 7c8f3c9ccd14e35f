import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { createHash } from 'node:crypto';
import pg from 'pg';
import * as schema from './schema';
import type { Database, Db, SqlSession } from './database';
import { createChangeListener } from './change-listener';
import { trackPglite, trackPool, type ChangeClock } from './change-tracking';
import { lockDataDir } from './data-dir-lock';

export interface CreateDbOptions {
  /** postgres:// URL; when set, PostgreSQL is used instead of the embedded database. */
  databaseUrl?: string | undefined;
  /** Embedded database directory (default ./data). */
  dataDir?: string | undefined;
  /** Embedded database image to start from (tests clone a migrated template this way). */
  loadDataDir?: Blob | File | undefined;
  /** Embedded database kept in memory only (tests, throwaway runs). */
  memory?: boolean | undefined;
  /** Pool size in server mode. */
  poolSize?: number | undefined;
}

/** Opens PostgreSQL when a URL is given, else PGlite (PostgreSQL in WASM) with btree_gist. */
export async function createDb(options: CreateDbOptions = {}): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openEmbedded(options);
}

async function openEmbedded(options: CreateDbOptions): Promise<Database> {
  const inMemory = options.memory || options.loadDataDir;
  const dataDir = inMemory ? undefined : (options.dataDir ?? './data');
  const unlock = dataDir ? lockDataDir(dataDir) : () => undefined;
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: { btree_gist },
    });
  } catch (error) {
    unlock();
    throw error;
  }
  const clock: ChangeClock = { version: 0 };
  trackPglite(client, clock);
  const session: SqlSession = {
    query: async <T>(sql: string, params?: unknown[]) => (await client.query<T>(sql, params)).rows,
    exec: async (sql) => {
      await client.exec(sql);
    },
  };
  return {
    kind: 'embedded',
    db: drizzlePglite({ client, schema }) as unknown as Db,
    ...session,
    withSession: (work) => work(session),
    transaction: (work) =>
      client.transaction((tx) =>
        work({
          query: async <T>(sql: string, params?: unknown[]) =>
            (await tx.query<T>(sql, params)).rows,
          exec: async (sql) => {
            await tx.exec(sql);
          },
        }),
      ),
    dumpImage: () => client.dumpDataDir('none'),
    changeVersion: () => clock.version,
    close: async () => {
      await client.close();
      unlock();
    },
  };
}

/** Statement names by text: the same SQL gets the same name on every connection. */
const statementNames = new Map<string, string>();
/** Texts built at run time must not grow every connection's statement cache without end. */
const MAX_NAMED_STATEMENTS = 500;

function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (!name && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `k${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * Parameterised statements are named by their text, so each is parsed once per connection and,
 * after a few runs, served from PostgreSQL's plan cache instead of being planned every time.
 */
function sessionOn(client: pg.Pool | pg.PoolClient): SqlSession {
  return {
    query: async <T>(text: string, values: unknown[] = []) => {
      const name = values.length > 0 ? statementName(text) : undefined;
      return (await client.query(name ? { name, text, values } : { text, values })).rows as T[];
    },
    exec: async (text) => {
      await client.query(text);
    },
  };
}

function openPostgres(url: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const transaction = async <T>(work: (session: SqlSession) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(sessionOn(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const clock: ChangeClock = { version: 0 };
  trackPool(pool, clock);
  const changes = createChangeListener(url, clock);
  return {
    kind: 'postgres',
    db: drizzlePg({ client: pool, schema }),
    ...sessionOn(pool),
    transaction,
    withSession: async (work) => {
      const client = await pool.connect();
      try {
        return await work(sessionOn(client));
      } finally {
        client.release();
      }
    },
    changeVersion: () => changes.version(),
    close: async () => {
      await changes.close();
      await pool.end();
    },
  };
}
