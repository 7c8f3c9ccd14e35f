import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';
import { createPageShell } from './page-shell';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const ada = await t.signedIn({ username: 'ada-web', name: 'Ada <Lovelace>' });
  await t.app.inject({
    method: 'POST',
    url: '/v2/event-types',
    headers: ada.headers,
    payload: {
      title: 'Intro </script><script>alert(1)</script>',
      slug: 'intro',
      lengthInMinutes: 30,
    },
  });
});
afterAll(() => t.close());

describe('the page shell', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kairos-shell-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('inlines data so that no text can close the script, and escapes the title', () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'index.html'),
      '<html lang="en"><head><title>Kairos</title><!--kairos:head--></head><body></body></html>',
    );
    const html = createPageShell(dir)({
      title: 'A <b> & "c"',
      theme: 'dark',
      preload: { '/x': { text: '</script><!-- \u2028' } },
    })!;
    expect(html).toContain('<html lang="en" data-theme="dark">');
    expect(html).toContain('<title>A &#60;b&#62; &#38; &#34;c&#34;</title>');
    expect(html).not.toContain('<title>Kairos</title>');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const inlined = /<script[^>]*>(.*)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(inlined)).toEqual({ '/x': { text: '</script><!-- \u2028' } });
  });

  it('answers null when the app is not built', () => {
    expect(createPageShell(join(dir, 'missing'))({})).toBeNull();
  });
});

describe('page routes', () => {
  it('never answer for the API: unknown /v2 and /api paths stay JSON 404s', async () => {
    for (const url of ['/v2/nothing/here', '/api/nothing', '/embed/nothing', '/docs/x']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(json(response).error.code).toBe('NOT_FOUND');
    }
  });

  it('leave the existing routes alone', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    const docs = await t.app.inject({ method: 'GET', url: '/docs' });
    expect(docs.headers['content-type']).toContain('text/html');
    expect(docs.body).not.toContain('kairos-preload');
  });
});
