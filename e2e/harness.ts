/**
 * Browser-test harness: a real Kairos process, seeded users, and Debian's Chromium.
 *
 * Stable API (e2e/booker, e2e/embed and e2e/dashboard use it; extend it, don't change it):
 *
 *   import { startHarness, type Harness } from '../harness';
 *
 *   let h: Harness;
 *   beforeAll(async () => {
 *     h = await startHarness();                       // ada (Europe/London) with an API key
 *   });
 *   afterAll(() => h?.stop());
 *
 *   const eventType = await h.createEventType({ title: 'Intro', slug: 'intro', lengthInMinutes: 30 });
 *   const page = await h.newPage({ timezoneId: 'America/New_York' });
 *   await page.goto(`${h.url}/${h.user.username}/intro`);
 *
 * - `startHarness(options?)` builds apps/web when stale (scripts/build-web-if-stale.mjs), seeds
 *   the users into a fresh database BEFORE the server starts (the embedded database belongs to
 *   one process), starts `kairos start` on a free loopback port and launches Chromium.
 *   Embedded PGlite by default, in a temp data dir copied from a migrated template (cached in
 *   the OS temp dir per set of migrations); with DATABASE_URL set, a fresh PostgreSQL database
 *   per harness instead, dropped by stop().
 * - `options.users`: people to seed (default: one, ada). Each gets a password and a live API
 *   key. `options.env`: extra environment for the server (e.g. KAIROS_PUBLIC_URL).
 *   `options.browser: false` skips Chromium (API-only setup).
 * - `h.url`: the server's origin (http://127.0.0.1:PORT). `h.users` / `h.user` (the first).
 * - `h.api(path, {method, body, key, headers})`: fetch against the server with `key` (default:
 *   the first user's API key; `key: null` sends none). Returns {status, body, headers}; never
 *   throws on a 4xx/5xx.
 * - `h.createEventType(body, user?)`: POST /v2/event-types as that user; throws unless 201.
 * - `h.newPage(contextOptions?)`: a page in a new browser context (own cookies/storage);
 *   contexts are closed by stop(). `h.browser` for anything else.
 * - `h.serveHostPage(html | {path: html})`: serves HTML from another origin
 *   (http://localhost:PORT, a different origin from h.url) for embed tests; closed by stop().
 * - `h.stop()`: closes pages, Chromium, host pages and the server, and removes the data.
 *
 * Chromium: /usr/bin/chromium (`apt-get install -y --no-install-recommends chromium`), or
 * CHROMIUM_PATH. Every test talks to 127.0.0.1/localhost only. KAIROS_E2E_SKIP_BUILD=1 serves
 * apps/web/dist as it is, without the staleness check.
 */
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- test tooling: response bodies are whatever the test expects */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, migrate, type Database } from '@kairos/db';
import pg from 'pg';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { createApiKey } from '../apps/server/src/api-keys/create-api-key';
import {
  freePort,
  startKairos,
  type KairosServer,
} from '../apps/server/src/testing/kairos-process';
import { createUser } from '../apps/server/src/users/create-user';

export interface SeedUser {
  username: string;
  email?: string;
  name?: string;
  timeZone?: string;
  password?: string;
}

export interface SeededUser {
  id: number;
  username: string;
  email: string;
  name: string;
  timeZone: string;
  password: string;
  /** A live API key of this user (cal_live_...). */
  apiKey: string;
}

export interface HarnessOptions {
  users?: SeedUser[];
  env?: Record<string, string>;
  /** false: no Chromium (h.browser and h.newPage throw). */
  browser?: boolean;
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface ApiOptions {
  method?: string;
  body?: unknown;
  /** Bearer key; default the first user's, null for none. */
  key?: string | null;
  headers?: Record<string, string>;
}

export interface HostPage {
  url: string;
  close(): Promise<void>;
}

export interface Harness {
  url: string;
  users: SeededUser[];
  user: SeededUser;
  browser: Browser;
  api<T = any>(path: string, options?: ApiOptions): Promise<ApiResponse<T>>;
  createEventType<T = any>(body: Record<string, unknown>, user?: SeededUser): Promise<T>;
  newPage(options?: BrowserContextOptions): Promise<Page>;
  serveHostPage(pages: string | Record<string, string>): Promise<HostPage>;
  stop(): Promise<void>;
}

/** The flags Debian's Chromium runs with here: headless, no sandbox (root), no traffic out. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const defaultPassword = 'correct-horse-battery';

export const defaultUsers: SeedUser[] = [
  { username: 'ada', name: 'Ada Lovelace', email: 'ada@example.com', timeZone: 'Europe/London' },
];

/**
 * Builds apps/web when apps/web/dist is missing or older than its sources
 * (KAIROS_E2E_SKIP_BUILD=1: use apps/web/dist as it is).
 */
export function ensureWebBuilt(): void {
  if (process.env.KAIROS_E2E_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, [join(repoRoot, 'scripts/build-web-if-stale.mjs')], {
    stdio: 'inherit',
  });
}

/** Chromium with the flags above. */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `${executablePath} is missing: apt-get install -y --no-install-recommends chromium`,
    );
  }
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

