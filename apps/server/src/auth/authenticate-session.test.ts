import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browser, person } from '../accounts/testing/browser';
import { TUESDAY_10AM, bookableHost, jane } from '../bookings/testing/booking-fixtures';
import { createTestApp, json, type TestApp } from '../testing/test-app';
import { hashToken } from './session-token';

let now = new Date('2026-03-01T00:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: () => now });
});
afterAll(() => t.close());

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const advance = (ms: number) => {
  now = new Date(now.getTime() + ms);
};

const rename = (b: ReturnType<typeof browser>, csrf?: boolean | string) =>
  b.send({ method: 'PATCH', url: '/v2/me', payload: { name: 'Renamed' }, csrf });

describe('session cookies', () => {
  it('are HttpOnly (the session) and readable (the CSRF token), SameSite=Lax, path /', async () => {
    const response = await browser(t).signUp(person());
    const cookies = response.headers['set-cookie'] as string[];
    const session = cookies.find((c) => c.startsWith('kairos_session='))!;
    const csrf = cookies.find((c) => c.startsWith('kairos_csrf='))!;
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; SameSite=Lax/);
    expect(session).toMatch(/; Path=\//);
    expect(session).toMatch(new RegExp(`; Max-Age=${30 * 24 * 3600}`));
    expect(session).not.toMatch(/; Secure/);
    expect(csrf).not.toMatch(/HttpOnly/);
    expect(csrf).toMatch(/; SameSite=Lax/);
  });

  it('are Secure when the browser came over https (behind a proxy)', async () => {
    const response = await browser(t).send({
      method: 'POST',
      url: '/v2/auth/signup',
      payload: person(),
      headers: { 'x-forwarded-proto': 'https' },
    });
    for (const cookie of response.headers['set-cookie'] as string[]) {
      expect(cookie).toMatch(/; Secure/);
    }
  });

  it('store only a hash of the token', async () => {
    const b = browser(t);
    const { user } = json(await b.signUp(person())).data;
    const token = b.jar.get('kairos_session')!;
    const rows = await t.database.query<{ token_hash: string }>(
      'SELECT token_hash FROM account_sessions WHERE user_id = $1',
      [user.id],
    );
    expect(rows).toEqual([{ token_hash: hashToken(token) }]);
    expect(rows[0]!.token_hash).not.toContain(token);
  });
});

