/**
 * The host dashboard in Chromium against a real Kairos: a newcomer signs up, sets up a schedule
 * and an event type, gets booked through the public page, finds the booking and cancels it; an
 * API key made in the dashboard works on the API. Screenshots for the README are taken on the
 * way (docs/screenshots/dashboard-*.png).
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness';

let h: Harness;
let page: Page;
const newcomer = {
  name: 'Grace Hopper',
  email: 'grace@example.com',
  username: 'grace',
  password: 'a long enough password',
};

const screenshots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
/** A screenshot of the top of the page, for the README. */
async function shoot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${screenshots}dashboard-${name}.png` });
}

/** An HTTP server on 127.0.0.1 that keeps every webhook delivery it receives. */
function startReceiver(): Promise<{
  url: string;
  received: Array<{ headers: IncomingHttpHeaders; body: any }>;
  close: () => Promise<void>;
}> {
  const received: Array<{ headers: IncomingHttpHeaders; body: any }> = [];
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      received.push({ headers: request.headers, body: JSON.parse(text) });
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/kairos`,
        received,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  receiver = await startReceiver();
  // The receiver is on loopback: allowed for this instance only.
  h = await startHarness({ env: { KAIROS_WEBHOOK_ALLOW_PRIVATE_URLS: '1' } });
  page = await h.newPage({ timezoneId: 'Europe/London', viewport: { width: 1280, height: 860 } });
});
afterAll(async () => {
  await h?.stop();
  await receiver?.close();
});

/** What the API says, asked with the page's own session cookie (as the dashboard does). */
async function apiAsPage(path: string) {
  const response = await page.request.get(`${h.url}${path}`);
  return { status: response.status(), body: await response.json() };
}

