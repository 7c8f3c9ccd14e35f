/**
 * embed.js message by message, in Chromium, against a stand-in booking page that runs the real
 * embed bridge (fixtures/fake-booker.ts). The real Booker is exercised in the other files here.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../harness';
import { hostPage, prdSnippet } from './fixtures/host-pages';
import { startProtocolServers, type ProtocolServers } from './fixtures/protocol-servers';

let servers: ProtocolServers;
let browser: Browser;

beforeAll(async () => {
  servers = await startProtocolServers();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await servers?.close();
});

interface Opened {
  page: Page;
  errors: string[];
  warnings: string[];
}

async function open(body: string, script: string, head = ''): Promise<Opened> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(servers.hostPage(hostPage(body, script).replace('<head>', `<head>${head}`)));
  return { page, errors, warnings };
}

const snippet = () => prdSnippet(`${servers.bookingOrigin}/embed/embed.js`);
const init = (namespace?: string) =>
  namespace === undefined
    ? `Cal("init", { origin: "${servers.bookingOrigin}" });`
    : `Cal("init", "${namespace}", { origin: "${servers.bookingOrigin}" });`;

/** The query of the last booking-page request whose path starts with `path`. */
function lastRequest(path: string): URL {
  const found = servers.pageRequests.filter((url) => url.startsWith(path)).at(-1);
  if (!found) throw new Error(`no request for ${path}: ${servers.pageRequests.join(', ')}`);
  return new URL(found, servers.bookingOrigin);
}

const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: unknown[] }).received);

