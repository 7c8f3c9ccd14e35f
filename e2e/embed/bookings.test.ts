/**
 * PRD 8.7 in Chromium against a real Kairos: host pages on another origin embed the real Booker
 * (inline, pop-up, React, two namespaces), a booking is completed inside the embed, the booking
 * events reach the host page, and the booking exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness';
import { bookFirstSlot, receivedEvents, waitForEvent } from './fixtures/booker-steps';
import { hostPage, prdSnippet } from './fixtures/host-pages';
import { buildReactHostPage } from './fixtures/react-host';

let h: Harness;
const eventTypeIds: Record<string, number> = {};

beforeAll(async () => {
  h = await startHarness();
  for (const slug of ['intro', 'popup', 'react', 'sales', 'support']) {
    const created = await h.createEventType({ title: `Call ${slug}`, slug, lengthInMinutes: 30 });
    eventTypeIds[slug] = created.id as number;
  }
});
afterAll(() => h?.stop());

const snippet = () => prdSnippet(`${h.url}/embed/embed.js`);

/** The booking as the API has it, read with the host's key. */
async function bookingFromApi(uid: string) {
  const response = await h.api(`/v2/bookings/${uid}`);
  expect(response.status).toBe(200);
  return response.body.data;
}

describe('inline embed (HTML page)', () => {
  it('shows the Booker in the page, books, and tells the host page', async () => {
    const host = await h.serveHostPage(
      hostPage(
        '<h1>Our site</h1><div id="booker" style="width:100%"></div>',
        `${snippet()}
        Cal("init", { origin: "${h.url}" });
        Cal("ui", { styles: { branding: { brandColor: "#0066FF" } }, hideEventTypeDetails: false });
        Cal("on", { action: "bookerReady", callback: record });
        Cal("on", { action: "bookingSuccessfulV2", callback: record });
        Cal("on", { action: "bookingSuccessful", callback: record });
        Cal("inline", {
          calLink: "${h.user.username}/intro",
          elementOrSelector: "#booker",
          config: { layout: "month_view", name: "Grace Hopper", email: "grace@example.com" },
        });`,
      ),
    );
    const page = await h.newPage({ timezoneId: 'Europe/London' });
    await page.goto(host.url);
    await page.locator('#booker cal-inline[loading="done"]').waitFor();
    const iframe = page.locator('#booker iframe');
    const frame = page.frameLocator('#booker iframe');

    const ready = await waitForEvent(page, 'bookerReady');
    expect(ready).toEqual({
      type: 'bookerReady',
      namespace: '',
      fullType: 'CAL::bookerReady',
      data: { eventId: eventTypeIds.intro, eventSlug: 'intro' },
    });
    // The iframe is as tall as the Booker: the host page scrolls, not the iframe.
    await expect
      .poll(() => iframe.evaluate((e) => e.getBoundingClientRect().height))
      .toBeGreaterThan(300);
    await expect(
      frame.locator('html').evaluate((e) => e.scrollHeight <= window.innerHeight + 1),
    ).resolves.toBe(true);

    // Cal("ui") reached the Booker: the host's brand colour is the Booker's.
    await expect
      .poll(() =>
        frame.locator('html').evaluate((e) => e.style.getPropertyValue('--kairos-brand-light')),
      )
      .toBe('#0066FF');

    await bookFirstSlot(frame);
    const success = await waitForEvent(page, 'bookingSuccessfulV2');
    expect(success).toMatchObject({
      namespace: '',
      fullType: 'CAL::bookingSuccessfulV2',
      data: { eventTypeId: eventTypeIds.intro, status: 'ACCEPTED', isRecurring: false },
    });
    const { uid, startTime, endTime } = success.data as Record<string, string>;
    const legacy = await waitForEvent(page, 'bookingSuccessful');
    expect(legacy.data).toMatchObject({
      booking: { uid },
      eventType: { id: eventTypeIds.intro, slug: 'intro' },
      confirmed: true,
      organizer: { username: h.user.username },
    });

    const booking = await bookingFromApi(uid!);
    expect(booking).toMatchObject({ uid, start: startTime, end: endTime, status: 'accepted' });
    expect(booking.attendees[0]).toMatchObject({
      name: 'Grace Hopper',
      email: 'grace@example.com',
    });
    // The embed moved on to the booking's page, still embedded.
    await expect
      .poll(() => frame.locator('body').evaluate(() => location.pathname))
      .toBe(`/booking/${uid}/embed`);
  });

  it('serves the embed page frameable by any site and the plain page not at all', async () => {
    const embedded = await h.api(`/${h.user.username}/intro/embed?embed=`, { key: null });
    expect(embedded.status).toBe(200);
    expect(embedded.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embedded.headers.get('x-frame-options')).toBeNull();
    const plain = await h.api(`/${h.user.username}/intro`, { key: null });
    expect(plain.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(plain.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('pop-up embed (the page of PRD 5.5)', () => {
  it('opens the Booker over the page on click, books, and tells the host page', async () => {
    const host = await h.serveHostPage(
      hostPage(
        '<button id="cal-button">Book a Time</button>',
        `${snippet()}
        Cal("init", { origin: "${h.url}" });
        Cal("ui", { styles: { branding: { brandColor: "#0066FF" } }, hideEventTypeDetails: false });
        Cal("on", { action: "bookingSuccessfulV2", callback: record });
        document.getElementById("cal-button").addEventListener("click", function () {
          Cal("openModal", { calLink: "${h.user.username}/popup" });
        });`,
      ),
    );
    const page = await h.newPage();
    await page.goto(host.url);
    await expect(page.locator('cal-modal-box').count()).resolves.toBe(0);
    await page.click('#cal-button');
    await page.locator('cal-modal-box[state="loaded"]').waitFor();
    const frame = page.frameLocator('cal-modal-box iframe');

    await bookFirstSlot(frame, { name: 'Alan Turing', email: 'alan@example.com' });
    const success = await waitForEvent(page, 'bookingSuccessfulV2');
    expect(success).toMatchObject({
      fullType: 'CAL::bookingSuccessfulV2',
      data: { eventTypeId: eventTypeIds.popup, status: 'ACCEPTED' },
    });
    const booking = await bookingFromApi(success.data.uid as string);
    expect(booking.attendees[0]).toMatchObject({ name: 'Alan Turing', email: 'alan@example.com' });

    await page.keyboard.press('Escape');
    await expect(page.locator('cal-modal-box').getAttribute('state')).resolves.toBe('closed');
  });
});

describe('React page (@kairos/embed-react)', () => {
  it('renders <Cal> inline once under StrictMode and delivers getCalApi listeners the booking', async () => {
    const html = await buildReactHostPage({
      origin: h.url,
      calLink: `${h.user.username}/react`,
      namespace: 'react',
    });
    const host = await h.serveHostPage(html);
    const page = await h.newPage();
    await page.goto(host.url);
    await page.locator('#react-embed cal-inline[loading="done"]').waitFor();
    await expect(page.locator('cal-inline').count()).resolves.toBe(1);
    const iframe = page.locator('#react-embed iframe');
    await expect(iframe.getAttribute('name')).resolves.toBe('cal-embed=react');
    const src = new URL((await iframe.getAttribute('src'))!);
    expect(src.pathname).toBe(`/${h.user.username}/react/embed`);
    expect(src.searchParams.get('layout')).toBe('month_view');

    await bookFirstSlot(page.frameLocator('#react-embed iframe'), {
      name: 'Ada Byron',
      email: 'byron@example.com',
    });
    await page.locator('#bookings li').waitFor();
    const events = await receivedEvents(page);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      namespace: 'react',
      fullType: 'CAL:react:bookingSuccessfulV2',
      data: { eventTypeId: eventTypeIds.react },
    });
    await expect(page.locator('#bookings li').textContent()).resolves.toBe(events[0]!.data.uid);
  });
});

describe('two embeds in two namespaces', () => {
  it('keeps each embed, its ui and its events to its own namespace', async () => {
    const host = await h.serveHostPage(
      hostPage(
        '<section id="sales"></section><section id="support"></section>',
        `${snippet()}
        Cal("init", "sales", { origin: "${h.url}" });
        Cal("init", "support", { origin: "${h.url}" });
        window.events = [];
        const log = (e) => { window.events.push(e.detail.fullType); record(e); };
        Cal.ns.sales("on", { action: "*", callback: log });
        Cal.ns.support("on", { action: "*", callback: log });
        Cal.ns.sales("ui", { theme: "dark" });
        Cal.ns.sales("inline", { calLink: "${h.user.username}/sales", elementOrSelector: "#sales",
          config: { name: "Sam Sales", email: "sam@example.com" } });
        Cal.ns.support("inline", { calLink: "${h.user.username}/support", elementOrSelector: "#support" });`,
      ),
    );
    const page = await h.newPage();
    await page.goto(host.url);
    await page.locator('#sales cal-inline[loading="done"]').waitFor();
    await page.locator('#support cal-inline[loading="done"]').waitFor();
    await expect(page.locator('#sales iframe').getAttribute('name')).resolves.toBe(
      'cal-embed=sales',
    );
    await expect(page.locator('#support iframe').getAttribute('name')).resolves.toBe(
      'cal-embed=support',
    );
    const theme = (selector: string) =>
      page.frameLocator(selector).locator('html').getAttribute('data-theme');
    await expect.poll(() => theme('#sales iframe')).toBe('dark');
    await expect(theme('#support iframe')).resolves.toBe('light');
    const events = () => page.evaluate(() => (window as any).events as string[]);
    await expect.poll(events).toContain('CAL:sales:bookerReady');
    await expect.poll(events).toContain('CAL:support:bookerReady');

    await bookFirstSlot(page.frameLocator('#sales iframe'));
    const success = await waitForEvent(page, 'bookingSuccessfulV2');
    expect(success).toMatchObject({
      namespace: 'sales',
      fullType: 'CAL:sales:bookingSuccessfulV2',
      data: { eventTypeId: eventTypeIds.sales },
    });
    expect(await events()).not.toContain('CAL:support:bookingSuccessfulV2');
    const booking = await bookingFromApi(success.data.uid as string);
    expect(booking.attendees[0]).toMatchObject({ email: 'sam@example.com' });
  });
});

describe('pop-up edge cases with the real Booker', () => {
  it('shows an error for a link that does not exist instead of spinning', async () => {
    const host = await h.serveHostPage(
      hostPage(
        `<button data-cal-link="${h.user.username}/no-such-event">Book</button>`,
        `${snippet()}
        Cal("init", { origin: "${h.url}" });
        Cal("on", { action: "linkFailed", callback: record });`,
      ),
    );
    const page = await h.newPage();
    await page.goto(host.url);
    await page.click('button');
    await page.locator('cal-modal-box[state="failed"]').waitFor();
    const failed = await waitForEvent(page, 'linkFailed');
    expect(failed.data).toMatchObject({ code: 404 });
    expect((failed.data.data as { url: string }).url).toContain(
      `/${h.user.username}/no-such-event/embed`,
    );
  });

  it('opens a prerendered pop-up in the same iframe, its events held until then', async () => {
    const host = await h.serveHostPage(
      hostPage(
        '',
        `${snippet()}
        Cal("init", { origin: "${h.url}" });
        Cal("on", { action: "bookerReady", callback: record });
        Cal("prerender", { calLink: "${h.user.username}/intro", type: "modal" });`,
      ),
    );
    const page = await h.newPage();
    await page.goto(host.url);
    const frame = page.frameLocator('cal-modal-box iframe');
    // Slots loaded: the Booker has announced bookerReady, which the hidden page holds back.
    await frame.locator('.month-grid[aria-busy="false"]').waitFor({ state: 'attached' });
    expect(await receivedEvents(page)).toEqual([]);
    await frame.locator('body').evaluate(() => ((window as any).marker = 'prerendered'));

    await page.evaluate(
      (calLink) => (window as any).Cal('modal', { calLink }),
      `${h.user.username}/intro`,
    );
    await page.locator('cal-modal-box[state="loaded"]').waitFor();
    await waitForEvent(page, 'bookerReady');
    await expect(frame.locator('body').evaluate(() => (window as any).marker)).resolves.toBe(
      'prerendered',
    );
    await expect(frame.locator('.month-grid').isVisible()).resolves.toBe(true);
  });
});
