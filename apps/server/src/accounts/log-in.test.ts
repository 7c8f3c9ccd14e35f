import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';
import { browser, person } from './testing/browser';

let now = new Date('2026-03-01T00:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: () => now });
});
afterAll(() => t.close());

const MINUTE = 60_000;
const PASSWORD = 'correct horse battery';

describe('POST /v2/auth/login', () => {
  it('signs in with the email in any case and sets a new session', async () => {
    const fields = person();
    const { user } = json(await browser(t).signUp(fields)).data;
    const b = browser(t);
    const response = await b.logIn(fields.email.toUpperCase(), PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(json(response).data.user.id).toBe(user.id);
    expect((await b.me()).data.id).toBe(user.id);
  });

  it('works for users made by `kairos user create --password`', async () => {
    const user = await t.factories.user({ password: 'from the cli 123' });
    const response = await browser(t).logIn(user.email, 'from the cli 123');
    expect(response.statusCode).toBe(200);
  });

  it('gives the same 401 for a wrong password, an unknown email and a user without password', async () => {
    const fields = person();
    await browser(t).signUp(fields);
    const passwordless = await t.factories.user();
    for (const [email, password] of [
      [fields.email, 'wrong password'],
      ['nobody@example.com', PASSWORD],
      [passwordless.email, ''],
      [passwordless.email, 'anything at all'],
    ] as const) {
      const b = browser(t, { ip: '10.0.0.9' });
      const response = await b.logIn(email, password);
      if (password === '') {
        expect(response.statusCode).toBe(422);
        continue;
      }
      expect(response.statusCode).toBe(401);
      expect(json(response).error).toEqual({
        code: 'UNAUTHORIZED',
        message: 'Email or password is incorrect',
      });
      expect(b.jar.size).toBe(0);
    }
  });
});

describe('login throttling', () => {
  it('refuses the 6th try in 15 minutes for one email and address with 429, even when right', async () => {
    const fields = person();
    await browser(t).signUp(fields);
    const attacker = browser(t, { ip: '203.0.113.7' });
    for (let i = 0; i < 5; i++) {
      expect((await attacker.logIn(fields.email, `guess ${i}`)).statusCode).toBe(401);
      now = new Date(now.getTime() + MINUTE);
    }
    const throttled = await attacker.logIn(fields.email, PASSWORD);
    expect(throttled.statusCode).toBe(429);
    expect(json(throttled).error.code).toBe('RATE_LIMIT_EXCEEDED');
    // The first failure leaves the 15-minute window 10 minutes from now.
    expect(json(throttled).error.details).toEqual({ retryAfterSeconds: 600 });
    expect(throttled.headers['retry-after']).toBe('600');
    expect(attacker.jar.size).toBe(0);

    const owner = browser(t, { ip: '198.51.100.2' });
    expect((await owner.logIn(fields.email, PASSWORD)).statusCode).toBe(200);

    now = new Date(now.getTime() + 10 * MINUTE);
    expect((await attacker.logIn(fields.email, PASSWORD)).statusCode).toBe(200);
  });

  it('forgets the failures of an email and address once its owner signs in', async () => {
    const fields = person();
    await browser(t).signUp(fields);
    const b = browser(t, { ip: '192.0.2.44' });
    for (let i = 0; i < 4; i++) await b.logIn(fields.email, 'typo');
    expect((await b.logIn(fields.email, PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) {
      expect((await b.logIn(fields.email, 'typo')).statusCode).toBe(401);
    }
  });

  it('stops one address spraying one password over many emails after 50 failures', async () => {
    const sprayer = browser(t, { ip: '192.0.2.99' });
    for (let i = 0; i < 50; i++) {
      expect((await sprayer.logIn(`victim${i}@example.com`, 'Summer2026!')).statusCode).toBe(401);
    }
    expect((await sprayer.logIn('victim50@example.com', 'Summer2026!')).statusCode).toBe(429);
  });
});

describe('POST /v2/auth/password', () => {
  it('needs the current password, then signs out other sessions but not this one', async () => {
    const fields = person();
    const here = browser(t);
    await here.signUp(fields);
    const elsewhere = browser(t);
    await elsewhere.logIn(fields.email, PASSWORD);

    const wrong = await here.send({
      method: 'POST',
      url: '/v2/auth/password',
      payload: { currentPassword: 'nope', newPassword: 'a brand new secret' },
      csrf: true,
    });
    expect(wrong.statusCode).toBe(422);
    expect(json(wrong).error.details).toEqual([
      { field: 'currentPassword', message: 'Incorrect password' },
    ]);

    const changed = await here.send({
      method: 'POST',
      url: '/v2/auth/password',
      payload: { currentPassword: PASSWORD, newPassword: 'a brand new secret' },
      csrf: true,
    });
    expect(changed.statusCode).toBe(200);
    expect((await here.send({ method: 'GET', url: '/v2/me' })).statusCode).toBe(200);
    expect((await elsewhere.send({ method: 'GET', url: '/v2/me' })).statusCode).toBe(401);
    expect((await browser(t).logIn(fields.email, PASSWORD)).statusCode).toBe(401);
    expect((await browser(t).logIn(fields.email, 'a brand new secret')).statusCode).toBe(200);
  });
});
