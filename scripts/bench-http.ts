import { Agent, get, request as httpRequest } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  runKairos,
  startKairos,
  type KairosServer,
} from '../apps/server/src/testing/kairos-process';

export interface BenchServer extends KairosServer {
  rssMb(): number;
}

/** Runs a CLI command to completion and returns its stdout. */
export async function cli(env: NodeJS.ProcessEnv, args: string[]): Promise<string> {
  const { code, stdout, stderr } = await runKairos(env, args);
  if (code !== 0) throw new Error(`kairos ${args.join(' ')}: ${code}\n${stderr}`);
  return stdout;
}

/** A fresh environment: a new embedded data dir, or the DATABASE_URL given. */
export function benchEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    KAIROS_DATA_DIR: join(mkdtempSync(join(tmpdir(), 'kairos-bench-')), 'data'),
    KAIROS_RATE_LIMITS: 'off',
    LOG_LEVEL: 'warn',
  };
}

/** Starts `kairos start` as its own process, the way it runs in production. */
export async function startBenchServer(env: NodeJS.ProcessEnv): Promise<BenchServer> {
  const server = await startKairos(env);
  return {
    ...server,
    rssMb: () => {
      const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One GET over a kept-alive connection (node:http: far less client CPU than fetch). */
export function httpGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ ok: boolean; status: number }> {
  return new Promise((resolve, reject) => {
    get(url, { agent, headers }, (response) => {
      response.resume();
      response.on('end', () =>
        resolve({ ok: response.statusCode === 200, status: response.statusCode ?? 0 }),
      );
    }).on('error', reject);
  });
}

/** One POST of a JSON body over a kept-alive connection. */
export function httpPost(url: string, body: unknown): Promise<{ ok: boolean; status: number }> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
      },
      (response) => {
        response.resume();
        response.on('end', () =>
          resolve({ ok: (response.statusCode ?? 0) < 300, status: response.statusCode ?? 0 }),
        );
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** Sends `total` requests from `concurrency` clients; returns latency percentiles in ms. */
export async function measure(
  request: () => Promise<{ ok: boolean; status: number }>,
  total: number,
  concurrency: number,
): Promise<{ p50: number; p95: number; rps: number }> {
  for (let i = 0; i < 50; i++) await request();
  const latencies: number[] = [];
  let issued = 0;
  const started = performance.now();
  const client = async () => {
    while (issued++ < total) {
      const t0 = performance.now();
      const response = await request();
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    rps: total / seconds,
  };
}
