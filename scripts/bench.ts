import { benchEnv, cli, measure, startBenchServer } from './bench-http';
import { runEngineBench } from './bench-engine';

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

async function main(): Promise<void> {
  const mode = process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite';
  console.log(`Kairos benchmarks (${mode}, Node ${process.version})\n`);

  for (const row of runEngineBench()) {
    console.log(`engine  ${row.name.padEnd(44)} mean ${fmt(row.meanMs)}  p95 ${fmt(row.p95Ms)}`);
  }

  const env = benchEnv();
  const tag = Date.now().toString(36);
  await cli(env, ['user', 'create', '--email', `bench-${tag}@example.com`, '--username', `bench-${tag}`, '--name', 'Bench', '--time-zone', 'America/New_York']);
  const key = (await cli(env, ['api-key', 'create', '--email', `bench-${tag}@example.com`])).trim().split('\n').at(-1)!;
  const server = await startBenchServer(env);
  try {
    await new Promise((r) => setTimeout(r, 2000));
    console.log(`\nserver  idle RSS after start                       ${server.rssMb().toFixed(1)} MB`);
    const headers = { authorization: `Bearer ${key}` };
    const me = await measure(() => fetch(`${server.url}/v2/me`, { headers }), 4000, 8);
    console.log(`http    GET /v2/me, 8 concurrent clients            p50 ${fmt(me.p50)}  p95 ${fmt(me.p95)}  ${me.rps.toFixed(0)} req/s`);
    console.log(`server  RSS after load                              ${server.rssMb().toFixed(1)} MB`);
  } finally {
    await server.stop();
  }
}

await main();
