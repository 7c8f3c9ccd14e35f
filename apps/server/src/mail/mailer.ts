import nodemailer from 'nodemailer';
import type { AppConfig } from '../config';

/** A message to one recipient; text always, HTML when the sender has one. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  /** Resolves once the SMTP server accepted the message (or it was written to the log). */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** The part of a pino/Fastify logger the mailer writes to. */
export interface MailLog {
  info(object: object, message: string): void;
}

/** Where links in mail point: the public URL when configured, else the listen address. */
export function publicBaseUrl(config: Pick<AppConfig, 'publicUrl' | 'host' | 'port'>): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return `http://${host}:${config.port}`;
}

/**
 * `SMTP_URL` as nodemailer reads it (smtp:// or smtps://, credentials in the URL); a `from`
 * query parameter sets the sender, which otherwise is kairos@ the public host.
 */
function smtpSettings(config: AppConfig, smtpUrl: string): { url: string; from: string } {
  const url = new URL(smtpUrl);
  const from = url.searchParams.get('from');
  url.searchParams.delete('from');
  const host = new URL(publicBaseUrl(config)).hostname.replace(/^\[|\]$/g, '');
  return { url: url.toString(), from: from ?? `Kairos <kairos@${host}>` };
}

/**
 * Mail through SMTP when `SMTP_URL` is set; otherwise each message is written to the log, so a
 * self-hoster without a mail server can still follow a password reset link.
 */
export function createMailer(config: AppConfig, log: MailLog): Mailer {
  if (!config.smtpUrl) {
    return {
      send: async (message) => {
        log.info(
          { mail: { to: message.to, subject: message.subject, text: message.text } },
          'mail not sent (SMTP_URL is unset); here it is',
        );
      },
      close: () => {},
    };
  }
  const { url, from } = smtpSettings(config, config.smtpUrl);
  const transport = nodemailer.createTransport(url);
  return {
    send: async (message) => {
      await transport.sendMail({ from, ...message });
    },
    close: () => transport.close(),
  };
}
