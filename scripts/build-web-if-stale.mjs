#!/usr/bin/env node
// Builds apps/web (vite build) when apps/web/dist is missing or older than its sources, so that
// `npm start` and `npm run test:e2e` serve the current pages on a fresh clone without a build
// step of their own. Nothing about the deployment is baked in: the pages use relative URLs.
//
// The build goes to a temporary directory that then replaces dist, under a lock directory, so a
// running server or a second build at the same moment never sees a half-written dist.
/* global console, process, setTimeout, URL */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('../apps/web/', import.meta.url));
const distDir = join(webDir, 'dist');
const lockDir = join(webDir, 'dist.lock');
const builtMarker = join(distDir, 'index.html');
const LOCK_STALE_MS = 5 * 60_000;

/** Newest modification time under the inputs of the build. */
function newestSourceMs() {
  let newest = 0;
  const visit = (path) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const input of ['src', 'index.html', 'vite.config.ts', 'package.json']) {
    const path = join(webDir, input);
    if (existsSync(path)) visit(path);
  }
  return newest;
}

const isFresh = () => existsSync(builtMarker) && statSync(builtMarker).mtimeMs >= newestSourceMs();

function viteBin() {
  try {
    const require = createRequire(join(webDir, 'package.json'));
    return join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  } catch {
    return null;
  }
}

async function withLock(work) {
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (Date.now() - statSync(lockDir).mtimeMs > LOCK_STALE_MS)
        rmSync(lockDir, { force: true, recursive: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return work();
  } finally {
    rmSync(lockDir, { force: true, recursive: true });
  }
}

function build() {
  if (isFresh()) return 0;
  const bin = viteBin();
  if (!bin) {
    console.error('kairos: apps/web needs a build but vite is not installed (npm install).');
    return existsSync(builtMarker) ? 0 : 1;
  }
  const tmp = `${distDir}.tmp-${process.pid}`;
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [bin, 'build', '--logLevel', 'warn', '--outDir', tmp, '--emptyOutDir'],
    // NODE_ENV from a test runner (vitest sets "test") would make Vite bundle React's
    // development build: three times the size and slower.
    { cwd: webDir, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) {
    rmSync(tmp, { force: true, recursive: true });
    return result.status ?? 1;
  }
  const old = `${distDir}.old-${process.pid}`;
  if (existsSync(distDir)) renameSync(distDir, old);
  renameSync(tmp, distDir);
  rmSync(old, { force: true, recursive: true });
  console.error(`kairos: built apps/web in ${Date.now() - started} ms`);
  return 0;
}

process.exitCode = isFresh() ? 0 : await withLock(build);
