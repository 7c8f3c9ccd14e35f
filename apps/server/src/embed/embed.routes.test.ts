import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { createTestApp } from '../testing/test-app';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('GET /embed/embed.js', () => {
  it('serves the embed script as JavaScript, built on first request', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/embed/embed.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.headers.etag).toMatch(/^"\d+\.\d+\.\d+-[0-9a-f]{12}"$/);
    expect(response.body).toMatch(/^\/\* Kairos embed\.js /);
    // The queue protocol's names survive minification: they are the public surface.
    for (const name of [
      'initNamespace',
      'floatingButton',
      'parentKnowsIframeReady',
      'cal-embed=',
    ]) {
      expect(response.body).toContain(name);
    }
  });

  it('stays under 15 KB gzipped and sends the gzip encoding when it is accepted', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/embed/embed.js' });
    const response = await t.app.inject({
      method: 'GET',
      url: '/embed/embed.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toContain('Accept-Encoding');
    expect(response.rawPayload.length).toBeLessThan(15 * 1024);
    expect(gunzipSync(response.rawPayload).toString()).toBe(plain.body);
  });

  it('answers 304 to a request that already has this build', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/embed/embed.js' });
    const again = await t.app.inject({
      method: 'GET',
      url: '/embed/embed.js',
      headers: { 'if-none-match': first.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('is listed in the OpenAPI document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v2/openapi.json' });
    const document = response.json<{ paths: Record<string, Record<string, { tags: string[] }>> }>();
    expect(document.paths['/embed/embed.js']?.get?.tags).toEqual(['Embeds']);
  });
});
