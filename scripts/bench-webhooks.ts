import { createDb, migrate } from '@kairos/db';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiKey } from '../apps/server/src/api-keys/create-api-key';
import { insertEventType, insertSchedule } from '../apps/server/src/testing/scheduling-factories';
import { createUser } from '../apps/server/src/users/create-user';
import { benchEnv, startBenchServer } from './bench-http';

type Line = (kind: string, label: string, figures: string) => void;

const SEQUENTIAL = 200;
const BURST = 100;

/** A host open around the clock with a key, written before the server starts. */
async function seed(env: NodeJS.ProcessEnv) {
  const database = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.KAIROS_DATA_DIR });
  try {
    await migrate(database);
    const tag = Date.now().toString(36);
    const user = await createUser(database.db, {
      email: `hooks-${tag}@example.com`,
      username: `hooks-${tag}`,
      name: 'Webhook bench',
      timeZone: 'UTC',
    });
    const schedule = await insertSchedule(database.db, user.id, {
      timeZone: 'UTC',
      availability: [{ days: [0, 1, 2, 3, 4, 5, 6], startTime: '00:00', endTime: '23:59' }],
    });
    const eventType = await insertEventType(database.db, user.id, { scheduleId: schedule.id });
    const { key } = await createApiKey(database.db, { userId: user.id, isTest: false });
    return { key, eventTypeId: eventType.id };
  } finally {
    await database.close();
  }
}

/** Records when each booking's first POST arrives. */
async function startReceiver(): Promise<{
  url: string;
  arrivals: Map<string, number>;
  server: Server;
}> {
  const arrivals = new Map<string, number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const at = performance.now();
      const uid = (JSON.parse(Buffer.concat(chunks).toString()) as { payload: { uid: string } })
        .payload.uid;
      if (!arrivals.has(uid)) arrivals.set(uid, at);
      res.writeHead(200).end('OK');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    arrivals,
    server,
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/**
 * Commit-to-first-POST latency: from a booking's 201 (its transaction has committed) to the
 * arrival of its BOOKING_CREATED webhook at a receiver on 127.0.0.1, through a `kairos start`
 * process (relay, pg-boss, signing, HTTP).
 */
export async function runWebhookBench(line: Line): Promise<void> {
  const env = { ...benchEnv(), KAIROS_WEBHOOK_ALLOW_PRIVATE_URLS: 'true' };
  const { key, eventTypeId } = await seed(env);
  const receiver = await startReceiver();
  const server = await startBenchServer(env);
  try {
    const hook = await fetch(`${server.url}/v2/webhooks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ subscriberUrl: receiver.url, triggers: ['BOOKING_CREATED'] }),
    });
    if (hook.status !== 201) throw new Error(`webhook: HTTP ${hook.status}`);
    const firstStart = Math.ceil((Date.now() + 7 * 86_400_000) / 86_400_000) * 86_400_000;
    let next = 0;
    const committed = new Map<string, number>();
    const book = async () => {
      const n = next++;
      const response = await fetch(`${server.url}/v2/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          eventTypeId,
          start: new Date(firstStart + n * 1_800_000).toISOString(),
          attendee: { name: 'Bench', email: `w${n}@example.com`, timeZone: 'UTC' },
        }),
      });
      const at = performance.now();
      if (response.status !== 201) throw new Error(`booking: HTTP ${response.status}`);
      committed.set(((await response.json()) as { data: { uid: string } }).data.uid, at);
    };
    const settle = async (count: number) => {
      const deadline = Date.now() + 120_000;
      while (receiver.arrivals.size < count && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const report = (label: string, uids: string[]) => {
      const latencies = uids
        .map((uid) => (receiver.arrivals.get(uid) ?? Number.NaN) - committed.get(uid)!)
        .sort((a, b) => a - b);
      const lost = latencies.filter(Number.isNaN).length;
      line(
        'webhook',
        label,
        `p50 ${percentile(latencies, 0.5).toFixed(1)} ms  p95 ${percentile(latencies, 0.95).toFixed(1)} ms${lost ? `  ${lost} missing` : ''}`,
      );
    };
    for (let i = 0; i < 20; i++) await book();
    await settle(20);
    const warm = new Set(committed.keys());
    for (let i = 0; i < SEQUENTIAL; i++) {
      await book();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await settle(warm.size + SEQUENTIAL);
    const sequential = [...committed.keys()].filter((uid) => !warm.has(uid));
    report(`commit -> first POST, ${SEQUENTIAL} bookings one by one`, sequential);
    const before = new Set(committed.keys());
    await Promise.all(Array.from({ length: BURST }, book));
    await settle(before.size + BURST);
    report(
      `commit -> first POST, burst of ${BURST} concurrent bookings`,
      [...committed.keys()].filter((uid) => !before.has(uid)),
    );
  } finally {
    await server.stop();
    receiver.server.close();
  }
}
