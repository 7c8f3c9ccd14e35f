import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database, SqlSession } from './database';

const migrationsDir = fileURLToPath(new URL('../migrations/', import.meta.url));
/** Any constant works; it only has to be the same in every Kairos process. */
const MIGRATION_LOCK_KEY = 4_242_001;

export interface MigrationResult {
  applied: string[];
}

/** The migration files in order: forward-only SQL, one transaction each. */
export function listMigrations(): Array<{ name: string; sql: string }> {
  return readdirSync(migrationsDir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.sql$/, ''),
      sql: readFileSync(migrationsDir + file, 'utf8'),
    }));
}

/**
 * Applies pending migrations. A session-level advisory lock makes a second process that
 * starts at the same time wait, then find nothing left to do.
 */
export async function migrate(database: Database): Promise<MigrationResult> {
  return database.withSession(async (session) => {
    await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await applyPending(session);
    } finally {
      await session.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  });
}

async function applyPending(session: SqlSession): Promise<MigrationResult> {
  await session.exec(
    `CREATE TABLE IF NOT EXISTS kairos_migrations (
       name text PRIMARY KEY,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
  );
  const done = new Set(
    (await session.query<{ name: string }>('SELECT name FROM kairos_migrations')).map(
      (r) => r.name,
    ),
  );
  const applied: string[] = [];
  for (const migration of listMigrations()) {
    if (done.has(migration.name)) continue;
    await session.exec('BEGIN');
    try {
      await session.exec(migration.sql);
      await session.query('INSERT INTO kairos_migrations (name) VALUES ($1)', [migration.name]);
      await session.exec('COMMIT');
    } catch (error) {
      await session.exec('ROLLBACK');
      throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
    applied.push(migration.name);
  }
  return { applied };
}
