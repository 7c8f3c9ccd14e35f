import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The `kairos` command as users run it (`npx kairos`). */
export const kairosBin = fileURLToPath(new URL('../../../../bin/kairos.mjs', import.meta.url));

/** Runs one `kairos` command to its end. */
export function runKairos(
  env: NodeJS.ProcessEnv,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [kairosBin, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A loopback port nobody listens on right now. */
export const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

export interface KairosServer {
  url: string;
  child: ChildProcess;
  /** SIGTERM, resolving with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * How long a start may take: seconds on a quiet machine, but the whole suite in parallel on two
 * cores has made four starts at once take over 30 s.
 */
const START_TIMEOUT_MS = 120_000;

/** Starts `kairos start` as its own process and waits until /health answers. */
export async function startKairos(
  env: NodeJS.ProcessEnv,
  args: string[] = [],
): Promise<KairosServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [kairosBin, 'start', '--port', String(port), ...args], {
    env,
    stdio: 'ignore',
  });
  let hasExited = false;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      hasExited = true;
      resolve(code);
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline && !hasExited) {
    try {
      if ((await fetch(`${url}/health`)).ok) {
        return { url, child, stop: () => (child.kill('SIGTERM'), exited) };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(
    hasExited
      ? `kairos start exited with ${String(await exited)} before /health answered`
      : `kairos start did not become healthy within ${START_TIMEOUT_MS / 1000} s`,
  );
}
