import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

interface EmbedScript {
  code: string;
  version: string;
  fingerprint: string;
}

/** embed.js as served: the code, its gzip encoding and an ETag naming the build. */
export interface ServedScript {
  code: string;
  gzipped: Buffer;
  etag: string;
}

let pending: Promise<ServedScript> | null = null;

async function build(): Promise<ServedScript> {
  // Loaded at run time from packages/embed (its own TypeScript project), bundled by esbuild in
  // memory: nothing to build before `npm start`, nothing stale on disk.
  const modulePath = createRequire(import.meta.url).resolve('@kairos/embed/build');
  const { buildEmbedScript } = (await import(pathToFileURL(modulePath).href)) as {
    buildEmbedScript: () => Promise<EmbedScript>;
  };
  const script = await buildEmbedScript();
  return {
    code: script.code,
    gzipped: gzipSync(script.code, { level: 9 }),
    etag: `"${script.version}-${script.fingerprint}"`,
  };
}

/** Builds embed.js once per process (about 50 ms, on first request); a failure is retried. */
export function loadEmbedScript(): Promise<ServedScript> {
  pending ??= build().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
