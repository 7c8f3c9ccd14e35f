import { benchEnv, cli, httpGet, measure, startBenchServer } from './bench-http';
import { runEngineBench } from './bench-engine';
import { seedSlotBench } from './bench-seed';

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

async function main(): Promise<void> {
  const mode = process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite';
  console.log(`Kairos benchmarks (${mode}, Node ${process.version})\n`);

  for (const row of runEngineBench()) {
    console.log(`engine  ${row.name.padEnd(44)} mean ${fmt(row.meanMs)}  p95 ${fmt(row.p95Ms)}`);
  }

  const env = benchEnv();
  const tag = Date.now().toString(36);
  await cli(env, [
    'user',
    'create',
    '--email',
    `bench-${tag}@example.com`,
    '--username',
    `bench-${tag}`,
    '--name',
    'Bench',
    '--time-zone',
    'America/New_York',
  ]);
  const key = (await cli(env, ['api-key', 'create', '--email', `bench-${tag}@example.com`]))
    .trim()
    .split('\n')
    .at(-1)!;
  const seed = await seedSlotBench(env);
  const server = await startBenchServer(env);
  try {
    await new Promise((r) => setTimeout(r, 2000));
    console.log(
      `\nserver  idle RSS after start                       ${server.rssMb().toFixed(1)} MB`,
    );
    const headers = { authorization: `Bearer ${key}` };
    const me = await measure(() => httpGet(`${server.url}/v2/me`, headers), 4000, 8);
    console.log(
      `http    GET /v2/me, 8 concurrent clients            p50 ${fmt(me.p50)}  p95 ${fmt(me.p95)}  ${me.rps.toFixed(0)} req/s`,
    );
    for (const [name, id] of [
      ['one host, one month, 40 bookings', seed.plainEventTypeId],
      ['one host, one month, 10 overrides', seed.overriddenEventTypeId],
    ] as const) {
      const url = `${server.url}/v2/slots?eventTypeId=${id}&start=${seed.window.start}&end=${seed.window.end}&timeZone=America/New_York`;
      const result = await measure(() => httpGet(url), 2000, 8);
      console.log(
        `http    GET /v2/slots ${name.padEnd(34)} p50 ${fmt(result.p50)}  p95 ${fmt(result.p95)}  ${result.rps.toFixed(0)} req/s`,
      );
    }
    console.log(
      `server  RSS after load                              ${server.rssMb().toFixed(1)} MB`,
    );
  } finally {
    await server.stop();
  }
}

await main();
