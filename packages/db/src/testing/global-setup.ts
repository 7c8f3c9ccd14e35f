import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb } from '../create-db';
import { migrate } from '../migrate';
import { withDatabase, type TestTemplate } from './template';

/**
 * Migrates one template database per run; each test file then clones it (PGlite: a data-dir
 * image, ~0.6 s; PostgreSQL: CREATE DATABASE ... TEMPLATE) instead of migrating again.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.DATABASE_URL;
  if (url) return setupPostgres(project, url);
  const dir = mkdtempSync(join(tmpdir(), 'kairos-test-'));
  const database = await createDb({ memory: true });
  await migrate(database);
  const image = await database.dumpImage!();
  await database.close();
  const path = join(dir, 'template.tar');
  writeFileSync(path, Buffer.from(await image.arrayBuffer()));
  project.provide('kairosTemplate', { kind: 'embedded', path } satisfies TestTemplate);
  return () => {
    rmSync(dir, { recursive: true, force: true });
    return Promise.resolve();
  };
}

async function setupPostgres(project: TestProject, url: string): Promise<() => Promise<void>> {
  const base = new URL(url).pathname.slice(1) || 'postgres';
  const prefix = `${base}_t${process.pid}`;
  const templateDb = `${prefix}_template`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${templateDb}"`);
  await admin.query(`CREATE DATABASE "${templateDb}"`);
  const database = await createDb({ databaseUrl: withDatabase(url, templateDb), poolSize: 1 });
  await migrate(database);
  await database.close();
  project.provide('kairosTemplate', { kind: 'postgres', adminUrl: url, templateDb, prefix });
  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows)
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
  };
}
