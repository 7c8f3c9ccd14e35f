import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type SeededUser } from '../harness';
import { alwaysOpenSchedule, dateIn } from './testing/booker-helpers';

let h: Harness;
let brand: SeededUser;
let adaSchedule: number;
const date = dateIn(2, 'UTC');

beforeAll(async () => {
  h = await startHarness({
    users: [
      { username: 'ada', name: 'Ada Lovelace', timeZone: 'Europe/London' },
      { username: 'brand', name: 'Brand Owner', timeZone: 'UTC' },
    ],
  });
  brand = h.users[1]!;
  for (const user of h.users) {
    const scheduleId = await alwaysOpenSchedule(h, user.apiKey);
    if (user.username === 'ada') adaSchedule = scheduleId;
    const body = {
      title: 'Call',
      slug: 'call',
      lengthInMinutes: 30,
      scheduleId,
      minimumBookingNotice: 0,
    };
    await h.createEventType(body, user);
  }
  const patched = await h.api('/v2/me', {
    method: 'PATCH',
    key: brand.apiKey,
    body: {
      brandColor: '#ff5500',
      darkBrandColor: '#33ccff',
      theme: 'dark',
      logoUrl: `${h.url}/assets/brand-logo.png`,
      hideBranding: true,
    },
  });
  expect(patched.status).toBe(200);
});
afterAll(() => h?.stop());

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe('pages served by the server', () => {
  it('sends each page with its first data inside, so the page needs no extra round trip', async () => {
    const response = await h.api('/ada/call', { key: null });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.body).toContain('"/api/public/users/ada/event-types/call"');
    expect(response.body).toContain('<title>Call | Ada Lovelace</title>');
  });

  it('answers unknown people, teams, event types and bookings with a 404 page', async () => {
    for (const path of ['/nobody', '/ada/nothing', '/booking/unknownuid', '/team/x', '/team/x/y']) {
      const response = await h.api(path, { key: null });
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toContain('text/html');
    }
    const page = await h.newPage();
    await page.goto(`${h.url}/ada/nothing`);
    await page.getByRole('heading', { name: 'This page could not be found' }).waitFor();
  });
});

describe('theming and white label', () => {
  it("uses the host's theme and brand colour, their logo, and hides the branding", async () => {
    const page = await h.newPage({ colorScheme: 'light' });
    await page.goto(`${h.url}/brand/call?date=${date}`);
    const selected = page.locator('.day-selected');
    await selected.waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await selected.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      rgb('#33ccff'),
    );
    // Dark text on the light-blue brand colour, for contrast.
    expect(await selected.evaluate((el) => getComputedStyle(el).color)).toBe(rgb('#111827'));
    expect(await page.locator('img.avatar').getAttribute('src')).toBe(
      `${h.url}/assets/brand-logo.png`,
    );
    expect(await page.getByText('Powered by Kairos').count()).toBe(0);
  });

  it('lets the link ask for the light theme, which uses the light brand colour', async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/brand/call?date=${date}&theme=light`);
    const selected = page.locator('.day-selected');
    await selected.waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await selected.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      rgb('#ff5500'),
    );
  });

  it("follows the visitor's system setting on auto, with Kairos branding and initials", async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await h.newPage({ colorScheme });
      await page.goto(`${h.url}/ada/call?date=${date}`);
      await page.locator('.day-selected').waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
      await page.getByText('Powered by Kairos').waitFor();
      expect(await page.locator('.avatar-initials').first().textContent()).toBe('AL');
    }
  });
});

describe('team booking pages', () => {
  it("lists a team's event types and books one with the team's look", async () => {
    const team = await h.api('/v2/teams', {
      method: 'POST',
      body: { name: 'Sales Team', slug: 'sales', brandColor: '#007a5a', theme: 'light' },
    });
    expect(team.status).toBe(201);
    const created = await h.api(`/v2/teams/${team.body.data.id}/event-types`, {
      method: 'POST',
      body: {
        title: 'Product demo',
        slug: 'demo',
        lengthInMinutes: 30,
        minimumBookingNotice: 0,
        schedulingType: 'collective',
        hosts: [{ userId: h.user.id, scheduleId: adaSchedule }],
      },
    });
    expect(created.status).toBe(201);

    const page = await h.newPage({ timezoneId: 'UTC', locale: 'en-US' });
    await page.goto(`${h.url}/team/sales`);
    await page.getByRole('heading', { name: 'Sales Team' }).waitFor();
    await page.getByRole('link', { name: /Product demo/ }).click();
    await page.getByRole('heading', { name: 'Product demo' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/team/sales/demo');
    await page.locator(`[data-date="${date}"]`).click();
    const selected = page.locator('.day-selected');
    expect(await selected.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      rgb('#007a5a'),
    );
    await page
      .getByRole('region', { name: /^Times on/ })
      .getByRole('button')
      .first()
      .click();
    await page.getByLabel('Your name').fill('Team Visitor');
    await page.getByLabel('Email address').fill('visitor@example.com');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'This meeting is scheduled' }).waitFor();
    const uid = new URL(page.url()).pathname.split('/')[2]!;
    const booking = (await h.api(`/v2/bookings/${uid}`)).body.data;
    expect(booking.eventTypeId).toBe(created.body.data.id);
    expect(booking.hosts.map((host: { id: number }) => host.id)).toEqual([h.user.id]);
  });
});
