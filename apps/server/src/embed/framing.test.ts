import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../testing/test-app';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('framing headers', () => {
  it('lets any site frame an embed page', async () => {
    for (const url of [
      '/nobody/nothing/embed',
      '/team/none/intro/embed?embed=ns',
      '/nobody/embed/',
    ]) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.headers['content-security-policy'], url).toBe('frame-ancestors *');
      expect(response.headers['x-frame-options'], url).toBeUndefined();
    }
  });

  it('refuses framing everywhere else, API errors included', async () => {
    for (const url of [
      '/health',
      '/v2/me',
      '/nobody/nothing',
      '/nobody/nothing?embed=',
      '/embed/embed.js',
    ]) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.headers['x-frame-options'], url).toBe('DENY');
      expect(response.headers['content-security-policy'], url).toBe("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
    }
  });
});
