import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browser, person } from '../accounts/testing/browser';
import { startSmtpSink, type SmtpSink } from '../mail/testing/smtp-sink';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
let sink: SmtpSink;
let owner: ReturnType<typeof browser>;
let teamId: number;

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({
    config: { smtpUrl: sink.url, publicUrl: 'https://cal.example.org' },
  });
  owner = browser(t);
  await owner.signUp(person({ name: 'Olga Owner', email: 'olga@example.com' }));
  const team = await owner.send({
    method: 'POST',
    url: '/v2/teams',
    payload: { name: 'Support', slug: 'support-mail' },
    csrf: true,
  });
  teamId = json(team).data.id;
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

const invite = (email: string, role = 'member') =>
  owner.send({
    method: 'POST',
    url: `/v2/teams/${teamId}/invitations`,
    payload: { email, role },
    csrf: true,
  });

describe('invitation mail', () => {
  it('tells an account holder to sign in and accept', async () => {
    const fields = person({ email: 'ada@example.com' });
    await browser(t).signUp(fields);
    expect((await invite('ADA@example.com', 'admin')).statusCode).toBe(201);
    const mail = await sink.next();
    expect(mail.to).toMatchObject({ text: 'ADA@example.com' });
    expect(mail.subject).toBe('Olga Owner invited you to Support on Kairos');
    expect(mail.text).toContain('invited you to join the team "Support" as an admin.');
    expect(mail.text).toContain('https://cal.example.org/dashboard/teams');
  });

  it('sends an address without an account to sign up, which it may while sign-up is closed', async () => {
    const closed = await owner.send({
      method: 'PATCH',
      url: '/v2/auth/instance',
      payload: { signupsOpen: false },
      csrf: true,
    });
    expect(json(closed).data.signupsOpen).toBe(false);
    expect((await invite('newcomer@example.com')).statusCode).toBe(201);
    const mail = await sink.next();
    expect(mail.to).toMatchObject({ text: 'newcomer@example.com' });
    expect(mail.text).toContain('https://cal.example.org/signup?email=newcomer%40example.com');

    const stranger = await browser(t).signUp(person({ email: 'stranger@example.com' }));
    expect(stranger.statusCode).toBe(403);
    const newcomer = browser(t);
    const signedUp = await newcomer.signUp(person({ email: 'Newcomer@Example.com' }));
    expect(signedUp.statusCode).toBe(201);
    const accepted = await newcomer.send({
      method: 'POST',
      url: `/v2/teams/${teamId}/invitations/accept`,
      csrf: true,
    });
    expect(json(accepted).data).toMatchObject({ role: 'MEMBER', accepted: true });
  });

  it('sends nothing when the invitation is refused', async () => {
    const before = sink.received.length;
    expect((await invite('newcomer@example.com')).statusCode).toBe(409);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.received.length).toBe(before);
  });
});
