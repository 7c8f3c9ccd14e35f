import { successEnvelope, userOutput } from '@kairos/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /v2/me and /v2/users/me', () => {
  it('present the authenticated user in the same shape', async () => {
    const { user, headers } = await t.signedIn({ timeZone: 'Europe/London' });
    for (const url of ['/v2/me', '/v2/users/me']) {
      const response = await t.app.inject({ method: 'GET', url, headers });
      expect(response.statusCode).toBe(200);
      const me = successEnvelope(userOutput).parse(json(response)).data;
      expect(me).toMatchObject({
        id: user.id,
        email: user.email,
        username: user.username,
        timeZone: 'Europe/London',
        weekStart: 'Monday',
        timeFormat: 24,
        organizationId: null,
      });
    }
  });
});

describe('PATCH /v2/me', () => {
  it('updates name, zone, week start and clock format and keeps them', async () => {
    const { headers } = await t.signedIn();
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/v2/me',
      headers,
      payload: { name: 'Ada L.', timeZone: 'Asia/Kolkata', weekStart: 'Sunday', timeFormat: 12 },
    });
    expect(response.statusCode).toBe(200);
    const again = json(await t.app.inject({ method: 'GET', url: '/v2/me', headers })).data;
    expect(again).toMatchObject({
      name: 'Ada L.',
      timeZone: 'Asia/Kolkata',
      weekStart: 'Sunday',
      timeFormat: 12,
    });
  });

  it('changes nothing when a field is invalid', async () => {
    const { headers } = await t.signedIn({ name: 'Before' });
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/v2/me',
      headers,
      payload: { name: 'After', timeZone: 'Europe/Atlantis' },
    });
    expect(response.statusCode).toBe(422);
    expect(json(response).error.details).toEqual([
      { field: 'timeZone', message: 'Must be an IANA time zone such as "America/New_York"' },
    ]);
    expect(json(await t.app.inject({ method: 'GET', url: '/v2/me', headers })).data.name).toBe(
      'Before',
    );
  });

  it("only ever changes the caller's own profile", async () => {
    const alice = await t.signedIn({ name: 'Alice' });
    const bob = await t.signedIn({ name: 'Bob' });
    await t.app.inject({
      method: 'PATCH',
      url: '/v2/me',
      headers: alice.headers,
      payload: { name: 'Alicia' },
    });
    expect(
      json(await t.app.inject({ method: 'GET', url: '/v2/me', headers: bob.headers })).data.name,
    ).toBe('Bob');
  });
});

describe('appearance of the booking pages (PATCH /v2/me)', () => {
  it("starts from Cal.com's defaults", async () => {
    const { headers } = await t.signedIn();
    const me = json(await t.app.inject({ method: 'GET', url: '/v2/me', headers })).data;
    expect(me).toMatchObject({
      brandColor: '#292929',
      darkBrandColor: '#fafafa',
      theme: 'auto',
      logoUrl: null,
      hideBranding: false,
    });
  });

  it('sets brand colours, theme, logo and branding, and removes the logo with null', async () => {
    const { headers } = await t.signedIn();
    const patch = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'PATCH', url: '/v2/me', headers, payload });
    const response = await patch({
      brandColor: '#0A6',
      darkBrandColor: '#FFCC00',
      theme: 'dark',
      logoUrl: 'https://cdn.example.com/logo.png',
      hideBranding: true,
    });
    expect(response.statusCode).toBe(200);
    expect(json(response).data).toMatchObject({
      brandColor: '#00aa66',
      darkBrandColor: '#ffcc00',
      theme: 'dark',
      logoUrl: 'https://cdn.example.com/logo.png',
      hideBranding: true,
    });
    await patch({ logoUrl: null });
    const me = json(await t.app.inject({ method: 'GET', url: '/v2/me', headers })).data;
    expect(me.logoUrl).toBeNull();
    expect(me.theme).toBe('dark');
  });

  it('refuses colours, themes and logos it cannot show, one detail per field', async () => {
    const { headers } = await t.signedIn();
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/v2/me',
      headers,
      payload: { brandColor: 'red', theme: 'sepia', logoUrl: 'javascript:alert(1)' },
    });
    expect(response.statusCode).toBe(422);
    const fields = json(response).error.details.map((d: { field: string }) => d.field);
    expect(fields.sort()).toEqual(['brandColor', 'logoUrl', 'theme']);
  });
});

