import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { AppConfig } from '../config';
import { createMailer, type MailMessage } from './mailer';

/** Mail sent after the response: a request never waits for, nor fails because of, SMTP. */
export interface MailLater {
  /**
   * Prepares and sends in the background; `prepare` may decide there is nothing to send (null).
   * A failure is logged on `log` under `what`.
   */
  send(prepare: () => Promise<MailMessage | null>, log: FastifyBaseLogger, what: string): void;
}

/** One mailer for the app; closing the app waits for the mail under way, then closes it. */
export function createMailLater(app: FastifyInstance, config: AppConfig): MailLater {
  const mailer = createMailer(config, app.log);
  const underWay = new Set<Promise<void>>();
  app.addHook('onClose', async () => {
    await Promise.allSettled(underWay);
    mailer.close();
  });
  return {
    send(prepare, log, what) {
      const work = prepare()
        .then((mail) => (mail ? mailer.send(mail) : undefined))
        .catch((error: unknown) => log.error({ err: error }, `${what} failed`))
        .finally(() => underWay.delete(work));
      underWay.add(work);
    },
  };
}