describe('a session cookie', () => {
  it('authenticates reads without a CSRF token, and GET /v2/auth/session hands it out', async () => {
    const b = browser(t);
    const created = json(await b.signUp(person())).data;
    const session = json(await b.send({ method: 'GET', url: '/v2/auth/session' })).data;
    expect(session.user.id).toBe(created.user.id);
    expect(session.csrfToken).toBe(b.jar.get('kairos_csrf'));
    expect(session.csrfToken).toBe(created.csrfToken);
    expect(Date.parse(session.expiresAt)).toBe(now.getTime() + 30 * DAY);
  });

  it('needs the CSRF token on writes: 403 without it or with a wrong one, 200 with it', async () => {
    const b = browser(t);
    await b.signUp(person({ name: 'Before' }));
    for (const csrf of [undefined, 'wrong', '']) {
      const refused = await rename(b, csrf);
      expect(refused.statusCode).toBe(403);
      expect(json(refused).error).toEqual({
        code: 'FORBIDDEN',
        message:
          'Writes with a session cookie need the X-CSRF-Token header (csrfToken of GET /v2/auth/session)',
      });
    }
    expect((await b.me()).data.name).toBe('Before');
    const accepted = await rename(b, true);
    expect(accepted.statusCode).toBe(200);
    expect((await b.me()).data.name).toBe('Renamed');
  });

  it("does not accept another session's CSRF token", async () => {
    const mine = browser(t);
    const theirs = browser(t);
    await mine.signUp(person());
    await theirs.signUp(person());
    expect((await rename(mine, theirs.jar.get('kairos_csrf'))).statusCode).toBe(403);
  });

  it('is ignored when an API key is sent, and API-key writes need no CSRF token', async () => {
    const b = browser(t);
    await b.signUp(person());
    const other = await t.signedIn({ name: 'Key Holder' });
    const response = await b.send({
      method: 'PATCH',
      url: '/v2/me',
      payload: { name: 'Key Holder 2' },
      headers: other.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(json(response).data.id).toBe(other.user.id);
  });

  it('without a CSRF token leaves a public write anonymous instead of refusing it', async () => {
    const host = await bookableHost(t);
    const b = browser(t);
    await b.signUp(person());
    const response = await b.send({
      method: 'POST',
      url: '/v2/bookings',
      payload: { eventTypeId: host.eventType.id, start: TUESDAY_10AM, attendee: jane },
    });
    expect(response.statusCode).toBe(201);
  });
});

describe('logout', () => {
  it('deletes the session and clears the cookies; the old cookie no longer works', async () => {
    const b = browser(t);
    const { user } = json(await b.signUp(person())).data;
    const token = b.jar.get('kairos_session')!;
    const response = await b.send({ method: 'POST', url: '/v2/auth/logout' });
    expect(response.statusCode).toBe(200);
    expect(b.jar.size).toBe(0);
    const rows = await t.database.query('SELECT 1 FROM account_sessions WHERE user_id = $1', [
      user.id,
    ]);
    expect(rows).toEqual([]);
    const replayed = await t.app.inject({
      method: 'GET',
      url: '/v2/me',
      headers: { cookie: `kairos_session=${token}` },
    });
    expect(replayed.statusCode).toBe(401);
    expect(json(replayed).error.message).toBe('Your session has ended: sign in again');
  });

  it('answers 200 without a session too', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/v2/auth/logout' });
    expect(response.statusCode).toBe(200);
  });
});

describe('expiry', () => {
  it('ends a session unused for 30 days', async () => {
    const b = browser(t);
    await b.signUp(person());
    const token = b.jar.get('kairos_session')!;
    advance(30 * DAY + 1000);
    const response = await t.app.inject({
      method: 'GET',
      url: '/v2/auth/session',
      headers: { cookie: `kairos_session=${token}` },
    });
    expect(response.statusCode).toBe(401);
  });

  it('moves forward with use (at most hourly, re-sending the cookies), up to 90 days', async () => {
    const b = browser(t);
    const { user } = json(await b.signUp(person())).data;
    const signedInAt = now.getTime();
    const expiry = async () =>
      (
        await t.database.query<{ expires_at: Date }>(
          'SELECT expires_at FROM account_sessions WHERE user_id = $1',
          [user.id],
        )
      )[0]!.expires_at.getTime();

    advance(30 * 60 * 1000);
    const early = await b.send({ method: 'GET', url: '/v2/me' });
    expect(early.headers['set-cookie']).toBeUndefined();
    expect(await expiry()).toBe(signedInAt + 30 * DAY);

    for (let day = 1; day <= 3; day++) {
      advance(29 * DAY);
      const response = await b.send({ method: 'GET', url: '/v2/me' });
      expect(response.statusCode).toBe(200);
      const cookies = response.headers['set-cookie'] as string[];
      expect(cookies.some((c) => c.startsWith('kairos_session='))).toBe(true);
    }
    // 87 days in: the next renewal stops at 90 days after sign-in, whatever the use.
    expect(await expiry()).toBe(signedInAt + 90 * DAY);
    advance(3 * DAY);
    expect((await b.send({ method: 'GET', url: '/v2/me' })).statusCode).toBe(401);
  });

  it('makes a route that needs nobody ignore an ended session', async () => {
    const b = browser(t);
    await b.signUp(person());
    advance(31 * DAY);
    const response = await b.send({ method: 'GET', url: '/v2/auth/instance' });
    expect(response.statusCode).toBe(200);
  });
});

describe('rate limits for session callers', () => {
  it('count per user, not in one bucket shared by every session', async () => {
    const limited = await createTestApp({
      config: {
        rateLimits: {
          default: { limit: 2, burst: 2 },
          bookingsCreate: { limit: 100, burst: 100 },
          bookingsRead: { limit: 100, burst: 100 },
          slots: { limit: 100, burst: 100 },
          webhooksCreate: { limit: 100, burst: 100 },
        },
      },
    });
    try {
      const a = browser(limited);
      const b = browser(limited);
      await a.signUp(person());
      await b.signUp(person());
      const statuses = [];
      for (let i = 0; i < 3; i++)
        statuses.push((await a.send({ method: 'GET', url: '/v2/me' })).statusCode);
      expect(statuses).toEqual([200, 200, 429]);
      expect((await b.send({ method: 'GET', url: '/v2/me' })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
