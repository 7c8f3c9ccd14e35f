/**
 * A team's webhooks in the dashboard: an owner adds one on the team page (secret shown once), a
 * booking of the team's round robin reaches the receiver and the webhook's delivery log, then
 * the owner switches it off and deletes it. A plain member's team page has no webhooks section.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type SeededUser } from '../harness';

let h: Harness;
let teamId: number;
let eventTypeId: number;
const received: any[] = [];
let receiverUrl = '';
const receiver = createServer((request, response) => {
  let text = '';
  request.on('data', (chunk: Buffer) => (text += chunk.toString()));
  request.on('end', () => {
    received.push(JSON.parse(text));
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/team`;
  h = await startHarness({
    users: [
      { username: 'olive', name: 'Olive Owner' },
      { username: 'max', name: 'Max Member' },
    ],
    // The receiver is on loopback: allowed for this instance only.
    env: { KAIROS_WEBHOOK_ALLOW_PRIVATE_URLS: '1' },
  });
  const [owner, member] = h.users as [SeededUser, SeededUser];
  const team = await h.api('/v2/teams', { method: 'POST', body: { name: 'Support' } });
  teamId = team.body.data.id;
  const added = await h.api(`/v2/teams/${teamId}/memberships`, {
    method: 'POST',
    body: { userId: member.id, role: 'MEMBER', accepted: true },
  });
  expect(added.status).toBe(201);
  const eventType = await h.api(`/v2/teams/${teamId}/event-types`, {
    method: 'POST',
    body: {
      title: 'Help',
      slug: 'help',
      lengthInMinutes: 30,
      minimumBookingNotice: 0,
      schedulingType: 'roundRobin',
      hosts: [{ userId: owner.id }],
    },
  });
  expect(eventType.status).toBe(201);
  eventTypeId = eventType.body.data.id;
});
afterAll(async () => {
  await h?.stop();
  await new Promise((done) => receiver.close(done));
});

async function signedInPage(user: SeededUser): Promise<Page> {
  const page = await h.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(`${h.url}/login`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/dashboard\//);
  await page.goto(`${h.url}/dashboard/teams/${teamId}`);
  await page.getByRole('heading', { name: 'Support' }).waitFor();
  return page;
}

/** A booking of the team's round robin at its first free slot. */
async function bookTheTeam() {
  const day = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 10);
  const end = new Date(Date.now() + 14 * 24 * 3600_000).toISOString().slice(0, 10);
  const slots = await h.api(`/v2/slots?eventTypeId=${eventTypeId}&start=${day}&end=${end}`, {
    key: null,
  });
  const start = Object.values<Array<{ start: string }>>(slots.body.data)[0]![0]!.start;
  const booked = await h.api('/v2/bookings', {
    method: 'POST',
    key: null,
    body: {
      eventTypeId,
      start,
      attendee: { name: 'Alan Turing', email: 'alan@example.com', timeZone: 'UTC' },
    },
  });
  expect(booked.status).toBe(201);
  return booked.body.data as { uid: string };
}

describe('team webhooks in the dashboard', () => {
  it("lets the owner add a team webhook that receives the team's bookings, switch it off and delete it", async () => {
    const page = await signedInPage(h.users[0]!);
    const section = page.getByRole('region', { name: 'Webhooks' });
    await section.getByText('This team has no webhooks.').waitFor();
    await section.getByRole('button', { name: 'New webhook' }).click();
    await section.getByLabel('Subscriber URL').fill(receiverUrl);
    await section.getByRole('button', { name: 'Create webhook' }).click();
    const secret = (await page.getByTestId('webhook-secret').textContent())!;
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'I have copied it' }).click();
    const [webhook] = (await h.api(`/v2/teams/${teamId}/webhooks`)).body.data;
    expect(webhook).toMatchObject({ teamId, subscriberUrl: receiverUrl, active: true });

    const booking = await bookTheTeam();
    await expect
      .poll(() => received.filter((r) => r.payload?.uid === booking.uid).length, {
        timeout: 20_000,
      })
      .toBe(1);
    await section.getByRole('button', { name: `Deliveries of ${receiverUrl}` }).click();
    const created = section.locator('.d-delivery').filter({ hasText: 'Booking created' });
    await expect
      .poll(async () => {
        await section.getByRole('button', { name: 'Refresh' }).click();
        return created.getByText('Delivered').count();
      })
      .toBe(1);

    await section.getByRole('button', { name: `Disable ${receiverUrl}` }).click();
    await section.getByRole('status').filter({ hasText: 'Webhook disabled.' }).waitFor();
    const off = await h.api(`/v2/teams/${teamId}/webhooks/${webhook.id}`);
    expect(off.body.data.active).toBe(false);
    await section.getByRole('button', { name: `Enable ${receiverUrl}` }).waitFor();

    page.once('dialog', (dialog) => void dialog.accept());
    await section.getByRole('button', { name: `Delete ${receiverUrl}` }).click();
    await section.getByText('This team has no webhooks.').waitFor();
    expect((await h.api(`/v2/teams/${teamId}/webhooks`)).body.data).toEqual([]);
  });

  it("shows a plain member no webhooks section on the team's page", async () => {
    const page = await signedInPage(h.users[1]!);
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    expect(await page.getByRole('region', { name: 'Webhooks' }).count()).toBe(0);
  });
});
