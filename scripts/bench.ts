import {
  benchEnv,
  cli,
  httpGet,
  httpPost,
  measure,
  startBenchServer,
  type BenchServer,
} from './bench-http';
import { runEngineBench } from './bench-engine';
import { seedSlotBench, type SlotBenchSeed } from './bench-seed';

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
const line = (kind: string, label: string, figures: string) =>
  console.log(`${kind.padEnd(8)}${label.padEnd(62)}${figures}`);
const latency = (r: { p50: number; p95: number; rps: number }, unit = 'req/s') =>
  `p50 ${fmt(r.p50)}  p95 ${fmt(r.p95)}  ${r.rps.toFixed(0)} ${unit}`;

/** A user and key made through the CLI, as a newcomer would. */
async function benchUser(env: NodeJS.ProcessEnv): Promise<string> {
  const email = `bench-${Date.now().toString(36)}@example.com`;
  const username = email.split('@')[0]!;
  await cli(env, ['user', 'create', '--email', email, '--username', username, '--name', 'Bench']);
  return (await cli(env, ['api-key', 'create', '--email', email])).trim().split('\n').at(-1)!;
}

async function benchReads(server: BenchServer, seed: SlotBenchSeed, key: string): Promise<void> {
  const me = await measure(
    () => httpGet(`${server.url}/v2/me`, { authorization: `Bearer ${key}` }),
    4000,
    8,
  );
  line('http', 'GET /v2/me, 8 concurrent clients', latency(me));
  for (const [name, id] of [
    ['40 bookings', seed.plainEventTypeId],
    ['40 bookings + 10 overrides', seed.overriddenEventTypeId],
  ] as const) {
    const query = `eventTypeId=${id}&start=${seed.window.start}&end=${seed.window.end}&timeZone=America/New_York`;
    const result = await measure(() => httpGet(`${server.url}/v2/slots?${query}`), 2000, 8);
    line('http', `GET /v2/slots month, ${name}, 8 clients`, latency(result));
  }
}

/** Bookings on distinct half-hour starts from a week ahead, so that no two contend. */
async function benchBookings(server: BenchServer, seed: SlotBenchSeed): Promise<void> {
  const firstStart = Math.ceil((Date.now() + 7 * 86_400_000) / 86_400_000) * 86_400_000;
  let next = 0;
  const bookNext = () => {
    const n = next++;
    return httpPost(`${server.url}/v2/bookings`, {
      eventTypeId: seed.bookingEventTypeId,
      start: new Date(firstStart + n * 1_800_000).toISOString(),
      attendee: { name: 'Bench', email: `b${n}@example.com`, timeZone: 'UTC' },
    });
  };
  line(
    'http',
    'POST /v2/bookings, one client',
    latency(await measure(bookNext, 300, 1), 'bookings/s'),
  );
  line(
    'http',
    'POST /v2/bookings, 32 clients, distinct starts',
    latency(await measure(bookNext, 2000, 32), 'bookings/s'),
  );
}

async function main(): Promise<void> {
  const mode = process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite';
  console.log(`Kairos benchmarks (${mode}, Node ${process.version})\n`);
  for (const row of runEngineBench())
    line('engine', row.name, `mean ${fmt(row.meanMs)}  p95 ${fmt(row.p95Ms)}`);

  const env = benchEnv();
  const key = await benchUser(env);
  const seed = await seedSlotBench(env);
  const server = await startBenchServer(env);
  try {
    await new Promise((r) => setTimeout(r, 2000));
    console.log();
    line('server', 'idle RSS after start', `${server.rssMb().toFixed(1)} MB`);
    await benchReads(server, seed, key);
    await benchBookings(server, seed);
    line('server', 'RSS after load', `${server.rssMb().toFixed(1)} MB`);
  } finally {
    await server.stop();
  }
  await (await import('./bench-team')).runTeamBench(line, latency);
  await (await import('./bench-webhooks')).runWebhookBench(line);
  await (await import('./measure-booker')).measureBooker();
}

await main();
