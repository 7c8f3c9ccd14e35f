import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolveTarget, type Resolver } from './url-safety';

/** Bytes of a response body read at most; the rest is discarded unread. */
const MAX_RESPONSE_BYTES = 64 * 1024;
/** What the delivery log keeps of a response body. */
export const RESPONSE_EXCERPT_BYTES = 1024;

export interface SendOptions {
  allowPrivate: boolean;
  resolve: Resolver;
  /** The whole attempt: connect, send, response headers and body. */
  timeoutMs: number;
}

/** What one POST found. */
export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  error: string | null;
}

const excerptOf = (body: Buffer): string | null => {
  if (body.length === 0) return null;
  // Cut at 1 KiB of bytes; a character split there becomes U+FFFD and is dropped.
  return body
    .subarray(0, RESPONSE_EXCERPT_BYTES)
    .toString('utf8')
    .replace(/\uFFFD+$/, '');
};

/**
 * POSTs a body to a subscriber: the address is resolved and checked once and connected to
 * directly, redirects are not followed (a 3xx is a failure), everything must finish within the
 * timeout, and at most 64 KiB of the response is read. 2xx is success. Never throws.
 */
export async function sendWebhook(
  url: string,
  request: { body: string; headers: Record<string, string> },
  options: SendOptions,
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const failed = (error: string, statusCode: number | null = null, excerpt: string | null = null) =>
    ({ ok: false, statusCode, latencyMs: elapsed(), responseExcerpt: excerpt, error }) as const;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return failed('The subscriber URL is not a valid URL');
  }
  const resolved = await resolveTarget(target, options);
  if (!resolved.ok) return failed(`Refused: ${resolved.reason}`);
  const { address, family } = resolved.address;
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (result: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = transport.request(
      target,
      {
        method: 'POST',
        lookup: pinned,
        headers: {
          ...request.headers,
          'Content-Length': String(Buffer.byteLength(request.body)),
          'User-Agent': 'Kairos-Webhooks/1',
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size >= MAX_RESPONSE_BYTES) return;
          chunks.push(chunk);
          size += chunk.length;
          if (size >= MAX_RESPONSE_BYTES) res.destroy();
        });
        const done = () => {
          const status = res.statusCode ?? 0;
          const excerpt = excerptOf(Buffer.concat(chunks));
          if (status >= 200 && status < 300) {
            finish({
              ok: true,
              statusCode: status,
              latencyMs: elapsed(),
              responseExcerpt: excerpt,
              error: null,
            });
          } else if (status >= 300 && status < 400) {
            const location = res.headers.location ?? '';
            finish(failed(`Redirect not followed (${status} to ${location})`, status, excerpt));
          } else finish(failed(`HTTP ${status}`, status, excerpt));
        };
        res.on('end', done);
        res.on('close', done);
        res.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      finish(failed(`Timed out after ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    req.on('error', (error) => finish(failed(error.message)));
    req.end(request.body);
  });
}
