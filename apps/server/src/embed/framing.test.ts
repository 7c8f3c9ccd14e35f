import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEmbedOrigins } from '../config';
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

describe('KAIROS_EMBED_ORIGINS', () => {
  it('lets only the listed sites frame embed pages; other pages still refuse framing', async () => {
    const listed = await createTestApp({
      config: { embedOrigins: parseEmbedOrigins('https://www.example.com, https://*.example.org') },
    });
    try {
      const embed = await listed.app.inject({ method: 'GET', url: '/nobody/nothing/embed' });
      expect(embed.headers['content-security-policy']).toBe(
        'frame-ancestors https://www.example.com https://*.example.org',
      );
      expect(embed.headers['x-frame-options']).toBeUndefined();
      const page = await listed.app.inject({ method: 'GET', url: '/nobody/nothing' });
      expect(page.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    } finally {
      await listed.close();
    }
  });

  it('reads "*" and nothing as any site, and refuses what is not an origin', () => {
    expect(parseEmbedOrigins(undefined)).toBeNull();
    expect(parseEmbedOrigins(' * ')).toBeNull();
    expect(parseEmbedOrigins('HTTPS://App.Example.com:8443')).toEqual([
      'https://app.example.com:8443',
    ]);
    for (const bad of ['example.com', 'https://example.com/path', "'self'", 'https://a b']) {
      expect(() => parseEmbedOrigins(bad), bad).toThrow(/KAIROS_EMBED_ORIGINS/);
    }
  });
});
