/**
 * Webhook signatures. The HMAC primitive comes in as a parameter (core does no I/O and links no
 * crypto library); everything around it (which bytes are signed, with which key, in which text
 * form) is decided here.
 */

/** HMAC-SHA256 of `message` under `key`, as raw bytes (node: `createHmac('sha256', key)`). */
export type HmacSha256 = (key: Uint8Array, message: Uint8Array) => Uint8Array;

/** Cal.com's default `X-Cal-Webhook-Version` (compatibility reference 2.2). */
export const DEFAULT_WEBHOOK_VERSION = '2021-10-20';

/** Prefix of generated secrets; Standard Webhooks reads the rest as base64 key bytes. */
export const SECRET_PREFIX = 'whsec_';

const encoder = new TextEncoder();
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Lowercase hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text;
}

/** Standard base64 (with padding) of bytes. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The bytes of standard base64 text, or null when it is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length === 0 || text.length % 4 !== 0 || !BASE64.test(text)) return null;
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/**
 * `X-Cal-Signature-256`: lowercase hex HMAC-SHA256 of the exact body text (UTF-8), keyed with
 * the secret text itself, as Cal.com signs and as PRD 3.9's receiver verifies.
 */
export function calSignature(body: string, secret: string, hmac: HmacSha256): string {
  return toHex(hmac(encoder.encode(secret), encoder.encode(body)));
}

/**
 * The Standard Webhooks signing key: the base64-decoded part after `whsec_` (how the
 * standardwebhooks libraries read a secret); any other secret is used as its UTF-8 bytes.
 */
export function standardWebhooksKey(secret: string): Uint8Array {
  const decoded = secret.startsWith(SECRET_PREFIX)
    ? fromBase64(secret.slice(SECRET_PREFIX.length))
    : null;
  return decoded ?? encoder.encode(secret);
}

/**
 * `webhook-signature`: `v1,` + base64 HMAC-SHA256 of `${id}.${timestamp}.${body}`
 * (Standard Webhooks), `timestamp` in whole seconds since the epoch.
 */
export function standardWebhooksSignature(
  message: { id: string; timestampSeconds: number; body: string },
  secret: string,
  hmac: HmacSha256,
): string {
  const signed = `${message.id}.${message.timestampSeconds}.${message.body}`;
  return `v1,${toBase64(hmac(standardWebhooksKey(secret), encoder.encode(signed)))}`;
}

/** What an attempt signs: the body exactly as sent, the delivery id and the attempt's time. */
export interface SignatureInput {
  body: string;
  secret: string;
  /** Stable across the retries of one delivery: receivers deduplicate with it. */
  deliveryId: string;
  timestampSeconds: number;
  version: string;
}

/**
 * The signature and version headers of one attempt: Cal.com's pair and the three Standard
 * Webhooks headers.
 * @example webhookSignatureHeaders({ body, secret, deliveryId, timestampSeconds, version }, hmac)['X-Cal-Signature-256']
 */
export function webhookSignatureHeaders(
  input: SignatureInput,
  hmac: HmacSha256,
): Record<string, string> {
  const id = input.deliveryId;
  return {
    'X-Cal-Signature-256': calSignature(input.body, input.secret, hmac),
    'X-Cal-Webhook-Version': input.version,
    'webhook-id': id,
    'webhook-timestamp': String(input.timestampSeconds),
    'webhook-signature': standardWebhooksSignature(
      { id, timestampSeconds: input.timestampSeconds, body: input.body },
      input.secret,
      hmac,
    ),
  };
}