describe('the Cal queue', () => {
  it('runs what the public snippet queued, then later calls at once (inline embed)', async () => {
    const { page } = await open(
      '<div id="inline"></div>',
      `${snippet()}
      ${init()}
      Cal("ui", { styles: { branding: { brandColor: "#0066FF" } }, hideEventTypeDetails: true });
      Cal("on", { action: "bookerReady", callback: record });
      window.all = [];
      window.onAll = (e) => window.all.push(e.detail.type);
      Cal("on", { action: "*", callback: onAll });
      Cal("inline", {
        calLink: "ada/intro",
        elementOrSelector: "#inline",
        config: { layout: "week_view", name: "Bo", guests: ["a@example.com", "b@example.com"],
                  iframeAttrs: { id: "booker-frame" } },
      });`,
    );
    await page.locator('cal-inline[loading="done"]').waitFor();
    const iframe = page.locator('#inline > cal-inline > iframe');
    await expect(iframe.getAttribute('id')).resolves.toBe('booker-frame');
    await expect(iframe.getAttribute('name')).resolves.toBe('cal-embed=');
    await expect(iframe.getAttribute('class')).resolves.toBe('cal-embed');
    await expect(iframe.evaluate((e) => getComputedStyle(e).visibility)).resolves.toBe('visible');
    await expect(page.locator('#inline').getAttribute('class')).resolves.toBe(
      'cal-inline-container',
    );

    const url = lastRequest('/ada/intro/embed');
    expect(url.searchParams.get('embed')).toBe('');
    expect(url.searchParams.get('embedType')).toBe('inline');
    expect(url.searchParams.get('layout')).toBe('week_view');
    expect(url.searchParams.get('name')).toBe('Bo');
    expect(url.searchParams.getAll('guests')).toEqual(['a@example.com', 'b@example.com']);
    expect(url.searchParams.getAll('guest')).toEqual(['a@example.com', 'b@example.com']);
    expect(url.searchParams.has('iframeAttrs')).toBe(false);

    await expect
      .poll(() => received(page))
      .toEqual([
        {
          type: 'bookerReady',
          namespace: '',
          fullType: 'CAL::bookerReady',
          data: { eventId: 7, eventSlug: 'intro' },
        },
      ]);
    const frame = page.frameLocator('#booker-frame');
    const ui = async () => JSON.parse((await frame.locator('#ui').textContent()) ?? '{}');
    await expect.poll(ui).toEqual({
      layout: 'week_view',
      brandColor: '#0066FF',
      hideEventTypeDetails: true,
    });
    const globals = await page.evaluate(() => {
      const cal = (window as any).Cal;
      return { loaded: cal.loaded, queue: Array.isArray(cal.q), version: typeof cal.version };
    });
    expect(globals).toEqual({ loaded: true, queue: true, version: 'string' });

    await page.evaluate(() => (window as any).Cal('ui', { theme: 'dark' }));
    await expect.poll(ui).toMatchObject({ theme: 'dark', brandColor: '#0066FF' });

    const height = () => iframe.evaluate((e) => e.getBoundingClientRect().height);
    expect(await height()).toBeLessThan(600);
    await frame.locator('#grow').click();
    await expect.poll(height).toBeGreaterThan(1200);

    await frame.locator('#book').click();
    await expect
      .poll(() => page.evaluate(() => (window as any).all as string[]))
      .toContain('bookingSuccessfulV2');
    const seen = (await page.evaluate(() => (window as any).all as string[])).length;
    await page.evaluate(() =>
      (window as any).Cal('off', { action: '*', callback: (window as any).onAll }),
    );
    await frame.locator('#book').click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as any).all.length)).toBe(seen);
  });

  it('runs every instruction of a call that holds several, and goes on past an unknown command', async () => {
    const { page, errors } = await open(
      '<div id="inline"></div>',
      `${snippet()}
      ${init()}
      Cal("nonsense", 1);
      Cal([
        ["on", { action: "bookerReady", callback: record }],
        ["inline", { calLink: "ada/intro", elementOrSelector: "#inline" }],
      ]);`,
    );
    await expect.poll(() => received(page)).toHaveLength(1);
    expect(errors.some((text) => text.includes('unknown command "nonsense"'))).toBe(true);
  });

  it('works when embed.js is loaded without the snippet: data-cal-link, origin of the script', async () => {
    const { page } = await open(
      '<button id="book" data-cal-link="ada/intro">Book</button>',
      `document.head.appendChild(Object.assign(document.createElement("script"),
        { src: "${servers.bookingOrigin}/embed/embed.js" }));`,
    );
    await page.waitForFunction(() => typeof (window as any).Cal === 'function');
    await page.click('#book');
    await page.locator('cal-modal-box[state="loaded"]').waitFor();
    const src = await page.locator('cal-modal-box iframe').getAttribute('src');
    expect(new URL(src!).origin).toBe(servers.bookingOrigin);
  });

  it("forwards the host page's query when Cal.config.forwardQueryParams is on, but not its booker state", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = servers.hostPage(
      hostPage(
        '<div id="inline"></div>',
        `${snippet()}
        ${init()}
        Cal.config = { forwardQueryParams: true };
        Cal("inline", { calLink: "ada/forwarded", elementOrSelector: "#inline", config: { name: "Kept" } });`,
      ),
    );
    await page.goto(`${url}?utm_source=news&name=Other&month=2030-01&slot=x`);
    await page.locator('cal-inline[loading="done"]').waitFor();
    const params = lastRequest('/ada/forwarded/embed').searchParams;
    expect(params.get('utm_source')).toBe('news');
    expect(params.getAll('name')).toEqual(['Kept']);
    expect(params.has('month')).toBe(false);
    expect(params.has('slot')).toBe(false);
  });
});

