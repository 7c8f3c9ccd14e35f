import { mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { buildEmbedScript } from './build-embed-script';

const script = await buildEmbedScript();
const outDir = new URL('../dist/', import.meta.url);
await mkdir(outDir, { recursive: true });
await writeFile(new URL('embed.js', outDir), script.code);
const gzipped = gzipSync(script.code, { level: 9 }).length;
console.log(
  `dist/embed.js ${script.version} (${script.fingerprint}): ${script.code.length} bytes, ${gzipped} bytes gzipped`,
);
