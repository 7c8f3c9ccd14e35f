import { createEmptyPostgresDatabase } from '@kairos/db/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKairos, startKairos, type KairosServer } from '../testing/kairos-process';

let env: NodeJS.ProcessEnv;
let drop: (() => Promise<void>) | undefined;
let server: KairosServer | undefined;

const run = (args: string[]) => runKairos(env, args);

beforeAll(async () => {
  const postgres = await createEmptyPostgresDatabase();
  drop = postgres?.drop;
  const { DATABASE_URL: _url, REDIS_URL: _redis, ...rest } = process.env;
  env = {
    ...rest,
    KAIROS_DATA_DIR: join(mkdtempSync(join(tmpdir(), 'kairos-cli-')), 'data'),
    LOG_LEVEL: 'warn',
    ...(postgres ? { DATABASE_URL: postgres.url } : {}),
  };
});

afterAll(async () => {
  server?.child.kill('SIGKILL');
  await drop?.();
});

describe('the kairos CLI', () => {
  it('creates a user, issues a key, serves GET /v2/me with it and stops cleanly on SIGTERM', async () => {
    const user = await run([
      'user',
      'create',
      '--email',
      'ada@example.com',
      '--username',
      'ada',
      '--name',
      'Ada',
      '--time-zone',
      'Europe/London',
    ]);
    expect(user.stderr).not.toMatch(/Error/);
    expect(user.code).toBe(0);
    expect(JSON.parse(user.stdout)).toMatchObject({
      email: 'ada@example.com',
      username: 'ada',
      timeZone: 'Europe/London',
    });

    const issued = await run([
      'api-key',
      'create',
      '--email',
      'ada@example.com',
      '--note',
      'laptop',
    ]);
    expect(issued.code).toBe(0);
    const key = issued.stdout.trim().split('\n').at(-1)!;
    expect(key).toMatch(/^cal_live_[0-9a-f]{32}$/);

    server = await startKairos(env);
    const { url } = server;
    const me = await fetch(`${url}/v2/me`, { headers: { authorization: `Bearer ${key}` } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { data: { email: string } }).data.email).toBe('ada@example.com');
    const anonymous = await fetch(`${url}/v2/me`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe(
      'UNAUTHORIZED',
    );

    if (!env.DATABASE_URL) {
      const blocked = await run(['api-key', 'create', '--email', 'ada@example.com']);
      expect(blocked.code).toBe(3);
      expect(blocked.stderr).toMatch(/is in use by another Kairos process/);
    }

    expect(await server.stop()).toBe(0);
    server = undefined;

    const migrated = await run(['migrate']);
    expect(migrated.code).toBe(0);
    expect(migrated.stdout.trim()).toBe('Database is up to date');
  }, 240_000);

  it('explains usage errors and refuses duplicates with a non-zero exit', async () => {
    const missing = await run(['user', 'create', '--email', 'x@example.com']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--username is required');
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    const duplicate = await run([
      'user',
      'create',
      '--email',
      'ADA@example.com',
      '--username',
      'ada2',
      '--name',
      'Ada',
    ]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('CONFLICT: A user with this email already exists');
  }, 180_000);
});
