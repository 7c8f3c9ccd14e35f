import pino from 'pino';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import { createMailer, publicBaseUrl } from './mailer';
import { startSmtpSink, type SmtpSink } from './testing/smtp-sink';

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

const message = { to: 'ada@example.com', subject: 'Hello', text: 'A line of text\nand another' };

describe('createMailer', () => {
  it('sends through SMTP_URL, from kairos@ the public host unless the URL names a sender', async () => {
    const config = { ...readConfig({}), smtpUrl: sink.url, publicUrl: 'https://cal.example.org/' };
    const mailer = createMailer(config, pino({ enabled: false }));
    await mailer.send(message);
    const mail = await sink.next();
    expect(mail.from?.value).toEqual([{ name: 'Kairos', address: 'kairos@cal.example.org' }]);
    expect(mail.to).toMatchObject({ text: 'ada@example.com' });
    expect(mail.subject).toBe('Hello');
    expect(mail.text?.trim()).toBe('A line of text\nand another');
    mailer.close();

    const named = createMailer(
      { ...config, smtpUrl: `${sink.url}?from=${encodeURIComponent('Bookings <b@example.net>')}` },
      pino({ enabled: false }),
    );
    await named.send(message);
    expect((await sink.next()).from?.value).toEqual([
      { name: 'Bookings', address: 'b@example.net' },
    ]);
    named.close();
  });

  it('writes the message to the log when SMTP_URL is unset', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const mailer = createMailer({ ...readConfig({}), smtpUrl: undefined }, pino(stream));
    await mailer.send(message);
    const entry = JSON.parse(lines[0]!);
    expect(entry.msg).toBe('mail not sent (SMTP_URL is unset); here it is');
    expect(entry.mail).toEqual(message);
  });
});

describe('publicBaseUrl', () => {
  it('is KAIROS_PUBLIC_URL without trailing slashes, else the listen address', () => {
    const config = readConfig({ PORT: '4100' });
    expect(publicBaseUrl({ ...config, publicUrl: 'https://x.example//' })).toBe(
      'https://x.example',
    );
    expect(publicBaseUrl(config)).toBe('http://127.0.0.1:4100');
    expect(publicBaseUrl({ ...config, host: '::1' })).toBe('http://[::1]:4100');
  });
});