describe('email, username and default schedule (PATCH /v2/me)', () => {
  const patch = (headers: Record<string, string>, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'PATCH', url: '/v2/me', headers, payload });

  it('changes email and username; the booking page moves with the username', async () => {
    const { user, headers } = await t.signedIn();
    const username = `renamed-${user.id}`;
    const response = await patch(headers, { email: ` new-${user.id}@example.org `, username });
    expect(response.statusCode).toBe(200);
    expect(json(response).data).toMatchObject({ email: `new-${user.id}@example.org`, username });
    const page = (name: string) =>
      t.app.inject({ method: 'GET', url: `/api/public/users/${name}` });
    expect((await page(username)).statusCode).toBe(200);
    expect((await page(user.username)).statusCode).toBe(404);
  });

  it('refuses a taken email or username, whatever its case, with 409 on the field', async () => {
    const taken = await t.signedIn();
    const { headers } = await t.signedIn({ name: 'Unchanged' });
    const email = await patch(headers, { email: taken.user.email.toUpperCase(), name: 'Changed' });
    expect(email.statusCode).toBe(409);
    expect(json(email).error.details).toEqual([{ field: 'email', message: 'Already taken' }]);
    const username = await patch(headers, { username: taken.user.username });
    expect(username.statusCode).toBe(409);
    expect(json(username).error.details).toEqual([{ field: 'username', message: 'Already taken' }]);
    expect(json(await t.app.inject({ method: 'GET', url: '/v2/me', headers })).data.name).toBe(
      'Unchanged',
    );
  });

  it("refuses usernames Kairos's own pages use, and malformed ones", async () => {
    const { headers } = await t.signedIn();
    for (const username of ['dashboard', 'team', 'v2', 'Upper', '-dash']) {
      const response = await patch(headers, { username });
      expect(response.statusCode, username).toBe(422);
      expect(json(response).error.details[0].field).toBe('username');
    }
    const signup = await t.app.inject({
      method: 'POST',
      url: '/v2/auth/signup',
      payload: {
        email: 'reserved@example.com',
        password: 'long enough password',
        name: 'Res',
        username: 'login',
      },
    });
    expect(signup.statusCode).toBe(422);
    expect(json(signup).error.details).toEqual([
      { field: 'username', message: 'This name is reserved for Kairos itself' },
    ]);
  });

  it('sets the default schedule to one of the caller’s, never to someone else’s', async () => {
    const { headers } = await t.signedIn();
    const other = await t.signedIn();
    const create = async (h: Record<string, string>) =>
      json(
        await t.app.inject({
          method: 'POST',
          url: '/v2/schedules',
          headers: h,
          payload: { name: 'Evenings', timeZone: 'UTC', isDefault: false },
        }),
      ).data.id as number;
    const mine = await create(headers);
    const theirs = await create(other.headers);
    const moved = await patch(headers, { defaultScheduleId: mine });
    expect(json(moved).data.defaultScheduleId).toBe(mine);
    const defaultSchedule = await t.app.inject({
      method: 'GET',
      url: '/v2/schedules/default',
      headers,
    });
    expect(json(defaultSchedule).data.id).toBe(mine);
    const refused = await patch(headers, { defaultScheduleId: theirs });
    expect(refused.statusCode).toBe(422);
    expect(json(refused).error.details).toEqual([
      { field: 'defaultScheduleId', message: 'Not one of your schedules' },
    ]);
  });
});