describe('a newcomer in the dashboard', () => {
  it('signs up and lands on their event types', async () => {
    await page.goto(`${h.url}/signup`);
    await page.getByLabel('Your name').fill(newcomer.name);
    await page.getByLabel('Email').fill(newcomer.email);
    // The username is proposed from the email; it is the booking link.
    await expect(page.getByLabel('Username').inputValue()).resolves.toBe('grace');
    await page.getByLabel('Password').fill(newcomer.password);
    await page.getByLabel('Time zone').selectOption('Europe/London');
    await shoot('signup');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(`${h.url}/dashboard/event-types`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Event types',
    );
    const session = await apiAsPage('/v2/auth/session');
    expect(session.body.data.user).toMatchObject({ email: newcomer.email, username: 'grace' });
  });

  it('creates a schedule with a date override and makes it the default', async () => {
    await page.getByRole('link', { name: 'Availability' }).click();
    await page.getByRole('button', { name: 'New schedule' }).click();
    await page.getByLabel('Name').fill('Weekdays');
    await page.getByLabel('Make this my default schedule').check();
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.waitForURL(/\/dashboard\/availability\/\d+$/);
    // Saturday mornings too, and the 25th of next month off.
    await page.getByRole('checkbox', { name: 'Saturday' }).check();
    await page.getByLabel('Saturday, hours 1: until').fill('12:00');
    const next = new Date();
    next.setUTCMonth(next.getUTCMonth() + 1, 25);
    const dayOff = next.toISOString().slice(0, 10);
    await page.getByLabel('Date', { exact: true }).fill(dayOff);
    await page.getByLabel('Unavailable all day').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await shoot('availability');

    const schedules = (await apiAsPage('/v2/schedules')).body.data;
    const weekdays = schedules.find((s: { name: string }) => s.name === 'Weekdays');
    expect(weekdays).toMatchObject({ isDefault: true, timeZone: 'Europe/London' });
    expect(weekdays.availability).toContainEqual({
      days: ['Saturday'],
      startTime: '09:00',
      endTime: '12:00',
    });
    expect(weekdays.overrides).toEqual([{ date: dayOff, startTime: '00:00', endTime: '00:00' }]);
  });

  it('creates an event type and edits its settings', async () => {
    await page.getByRole('link', { name: 'Event types' }).click();
    await page.getByRole('button', { name: 'New event type' }).click();
    await page.getByLabel('Title').fill('Intro call');
    await expect(page.getByLabel('URL slug').inputValue()).resolves.toBe('intro-call');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.waitForURL(/\/dashboard\/event-types\/\d+$/);
    await page.getByLabel('Description').fill('A first conversation.');
    await page.getByLabel('Minimum notice').fill('0');
    await page.getByLabel('Buffer after').fill('10');
    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.getByLabel('Label').last().fill('What should we talk about?');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await shoot('event-type');

    const [eventType] = (await apiAsPage('/v2/event-types')).body.data;
    expect(eventType).toMatchObject({
      title: 'Intro call',
      slug: 'intro-call',
      description: 'A first conversation.',
      minimumBookingNotice: 0,
      afterEventBuffer: 10,
      bookingFields: [
        { type: 'text', slug: 'question-1', label: 'What should we talk about?', required: false },
      ],
    });
  });

  it('is booked through its public page and sees the booking in the dashboard', async () => {
    const visitor = await h.newPage({ timezoneId: 'America/New_York' });
    await visitor.goto(`${h.url}/grace/intro-call`);
    await visitor.locator('button.slot').first().click();
    await visitor.locator('#field-name').fill('Ada Lovelace');
    await visitor.locator('#field-email').fill('ada@example.com');
    await visitor.locator('form.booking-form button[type="submit"]').click();
    await visitor.waitForURL(/\/booking\/[\w-]+/);

    await page.getByRole('link', { name: 'Bookings' }).click();
    const item = page.locator('.d-booking').filter({ hasText: 'Ada Lovelace' });
    await item.getByText('Confirmed').waitFor();
    await shoot('bookings');
  });

  it('cancels the booking with a reason', async () => {
    page.once('dialog', (dialog) => void dialog.accept('Something came up'));
    await page.getByRole('button', { name: 'Cancel booking (with Ada Lovelace)' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Cancelled the booking with Ada Lovelace.' })
      .waitFor();
    await page.getByRole('tab', { name: 'Cancelled' }).click();
    await page.locator('.d-booking').filter({ hasText: 'Something came up' }).waitFor();

    const cancelled = (await apiAsPage('/v2/bookings?status=cancelled')).body.data;
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]).toMatchObject({
      status: 'cancelled',
      cancellationReason: 'Something came up',
    });
  });

  it('creates an API key, shown once, that calls GET /v2/me; revoked, it stops working', async () => {
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByLabel('Note').fill('Scripts');
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = (await page.getByTestId('new-api-key').textContent())!;
    expect(key).toMatch(/^cal_live_[0-9a-f]{32}$/);
    await shoot('api-keys');

    const me = await h.api('/v2/me', { key });
    expect(me.status).toBe(200);
    expect(me.body.data).toMatchObject({ email: newcomer.email, username: 'grace' });

    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByTestId('new-api-key').waitFor({ state: 'detached' });
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `Revoke the key ending in ${key.slice(-4)}` }).click();
    await page.getByText('No API keys.').waitFor();
    expect((await h.api('/v2/me', { key })).status).toBe(401);
  });

  it('creates a webhook (secret shown once), sees deliveries in its log and replays one', async () => {
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('button', { name: 'New webhook' }).click();
    await page.getByLabel('Subscriber URL').fill(receiver.url);
    await page.getByRole('checkbox', { name: 'Booking created' }).waitFor();
    await page.getByRole('button', { name: 'Create webhook' }).click();
    const secret = (await page.getByTestId('webhook-secret').textContent())!;
    expect(secret.length).toBeGreaterThanOrEqual(8);
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByRole('link', { name: receiver.url }).click();
    await page.waitForURL(/\/dashboard\/webhooks\/[\w-]+$/);

    await page.getByRole('button', { name: 'Send a test ping' }).click();
    await page.getByRole('status').filter({ hasText: 'The URL answered 200' }).waitFor();
    expect(receiver.received.map((r) => r.body.triggerEvent)).toEqual(['PING']);

    // A booking of the event type reaches the receiver and the log.
    const eventType = (await apiAsPage('/v2/event-types')).body.data[0];
    const day = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 10);
    const end = new Date(Date.now() + 14 * 24 * 3600_000).toISOString().slice(0, 10);
    const slots = await h.api(`/v2/slots?eventTypeId=${eventType.id}&start=${day}&end=${end}`, {
      key: null,
    });
    const start = Object.values<Array<{ start: string }>>(slots.body.data)[0]![0]!.start;
    const booked = await h.api('/v2/bookings', {
      method: 'POST',
      key: null,
      body: {
        eventTypeId: eventType.id,
        start,
        attendee: { name: 'Alan Turing', email: 'alan@example.com', timeZone: 'Europe/London' },
      },
    });
    expect(booked.status).toBe(201);
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(2);
    expect(receiver.received[1]!.body.triggerEvent).toBe('BOOKING_CREATED');

    const created = page.locator('.d-delivery').filter({ hasText: 'Booking created' });
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: 'Refresh' }).click();
        return created.getByText('Delivered').count();
      })
      .toBe(1);
    await shoot('webhooks');
    await created.getByRole('button', { name: 'Replay Booking created' }).click();
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(3);
    const [first, replayed] = [receiver.received[1]!, receiver.received[2]!];
    expect(replayed.body.triggerEvent).toBe('BOOKING_CREATED');
    expect(replayed.headers['webhook-id']).toBe(first.headers['webhook-id']);
  });

  it('creates a team, invites a member, and sets the hosts of a round-robin event type', async () => {
    await page.getByRole('link', { name: 'Teams' }).click();
    await page.getByRole('button', { name: 'New team' }).click();
    await page.getByLabel('Name').fill('Sales');
    await page.getByRole('button', { name: 'Create team' }).click();
    await page.waitForURL(/\/dashboard\/teams\/\d+$/);
    const teamId = Number(/\/teams\/(\d+)$/.exec(page.url())![1]);

    await page.getByLabel('Email').fill(h.user.email);
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Invited ${h.user.email}.` })
      .waitFor();
    // Ada accepts with her own API key: the dashboard and the API are one.
    const accepted = await h.api(`/v2/teams/${teamId}/invitations/accept`, { method: 'POST' });
    expect(accepted.status).toBe(200);

    await page.getByLabel('Title').fill('Demo');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.waitForURL(/\/dashboard\/teams\/\d+\/event-types\/\d+$/);
    await page.getByLabel('Every member hosts it').uncheck();
    await page.getByLabel('Grace Hopper hosts').check();
    await page.getByLabel(`${h.user.name} hosts`).check();
    await page.getByLabel(`Weight of ${h.user.name}`).fill('3');
    await page.getByLabel('Priority of Grace Hopper').selectOption('high');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await shoot('team');

    const [eventType] = (await apiAsPage(`/v2/teams/${teamId}/event-types`)).body.data;
    expect(eventType).toMatchObject({ schedulingType: 'roundRobin', assignAllTeamMembers: false });
    const hosts = Object.fromEntries(
      eventType.hosts.map((host: { name: string }) => [host.name, host]),
    );
    expect(hosts['Grace Hopper']).toMatchObject({ priority: 'high', weight: 1 });
    expect(hosts[h.user.name]).toMatchObject({ priority: 'medium', weight: 3 });
  });

  it('changes profile and appearance settings, which the API then returns', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Clock').selectOption('12');
    await page.getByLabel('Week starts on').selectOption('Sunday');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).first().waitFor();

    await page.getByLabel('Brand colour (light theme)').fill('#0066ff');
    await page.getByLabel('Theme', { exact: true }).selectOption('dark');
    await page.getByLabel('Hide "Powered by Kairos"').check();
    await page.getByRole('button', { name: 'Save appearance' }).click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await shoot('settings');

    const me = (await apiAsPage('/v2/me')).body.data;
    expect(me).toMatchObject({
      timeFormat: 12,
      weekStart: 'Sunday',
      brandColor: '#0066ff',
      theme: 'dark',
      hideBranding: true,
    });
  });

  it('signs out, and back in with the password', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${h.url}/login`);
    expect((await apiAsPage('/v2/auth/session')).status).toBe(401);
    await page.goto(`${h.url}/dashboard/bookings`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel('Email').fill(newcomer.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Email or password is incorrect',
    );
    await page.getByLabel('Password').fill(newcomer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${h.url}/dashboard/bookings`);
  });
});
