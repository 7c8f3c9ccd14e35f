/**
 * An invitation to a team on an instance whose sign-up is closed: the invited address follows
 * the mail's link, signs up with the address filled in, and accepts on the Teams page; anyone
 * else finds sign-up closed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness';

let h: Harness;
let page: Page;
let teamId: number;

beforeAll(async () => {
  h = await startHarness();
  page = await h.newPage({ viewport: { width: 1280, height: 860 } });
  const team = await h.api('/v2/teams', {
    method: 'POST',
    body: { name: 'Support', slug: 'support' },
  });
  teamId = team.body.data.id;
  const closed = await h.api('/v2/auth/instance', {
    method: 'PATCH',
    body: { signupsOpen: false },
  });
  expect(closed.body.data.signupsOpen).toBe(false);
  const invited = await h.api(`/v2/teams/${teamId}/invitations`, {
    method: 'POST',
    body: { email: 'lin@example.com', role: 'member' },
  });
  expect(invited.status).toBe(201);
});
afterAll(async () => {
  await h?.stop();
});

describe('an invited address on a closed instance', () => {
  it('finds sign-up closed without the invitation link', async () => {
    await page.goto(`${h.url}/signup`);
    await page.getByText('Sign-up is closed here').waitFor();
    expect(await page.getByRole('button', { name: 'Create account' }).count()).toBe(0);
  });

  it("signs up from the mail's link and accepts the invitation", async () => {
    await page.goto(`${h.url}/signup?email=lin%40example.com`);
    await expect(page.getByLabel('Email').inputValue()).resolves.toBe('lin@example.com');
    await page.getByLabel('Your name').fill('Lin Invited');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(`${h.url}/dashboard/teams`);
    await page.getByText('Support invites you as Member.').waitFor();
    await page.getByRole('button', { name: 'Accept Support' }).click();
    await page.getByRole('status').filter({ hasText: 'You joined Support.' }).waitFor();
    await page
      .getByRole('list', { name: 'Teams' })
      .getByRole('link', { name: 'Support' })
      .waitFor();

    const members = await h.api(`/v2/teams/${teamId}/memberships`);
    const lin = members.body.data.find(
      (m: { user: { email: string } }) => m.user.email === 'lin@example.com',
    );
    expect(lin).toMatchObject({ accepted: true, role: 'MEMBER', user: { name: 'Lin Invited' } });
  });

  it('changes their email and username in the settings; a taken username is refused', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Username').fill('ada');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Already taken').waitFor();
    await page.getByLabel('Username').fill('lin');
    await page.getByLabel('Email').fill('lin@example.org');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).first().waitFor();
    const me = await page.request.get(`${h.url}/v2/me`);
    expect((await me.json()).data).toMatchObject({ username: 'lin', email: 'lin@example.org' });
    expect((await h.api('/api/public/users/lin', { key: null })).status).toBe(200);
  });
});
