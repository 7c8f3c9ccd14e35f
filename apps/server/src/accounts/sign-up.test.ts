import { sessionOutput, successEnvelope } from '@kairos/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';
import { browser, person } from './testing/browser';

let t: TestApp;
/** The browser the instance's first user signed up in. */
let owner: ReturnType<typeof browser>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('POST /v2/auth/signup', () => {
  it('makes the first user of an empty instance its owner, and nobody after', async () => {
    const before = json(await t.app.inject({ method: 'GET', url: '/v2/auth/instance' })).data;
    expect(before).toEqual({ hasOwner: false, signupsOpen: true });

    owner = browser(t);
    const response = await owner.signUp(person({ name: 'Olga Owner' }));
    expect(response.statusCode).toBe(201);
    const session = successEnvelope(sessionOutput).parse(json(response)).data;
    expect(session.isInstanceOwner).toBe(true);
    expect(session.user).toMatchObject({ name: 'Olga Owner', timeZone: 'Europe/Paris' });
    const [settings] = await t.database.query('SELECT owner_user_id FROM instance_settings');
    expect(settings).toEqual({ owner_user_id: session.user.id });

    const second = json(await browser(t).signUp(person())).data;
    expect(second.isInstanceOwner).toBe(false);
    const after = json(await t.app.inject({ method: 'GET', url: '/v2/auth/instance' })).data;
    expect(after).toEqual({ hasOwner: true, signupsOpen: true });
  });

  it('signs the new account in and gives it a default schedule, like `kairos user create`', async () => {
    const b = browser(t);
    const created = json(await b.signUp(person())).data;
    expect(b.jar.has('kairos_session')).toBe(true);
    const me = await b.me();
    expect(me.data).toMatchObject({ id: created.user.id, email: created.user.email });
    expect(me.data.defaultScheduleId).toEqual(expect.any(Number));
    const [row] = await t.database.query<{ password_hash: string }>(
      'SELECT password_hash FROM users WHERE id = $1',
      [created.user.id],
    );
    expect(row?.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(row?.password_hash).not.toContain('correct horse');
  });

  it('answers 422 with one entry per invalid field and creates nobody', async () => {
    const response = await browser(t).signUp({
      email: 'not-an-email',
      password: 'short',
      name: ' ',
      username: 'Has Spaces',
      timeZone: 'Mars/Olympus',
    });
    expect(response.statusCode).toBe(422);
    const fields = json(response).error.details.map((d: { field: string }) => d.field);
    expect(fields.sort()).toEqual(['email', 'name', 'password', 'timeZone', 'username']);
    const [count] = await t.database.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM users WHERE email = 'not-an-email'",
    );
    expect(count?.n).toBe(0);
  });

  it('refuses a taken email or username with 409, whatever their case', async () => {
    const taken = person();
    expect((await browser(t).signUp(taken)).statusCode).toBe(201);
    const again = await browser(t).signUp(person({ email: taken.email.toUpperCase() }));
    expect(again.statusCode).toBe(409);
    expect(json(again).error.details).toEqual([{ field: 'email', message: 'Already taken' }]);
    const sameName = await browser(t).signUp(person({ username: taken.username }));
    expect(sameName.statusCode).toBe(409);
    expect(json(sameName).error.details).toEqual([{ field: 'username', message: 'Already taken' }]);
  });
});

describe('PATCH /v2/auth/instance', () => {
  it('lets the owner close sign-up; others get 403 and sign-up is refused while closed', async () => {
    const member = browser(t);
    await member.signUp(person());
    const refused = await member.send({
      method: 'PATCH',
      url: '/v2/auth/instance',
      payload: { signupsOpen: false },
      csrf: true,
    });
    expect(refused.statusCode).toBe(403);
    expect(json(refused).error.code).toBe('FORBIDDEN');

    const closed = await owner.send({
      method: 'PATCH',
      url: '/v2/auth/instance',
      payload: { signupsOpen: false },
      csrf: true,
    });
    expect(json(closed).data).toEqual({ hasOwner: true, signupsOpen: false });
    const late = await browser(t).signUp(person());
    expect(late.statusCode).toBe(403);
    expect(json(late).error.message).toMatch(/Sign-up is closed/);

    await owner.send({
      method: 'PATCH',
      url: '/v2/auth/instance',
      payload: { signupsOpen: true },
      csrf: true,
    });
    expect((await browser(t).signUp(person())).statusCode).toBe(201);
  });
});

describe('an instance whose first user came from `kairos user create`', () => {
  it('has that user as its owner, not the first to sign up', async () => {
    const other = await createTestApp();
    try {
      const cliUser = await other.factories.user({ password: 'made on the command line' });
      const signedUp = json(await browser(other).signUp(person())).data;
      expect(signedUp.isInstanceOwner).toBe(false);
      const b = browser(other);
      await b.logIn(cliUser.email, 'made on the command line');
      const session = json(await b.send({ method: 'GET', url: '/v2/auth/session' })).data;
      expect(session).toMatchObject({ isInstanceOwner: true, user: { id: cliUser.id } });
    } finally {
      await other.close();
    }
  });
});
