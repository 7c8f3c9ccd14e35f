import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb } from '../create-db';
import type { Database } from '../database';
import { withDatabase } from './template';

/**
 * A fresh, migrated database for one test file, in whichever mode the run uses
 * (PGlite by default, PostgreSQL when DATABASE_URL is set). close() throws it away.
 */
export async function openTestDatabase(): Promise<Database> {
  const template = inject('kairosTemplate');
  if (template.kind === 'embedded') {
    const image = new Blob([readFileSync(template.path)], { type: 'application/x-tar' });
    return createDb({ loadDataDir: image });
  }
  const name = `${template.prefix}_${randomBytes(4).toString('hex')}`;
  await onAdmin(template.adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template.templateDb}"`);
  const database = await createDb({
    databaseUrl: withDatabase(template.adminUrl, name),
    poolSize: 5,
  });
  return {
    ...database,
    close: async () => {
      await database.close();
      await onAdmin(template.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** A URL of an empty database on the run's PostgreSQL server, or undefined in embedded mode. */
export async function createEmptyPostgresDatabase(): Promise<
  { url: string; drop: () => Promise<void> } | undefined
> {
  const template = inject('kairosTemplate');
  if (template.kind !== 'postgres') return undefined;
  const name = `${template.prefix}_${randomBytes(4).toString('hex')}`;
  await onAdmin(template.adminUrl, `CREATE DATABASE "${name}"`);
  return {
    url: withDatabase(template.adminUrl, name),
    drop: () => onAdmin(template.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function onAdmin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
