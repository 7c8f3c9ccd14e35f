import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const sourceDir = fileURLToPath(new URL('../src/', import.meta.url));

async function readVersion(): Promise<string> {
  const manifest = JSON.parse(
    await readFile(new URL('../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  return manifest.version;
}

/** A short hash of the sources: `Cal.fingerprint`, and the script's ETag. */
async function fingerprintSources(): Promise<string> {
  const hash = createHash('sha256');
  for (const name of (await readdir(sourceDir)).sort()) {
    hash.update(name).update(await readFile(sourceDir + name));
  }
  return hash.digest('hex').slice(0, 12);
}

export interface EmbedScript {
  code: string;
  version: string;
  fingerprint: string;
}

/**
 * Bundles embed.js into one minified IIFE (no runtime dependencies) in memory, from the
 * TypeScript sources; takes about 50 ms, so the server builds it on first request.
 */
export async function buildEmbedScript(): Promise<EmbedScript> {
  const [version, fingerprint] = await Promise.all([readVersion(), fingerprintSources()]);
  const result = await build({
    entryPoints: [sourceDir + 'index.ts'],
    bundle: true,
    format: 'iife',
    minify: true,
    target: ['es2020'],
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    banner: { js: `/* Kairos embed.js ${version} (${fingerprint}), MIT */` },
    define: {
      __EMBED_VERSION__: JSON.stringify(version),
      __EMBED_FINGERPRINT__: JSON.stringify(fingerprint),
    },
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output for embed.js');
  return { code: output.text, version, fingerprint };
}
