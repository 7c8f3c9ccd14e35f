type Json = Record<string, unknown>;

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function renderOperation(method: string, path: string, op: Json): string {
  const params = (op.parameters as Json[] | undefined) ?? [];
  const body = (op.requestBody as Json | undefined)?.content as Json | undefined;
  const schema = (body?.['application/json'] as Json | undefined)?.schema;
  const rows = params
    .map(
      (p) =>
        `<li><code>${escape(String(p.name))}</code> (${escape(String(p.in))}${p.required ? ', required' : ''})</li>`,
    )
    .join('');
  return `<section class="op"><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${escape(path)}</code></h3>
<p>${escape(typeof op.summary === 'string' ? op.summary : '')}${op.security ? ' <em>(API key)</em>' : ''}</p>
${rows ? `<ul>${rows}</ul>` : ''}
${schema ? `<details><summary>Request body</summary><pre>${escape(JSON.stringify(schema, null, 2))}</pre></details>` : ''}</section>`;
}

/** A readable, dependency-free HTML reference rendered from the OpenAPI document. */
export function renderDocsPage(document: Json): string {
  const paths = document.paths as Record<string, Record<string, Json>>;
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = ((op.tags as string[] | undefined) ?? ['Other'])[0]!;
      byTag.set(tag, [...(byTag.get(tag) ?? []), renderOperation(method, path, op)]);
    }
  }
  const info = document.info as Json;
  const sections = [...byTag]
    .map(([tag, ops]) => `<h2 id="${escape(tag)}">${escape(tag)}</h2>${ops.join('')}`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kairos API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
code,pre{font-family:ui-monospace,monospace}pre{background:#f5f5f5;padding:.75rem;overflow:auto}
.op{border-top:1px solid #ddd;padding:.5rem 0}.m{display:inline-block;min-width:4.5rem;font-size:.8rem;color:#fff;border-radius:3px;text-align:center;padding:0 .3rem}
.get{background:#1565c0}.post{background:#2e7d32}.patch{background:#ef6c00}.put{background:#6a1b9a}.delete{background:#c62828}</style></head>
<body><h1>${escape(String(info.title))} <small>${escape(String(info.version))}</small></h1>
<p>${escape(String(info.description))}</p><p>Machine-readable: <a href="/v2/openapi.json">/v2/openapi.json</a></p>${sections}</body></html>`;
}