describe('pop-ups', () => {
  it('opens data-cal-link in a modal, closes on Escape, the backdrop and the page, reopens the kept iframe', async () => {
    const { page } = await open(
      `<button id="b" data-cal-link="ada/intro" data-cal-config='{"layout":"month_view","name":"Zed"}'>Schedule</button>
       <a id="bad" href="/elsewhere" data-cal-link="ada/intro" data-cal-config="{not json">Other</a>`,
      `${snippet()}
      ${init()}
      Cal("on", { action: "bookingSuccessfulV2", callback: record });`,
    );
    await page.click('#b');
    const modal = page.locator('cal-modal-box');
    await page.locator('cal-modal-box[state="loaded"]').waitFor();
    const url = lastRequest('/ada/intro/embed');
    expect(url.searchParams.get('embedType')).toBe('modal');
    expect(url.searchParams.get('layout')).toBe('month_view');
    expect(url.searchParams.get('name')).toBe('Zed');
    await expect(page.evaluate(() => document.body.style.overflow)).resolves.toBe('hidden');

    const frame = page.frameLocator('cal-modal-box iframe');
    await frame.locator('#book').click();
    await expect
      .poll(() => received(page))
      .toMatchObject([
        {
          type: 'bookingSuccessfulV2',
          fullType: 'CAL::bookingSuccessfulV2',
          data: { uid: 'fake-uid' },
        },
      ]);

    await page.keyboard.press('Escape');
    await expect(modal.getAttribute('state')).resolves.toBe('closed');
    await expect(modal.isVisible()).resolves.toBe(false);
    const requests = servers.pageRequests.length;
    await page.click('#b');
    await expect(modal.getAttribute('state')).resolves.toBe('reopened');
    expect(servers.pageRequests.length).toBe(requests);
    await expect(
      frame.locator('body').evaluate(() => (window as any).fakeBookerLoads),
    ).resolves.toBe(1);

    await page.mouse.click(5, 5);
    await expect(modal.getAttribute('state')).resolves.toBe('closed');
    await page.click('#b');
    await frame.locator('#close').click();
    await expect(modal.getAttribute('state')).resolves.toBe('closed');
    await page.click('#b');
    await expect(modal.getAttribute('state')).resolves.toBe('reopened');
    await page.evaluate(() => (window as any).Cal('closeModal'));
    await expect(modal.getAttribute('state')).resolves.toBe('closed');
    await expect(page.evaluate(() => document.body.style.overflow)).resolves.toBe('');

    // Unreadable data-cal-config counts as {}: the same page, reloaded without the old config.
    await page.click('#bad');
    await expect.poll(() => lastRequest('/ada/intro/embed').searchParams.has('name')).toBe(false);
    await page.locator('cal-modal-box[state="loaded"]').waitFor();
    expect(page.url()).not.toContain('/elsewhere');
    await expect(page.locator('cal-modal-box').count()).resolves.toBe(1);
  });

  it('shows a floating button that opens its link', async () => {
    const { page } = await open(
      '',
      `${snippet()}
      ${init()}
      Cal("floatingButton", { calLink: "ada/intro", buttonText: "Talk to us",
        buttonPosition: "bottom-left", buttonColor: "rgb(0, 102, 255)" });`,
    );
    const button = page.locator('cal-floating-button button');
    await expect(button.textContent()).resolves.toBe('Talk to us');
    await expect(page.locator('cal-floating-button').getAttribute('data-cal-link')).resolves.toBe(
      'ada/intro',
    );
    await expect(
      page.locator('cal-floating-button').evaluate((e) => getComputedStyle(e).left),
    ).resolves.toBe('16px');
    await expect(button.evaluate((e) => getComputedStyle(e).backgroundColor)).resolves.toBe(
      'rgb(0, 102, 255)',
    );
    await button.click();
    await page.locator('cal-modal-box[state="loaded"]').waitFor();
  });

  it('prerenders a modal hidden, holds its events, then opens that same iframe', async () => {
    const { page } = await open(
      '',
      `${snippet()}
      ${init()}
      Cal("on", { action: "bookerReady", callback: record });
      Cal("prerender", { calLink: "ada/intro", type: "modal" });`,
    );
    await page.locator('cal-modal-box[state="prerendering"]').waitFor({ state: 'attached' });
    await expect
      .poll(() => lastRequest('/ada/intro/embed').searchParams.get('prerender'))
      .toBe('true');
    const frame = page.frameLocator('cal-modal-box iframe');
    await frame.locator('#book').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    expect(await received(page)).toEqual([]);
    await expect(page.locator('cal-modal-box').isVisible()).resolves.toBe(false);

    const requests = servers.pageRequests.length;
    await page.evaluate(() => (window as any).Cal('modal', { calLink: 'ada/intro' }));
    await page.locator('cal-modal-box[state="loaded"]').waitFor();
    await expect.poll(() => received(page)).toMatchObject([{ type: 'bookerReady' }]);
    expect(servers.pageRequests.length).toBe(requests);
    await expect(
      frame.locator('body').evaluate(() => window.location.search),
    ).resolves.not.toContain('prerender');
  });

  it('shows an error when the booking page reports linkFailed', async () => {
    const { page } = await open(
      '',
      `${snippet()}
      ${init()}
      Cal("on", { action: "linkFailed", callback: record });
      Cal("modal", { calLink: "missing/thing" });`,
    );
    await page.locator('cal-modal-box[state="failed"]').waitFor();
    await expect(page.locator('cal-modal-box .error').textContent()).resolves.toContain('(404)');
    await expect
      .poll(() => received(page))
      .toMatchObject([{ type: 'linkFailed', data: { code: 404, msg: 'No such event type' } }]);
  });

  it('preloads a page in a hidden iframe without a handshake', async () => {
    const { page } = await open(
      '',
      `${snippet()}
      ${init()}
      Cal("on", { action: "*", callback: record });
      Cal("preload", { calLink: "ada/intro" });`,
    );
    await expect
      .poll(() => lastRequest('/ada/intro/embed').searchParams.get('preload'))
      .toBe('true');
    const iframe = page.locator('iframe');
    await expect(iframe.evaluate((e) => getComputedStyle(e).display)).resolves.toBe('none');
    await page.frameLocator('iframe').locator('#book').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    expect(await received(page)).toEqual([]);
  });
});

