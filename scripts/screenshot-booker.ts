/**
 * Takes the screenshots in docs/screenshots/: the Booker in month and week view, light and dark,
 * and a confirmation page, on a fresh Kairos with a demo host.
 *
 *   npx tsx scripts/screenshot-booker.ts
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startHarness } from '../e2e/harness';

const outDir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

/** 'YYYY-MM-DD' a number of days from now, in the zone. */
const dateIn = (days: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(Date.now() + days * 86_400_000);

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const h = await startHarness({
    users: [{ username: 'ada', name: 'Ada Lovelace', timeZone: 'Europe/London' }],
  });
  try {
    await h.api('/v2/me', {
      method: 'PATCH',
      body: { brandColor: '#4f46e5', darkBrandColor: '#a5b4fc' },
    });
    await h.createEventType({
      title: 'Project kick-off',
      slug: 'kick-off',
      lengthInMinutes: 30,
      lengthInMinutesOptions: [15, 30, 60],
      minimumBookingNotice: 0,
      description: 'A first look at your project: goals, constraints and next steps.',
      locations: [{ type: 'integration', integration: 'cal-video' }],
    });
    const date = dateIn(7, 'America/New_York');
    const shots: Array<[string, string, 'light' | 'dark']> = [
      ['booker-month-light.png', 'month_view', 'light'],
      ['booker-month-dark.png', 'month_view', 'dark'],
      ['booker-week-light.png', 'week_view', 'light'],
      ['booker-week-dark.png', 'week_view', 'dark'],
    ];
    for (const [file, layout, theme] of shots) {
      const page = await h.newPage({
        timezoneId: 'America/New_York',
        locale: 'en-US',
        colorScheme: theme,
        viewport: { width: 1280, height: 760 },
      });
      await page.goto(`${h.url}/ada/kick-off?date=${date}&layout=${layout}`);
      await page.locator('.slot').first().waitFor();
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${outDir}${file}` });
      if (file === 'booker-month-light.png') {
        await page.locator('.slot-list .slot').nth(3).click();
        await page.getByLabel('Your name').fill('Grace Hopper');
        await page.getByLabel('Email address').fill('grace@example.com');
        await page.screenshot({ path: `${outDir}booker-form-light.png` });
        await page.getByRole('button', { name: 'Confirm' }).click();
        await page.getByRole('heading', { name: 'This meeting is scheduled' }).waitFor();
        await page.screenshot({ path: `${outDir}booking-confirmed-light.png` });
      }
      await page.context().close();
    }
    console.log(`screenshots written to ${outDir}`);
  } finally {
    await h.stop();
  }
}

await main();
