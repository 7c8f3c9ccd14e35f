import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.stop());

describe('pages served by the server', () => {
  it('serves a person page with its data inlined and a 404 page for an unknown person', async () => {
    const found = await h.api('/ada', { key: null });
    expect(found.status).toBe(200);
    expect(found.headers.get('content-type')).toContain('text/html');
    expect(found.body).toContain('"/api/public/users/ada"');
    const missing = await h.api('/nobody-here', { key: null });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('text/html');
  });

  it('leaves the API prefixes to the JSON 404', async () => {
    const response = await h.api('/v2/no-such-route/x', { key: null });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
  });

  it('renders the app in Chromium', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/ada`);
    await expect(page.locator('main').textContent()).resolves.toContain('Kairos');
  });
});