describe('namespaces', () => {
  it('keep their embeds, ui and events apart, and can be started after load', async () => {
    const { page, errors, warnings } = await open(
      '<div id="a"></div><div id="b"></div><div id="a2"></div>' +
        '<button id="c" data-cal-namespace="c" data-cal-link="ada/intro">C</button>' +
        '<button id="nope" data-cal-namespace="nope" data-cal-link="ada/intro">?</button>',
      `${snippet()}
      ${init('a')}
      ${init('b')}
      window.events = [];
      const log = (e) => window.events.push(e.detail.fullType);
      Cal.ns.a("on", { action: "*", callback: log });
      Cal.ns.b("on", { action: "*", callback: log });
      Cal.ns.a("inline", { calLink: "ada/intro", elementOrSelector: "#a" });
      Cal.ns.b("inline", { calLink: "ada/other", elementOrSelector: "#b" });
      Cal.ns.a("ui", { theme: "dark" });`,
    );
    await page.locator('#a cal-inline[loading="done"]').waitFor();
    await page.locator('#b cal-inline[loading="done"]').waitFor();
    await expect(page.locator('#a iframe').getAttribute('name')).resolves.toBe('cal-embed=a');
    await expect(page.locator('#b iframe').getAttribute('name')).resolves.toBe('cal-embed=b');
    expect(lastRequest('/ada/intro/embed').searchParams.get('embed')).toBe('a');
    expect(lastRequest('/ada/other/embed').searchParams.get('embed')).toBe('b');
    await expect
      .poll(() => page.frameLocator('#a iframe').locator('#ui').textContent())
      .toContain('"theme":"dark"');
    await expect(
      page.frameLocator('#b iframe').locator('#ui').textContent(),
    ).resolves.not.toContain('dark');

    await page.frameLocator('#a iframe').locator('#book').click();
    const events = () => page.evaluate(() => (window as any).events as string[]);
    await expect.poll(events).toContain('CAL:a:bookingSuccessfulV2');
    expect(await events()).not.toContain('CAL:b:bookingSuccessfulV2');
    expect(await events()).toContain('CAL:b:bookerReady');

    await page.evaluate(() =>
      (window as any).Cal.ns.a('inline', { calLink: 'ada/intro', elementOrSelector: '#a2' }),
    );
    await expect(page.locator('#a2 iframe').count()).resolves.toBe(0);
    expect(warnings.some((text) => text.includes('already has an inline embed'))).toBe(true);

    await page.evaluate(
      (origin) => (window as any).Cal('init', 'c', { origin }),
      servers.bookingOrigin,
    );
    await page.click('#c');
    await page.locator('cal-modal-box[state="loaded"]').waitFor();
    await expect(page.locator('cal-modal-box iframe').getAttribute('name')).resolves.toBe(
      'cal-embed=c',
    );
    await page.keyboard.press('Escape');
    await page.click('#nope');
    expect(errors.some((text) => text.includes('namespace "nope" is not initialised'))).toBe(true);
  });
});

describe('colour scheme', () => {
  it('passes the host page colour scheme to the iframe and follows changes', async () => {
    const { page } = await open(
      '<div id="inline"></div>',
      `${snippet()}
      ${init()}
      Cal("inline", { calLink: "ada/intro", elementOrSelector: "#inline" });`,
      '<style>:root { color-scheme: dark }</style>',
    );
    await page.locator('cal-inline[loading="done"]').waitFor();
    expect(lastRequest('/ada/intro/embed').searchParams.get('ui.color-scheme')).toBe('dark');
    const frame = page.frameLocator('#inline iframe');
    const ui = async () => JSON.parse((await frame.locator('#ui').textContent()) ?? '{}');
    await expect.poll(ui).toEqual({ colorScheme: 'dark' });
    await page.evaluate(() => document.documentElement.style.setProperty('color-scheme', 'light'));
    await expect.poll(ui).toEqual({ colorScheme: 'light' });
  });
});