/** A migrated embedded data dir, made once per set of migrations and copied per harness. */
async function templateDataDir(): Promise<string> {
  const migrationsDir = join(repoRoot, 'packages/db/migrations');
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    hash.update(file).update(readFileSync(join(migrationsDir, file)));
  }
  const dir = join(tmpdir(), `kairos-e2e-template-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(join(dir, 'PG_VERSION'))) return dir;
  const building = `${dir}.building-${process.pid}`;
  const database = await createDb({ dataDir: building });
  await migrate(database);
  await database.close();
  rmSync(join(building, 'kairos.pid'), { force: true });
  try {
    renameSync(building, dir);
  } catch {
    // Another process made it first.
    rmSync(building, { recursive: true, force: true });
  }
  return dir;
}

interface Storage {
  env: Record<string, string>;
  open(): Promise<Database>;
  remove(): Promise<void>;
}

async function embeddedStorage(): Promise<Storage> {
  const root = mkdtempSync(join(tmpdir(), 'kairos-e2e-'));
  const dataDir = join(root, 'data');
  cpSync(await templateDataDir(), dataDir, { recursive: true });
  return {
    env: { KAIROS_DATA_DIR: dataDir },
    open: () => createDb({ dataDir }),
    remove: async () => rmSync(root, { recursive: true, force: true }),
  };
}

async function postgresStorage(adminUrl: string): Promise<Storage> {
  const name = `kairos_e2e_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    env: { DATABASE_URL: databaseUrl },
    open: async () => {
      const database = await createDb({ databaseUrl, poolSize: 2 });
      await migrate(database);
      return database;
    },
    remove: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

async function seed(database: Database, users: SeedUser[]): Promise<SeededUser[]> {
  const seeded: SeededUser[] = [];
  for (const user of users) {
    const password = user.password ?? defaultPassword;
    const row = await createUser(database.db, {
      email: user.email ?? `${user.username}@example.com`,
      username: user.username,
      name: user.name ?? user.username,
      timeZone: user.timeZone ?? 'UTC',
      password,
    });
    const { key } = await createApiKey(database.db, { userId: row.id, isTest: false, note: 'e2e' });
    seeded.push({
      id: row.id,
      username: row.username,
      email: row.email,
      name: row.name,
      timeZone: row.timeZone,
      password,
      apiKey: key,
    });
  }
  return seeded;
}

function startHostServer(pages: string | Record<string, string>): Promise<HostPage> {
  const byPath = typeof pages === 'string' ? { '/': pages } : pages;
  return new Promise((resolve) => {
    const server: Server = createServer((request, response) => {
      const html = byPath[(request.url ?? '/').split('?')[0]!];
      response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html' });
      response.end(html ?? 'not found');
    });
    void freePort().then((port) =>
      server.listen(port, '127.0.0.1', () =>
        resolve({
          // "localhost" is another origin than the server's 127.0.0.1.
          url: `http://localhost:${port}`,
          close: () => new Promise<void>((done) => server.close(() => done())),
        }),
      ),
    );
  });
}

/** Starts everything; see the header of this file. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  ensureWebBuilt();
  const adminUrl = process.env.DATABASE_URL;
  const storage = adminUrl ? await postgresStorage(adminUrl) : await embeddedStorage();
  const database = await storage.open();
  let users: SeededUser[];
  try {
    users = await seed(database, options.users ?? defaultUsers);
  } finally {
    await database.close();
  }
  const server: KairosServer = await startKairos({
    ...process.env,
    KAIROS_RATE_LIMITS: 'off',
    LOG_LEVEL: 'warn',
    ...storage.env,
    ...options.env,
  });
  const browser =
    options.browser === false
      ? null
      : await launchChromium().catch(async (e) => {
          await server.stop();
          throw e;
        });
  const contexts: BrowserContext[] = [];
  const hosts: HostPage[] = [];
  const first = users[0]!;

  const api = async <T>(path: string, { method = 'GET', body, key, headers }: ApiOptions = {}) => {
    const bearer = key === undefined ? first.apiKey : key;
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: the text as it is
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  };

  return {
    url: server.url,
    users,
    user: first,
    get browser(): Browser {
      if (!browser) throw new Error('started with browser: false');
      return browser;
    },
    api,
    async createEventType(body, user = first) {
      const response = await api<{ data: any }>('/v2/event-types', {
        method: 'POST',
        body,
        key: user.apiKey,
      });
      if (response.status !== 201) {
        throw new Error(
          `POST /v2/event-types: ${response.status} ${JSON.stringify(response.body)}`,
        );
      }
      return response.body.data;
    },
    async newPage(contextOptions = {}) {
      if (!browser) throw new Error('started with browser: false');
      const context = await browser.newContext(contextOptions);
      contexts.push(context);
      return context.newPage();
    },
    async serveHostPage(pages) {
      const host = await startHostServer(pages);
      hosts.push(host);
      return host;
    },
    async stop() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser?.close().catch(() => undefined);
      for (const host of hosts) await host.close();
      await server.stop();
      await storage.remove();
    },
  };
}
