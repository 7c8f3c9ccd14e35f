/**
 * How fast the Booker shows times, and how big it is: starts Kairos and Chromium (e2e/harness),
 * opens a booking page in fresh browser contexts (no cache) and prints the time from navigation
 * start to the first bookable time on screen, plus the gzipped size of the JavaScript and CSS a
 * booking page loads (the dashboard's lazy chunks excluded).
 *
 *   npx tsx scripts/measure-booker.ts        (also run by `npm run bench`)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startHarness } from '../e2e/harness';

const RUNS = 7;

/** Runs in the page before its scripts: notes when the first time button appears. */
const MARK_FIRST_SLOT = `new MutationObserver((_, observer) => {
  if (document.querySelector('.slot')) {
    window.slotsAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });`;
const distDir = fileURLToPath(new URL('../apps/web/dist/', import.meta.url));

/** The files index.html loads up front: the entry script, its preloads and stylesheets. */
export function bookerBundle(): { js: number; css: number; files: string[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  );
  let js = 0;
  let css = 0;
  for (const file of files) {
    const size = gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
    if (file.endsWith('.js')) js += size;
    else css += size;
  }
  return { js, css, files };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

interface Visit {
  /** First byte of the HTML (the server loads the page's data first). */
  html: number;
  /** The app's script has run (DOMContentLoaded). */
  script: number;
  /** The slot search's answer arrived. */
  slots: number;
  /** The first time button is on screen. */
  visible: number;
}

/** Where the time of one visit went, from the page's own timing entries. */
const VISIT_TIMES = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const search = performance.getEntriesByType('resource').find((e) => e.name.includes('/v2/slots'));
  return { html: nav.responseStart, script: nav.domContentLoadedEventEnd,
    slots: search ? search.responseEnd : NaN, visible: window.slotsAt };
})()`;

/** Timings of fresh visits (new browser context each: no cache) to a booking page. */
async function timeToSlots(): Promise<Visit[]> {
  const h = await startHarness();
  try {
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    const schedule = await h.api('/v2/schedules', {
      method: 'POST',
      body: {
        name: 'Always',
        timeZone: 'UTC',
        isDefault: false,
        availability: [{ days, startTime: '00:00', endTime: '23:59' }],
      },
    });
    await h.createEventType({
      title: 'Intro',
      slug: 'intro',
      lengthInMinutes: 30,
      minimumBookingNotice: 0,
      scheduleId: (schedule.body as { data: { id: number } }).data.id,
    });
    const url = `${h.url}/${h.user.username}/intro`;
    const visits: Visit[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const page = await h.newPage({ timezoneId: 'America/New_York' });
      await page.addInitScript({ content: MARK_FIRST_SLOT });
      await page.goto(url);
      await page.locator('.slot').first().waitFor();
      const visit = await page.evaluate<Visit>(VISIT_TIMES);
      // The first visit warms the server (first query plans, file cache); it is not counted.
      if (run > 0) visits.push(visit);
      await page.context().close();
    }
    return visits;
  } finally {
    await h.stop();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints the figures in the bench's format. */
export async function measureBooker(): Promise<void> {
  const visits = await timeToSlots();
  const sorted = (pick: (visit: Visit) => number) => visits.map(pick).sort((a, b) => a - b);
  const times = sorted((visit) => visit.visible);
  const bundle = bookerBundle();
  const line = (label: string, figures: string) =>
    console.log(`${'web'.padEnd(8)}${label.padEnd(62)}${figures}`);
  line(
    `Booker: navigation to times visible, ${times.length} fresh visits`,
    `p50 ${percentile(times, 50).toFixed(0)} ms  p95 ${percentile(times, 95).toFixed(0)} ms  (target < 1000 ms)`,
  );
  const median = (pick: (visit: Visit) => number) => percentile(sorted(pick), 50).toFixed(0);
  line(
    'Booker: p50 HTML / script run / times answer / visible',
    `${median((v) => v.html)} / ${median((v) => v.script)} / ${median((v) => v.slots)} / ${median((v) => v.visible)} ms`,
  );
  line(
    'Booker: JavaScript loaded up front, gzipped',
    `${kb(bundle.js)}  (+ CSS ${kb(bundle.css)}; target < 150 KB)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await measureBooker();
