import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../mail/testing/smtp-sink';
import { createTestApp, json, type TestApp } from '../testing/test-app';
import { browser, person } from './testing/browser';

let now = new Date('2026-03-01T00:00:00Z');
let t: TestApp;
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({
    now: () => now,
    config: { smtpUrl: sink.url, publicUrl: 'https://cal.example.org' },
  });
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

const MINUTE = 60_000;
const ANSWER = {
  status: 'success',
  data: {
    message: 'If an account uses this email address, a link to reset its password is on its way',
  },
};

const requestReset = (email: string) =>
  t.app.inject({ method: 'POST', url: '/v2/auth/password-reset', payload: { email } });
const confirm = (b: ReturnType<typeof browser>, token: string, password: string) =>
  b.send({ method: 'POST', url: '/v2/auth/password-reset/confirm', payload: { token, password } });

/** The token in the link of the next mail, after checking the link's shape. */
async function mailedToken(to: string): Promise<string> {
  const mail = await sink.next();
  expect(mail.to).toMatchObject({ text: to });
  expect(mail.subject).toBe('Reset your Kairos password');
  const link = /https:\/\/cal\.example\.org\/reset-password\?token=([\w-]+)/.exec(mail.text ?? '');
  expect(link).not.toBeNull();
  return link![1]!;
}

describe('password reset by mail', () => {
  it('answers the same for an unknown email and mails only real accounts', async () => {
    const fields = person();
    await browser(t).signUp(fields);
    const unknown = await requestReset('nobody@example.com');
    const known = await requestReset(fields.email);
    expect([unknown.statusCode, known.statusCode]).toEqual([200, 200]);
    expect(json(unknown)).toEqual(ANSWER);
    expect(json(known)).toEqual(ANSWER);
    await mailedToken(fields.email);
    // Both lookups ran before the known one's mail arrived; nothing else came.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.received).toHaveLength(1);
  });

  it('sets the password, ends every old session, signs in, and works once', async () => {
    const fields = person();
    const old = browser(t);
    await old.signUp(fields);
    await requestReset(fields.email.toUpperCase());
    const token = await mailedToken(fields.email);

    const b = browser(t);
    const response = await confirm(b, token, 'my new password');
    expect(response.statusCode).toBe(200);
    expect(json(response).data.user.email).toBe(fields.email);
    expect((await b.send({ method: 'GET', url: '/v2/me' })).statusCode).toBe(200);
    expect((await old.send({ method: 'GET', url: '/v2/me' })).statusCode).toBe(401);
    expect((await browser(t).logIn(fields.email, 'correct horse battery')).statusCode).toBe(401);
    expect((await browser(t).logIn(fields.email, 'my new password')).statusCode).toBe(200);

    const again = await confirm(browser(t), token, 'yet another one');
    expect(again.statusCode).toBe(422);
    expect(json(again).error.details).toEqual([
      { field: 'token', message: 'This reset link is invalid, used or expired: ask for a new one' },
    ]);
  });

  it('stores only hashes of tokens and refuses a link older than an hour', async () => {
    const fields = person();
    await browser(t).signUp(fields);
    await requestReset(fields.email);
    const token = await mailedToken(fields.email);
    const stored = await t.database.query<{ token_hash: string }>(
      'SELECT token_hash FROM password_reset_tokens',
    );
    expect(stored.map((row) => row.token_hash).join()).not.toContain(token);

    now = new Date(now.getTime() + 61 * MINUTE);
    expect((await confirm(browser(t), token, 'too late now')).statusCode).toBe(422);
  });

  it('lets a user created without a password choose one', async () => {
    const user = await t.factories.user();
    await requestReset(user.email);
    const token = await mailedToken(user.email);
    expect((await confirm(browser(t), token, 'first password')).statusCode).toBe(200);
    expect((await browser(t).logIn(user.email, 'first password')).statusCode).toBe(200);
  });

  it('mails one account at most 3 times an hour', async () => {
    const fields = person();
    await browser(t).signUp(fields);
    const before = sink.received.length;
    for (let i = 0; i < 3; i++) {
      await requestReset(fields.email);
      await mailedToken(fields.email);
    }
    expect(json(await requestReset(fields.email))).toEqual(ANSWER);
    now = new Date(now.getTime() + 61 * MINUTE);
    await requestReset(fields.email);
    await mailedToken(fields.email);
    expect(sink.received.length).toBe(before + 4);
  });

  it('checks the new password and token with 422', async () => {
    const response = await confirm(browser(t), '', 'short');
    expect(response.statusCode).toBe(422);
    expect(
      json(response)
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['password', 'token']);
  });
});
