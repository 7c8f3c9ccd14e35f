import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the receiver saw it. */
export interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  rawBody: string;
  /** What express.json() would have made of it (undefined for other content types). */
  body: any;
  /** PRD 3.9's handler: did `JSON.stringify(req.body)` (a form: the raw body) verify? */
  prdVerified: boolean;
  /** Did the Standard Webhooks headers verify (raw body, whsec_ key, 5-minute tolerance)? */
  standardVerified: boolean;
  at: number;
}

/** What to answer; `hang` never answers, `redirect` sends a 302 to that URL. */
export type Reply = { status: number; body?: string } | { hang: true } | { redirect: string };

/** PRD 3.9's verifyWebhook, as written there. */
function verifyWebhook(payload: string, signature: string, secret: string): boolean {
  const expectedSignature = crypto.createHmac('sha256', secret).update(payload).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expectedSignature));
}

/** Standard Webhooks verification, written from the specification (not from Kairos's code). */
function verifyStandard(headers: http.IncomingHttpHeaders, rawBody: string, secret: string) {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') {
    return false;
  }
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = crypto
    .createHmac('sha256', key)
    .update(`${id}.${timestamp}.${rawBody}`)
    .digest('base64');
  return signatures
    .split(' ')
    .some((entry) => entry.startsWith('v1,') && entry.slice(3) === expected);
}

/**
 * A webhook receiver on 127.0.0.1 that verifies deliveries the way PRD 3.9's Express handler
 * does (express.json(), then HMAC of `JSON.stringify(req.body)`), and by Standard Webhooks.
 * `replies` are used in order, then 200 OK.
 */
export async function startReceiver(
  options: { secret?: string; replies?: Reply[]; port?: number } = {},
) {
  const received: Received[] = [];
  const replies = [...(options.replies ?? [])];
  let secret = options.secret ?? '';
  const waiters: Array<() => void> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const isJson = (req.headers['content-type'] ?? '').startsWith('application/json');
      const body = isJson ? JSON.parse(rawBody) : undefined;
      const signature = req.headers['x-cal-signature-256'];
      let prdVerified = false;
      try {
        // express.json() then JSON.stringify(req.body), as PRD 3.9 verifies; a form body (a
        // template that is not JSON) can only be verified as the raw text.
        const signed = isJson ? JSON.stringify(body) : rawBody;
        prdVerified = typeof signature === 'string' && verifyWebhook(signed, signature, secret);
      } catch {
        prdVerified = false;
      }
      received.push({
        path: req.url ?? '',
        headers: req.headers,
        rawBody,
        body,
        prdVerified,
        standardVerified: verifyStandard(req.headers, rawBody, secret),
        at: Date.now(),
      });
      waiters.splice(0).forEach((wake) => wake());
      const reply = replies.shift() ?? { status: 200, body: 'OK' };
      if ('hang' in reply) return;
      if ('redirect' in reply) {
        res.writeHead(302, { location: reply.redirect }).end();
        return;
      }
      if (!prdVerified && reply.status === 200) {
        res.writeHead(401).end('Invalid signature');
        return;
      }
      res.writeHead(reply.status, { 'content-type': 'text/plain' }).end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/cal`,
    port,
    received,
    setSecret: (value: string) => void (secret = value),
    /** Resolves once `count` requests have arrived (or rejects after `timeoutMs`). */
    waitFor: async (count: number, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`expected ${count} webhook requests, got ${received.length}`);
        }
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return received.slice(0, count);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
