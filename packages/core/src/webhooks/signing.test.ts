import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  calSignature,
  fromBase64,
  standardWebhooksKey,
  standardWebhooksSignature,
  toBase64,
  toHex,
  webhookSignatureHeaders,
  type HmacSha256,
} from './signing';

const hmac: HmacSha256 = (key, message) =>
  new Uint8Array(createHmac('sha256', key).update(message).digest());

describe('webhook signing', () => {
  const body = '{"triggerEvent":"BOOKING_CREATED","payload":{"name":"Zoë \\"Z\\" Ó"}}';

  it('signs the exact body bytes with the secret text as key, in lowercase hex (X-Cal-Signature-256)', () => {
    const secret = 'whsec_your_webhook_secret_here';
    const expected = createHmac('sha256', secret).update(body).digest('hex');
    expect(calSignature(body, secret, hmac)).toBe(expected);
    expect(calSignature(body, secret, hmac)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('signs `${id}.${timestamp}.${body}` with the base64-decoded whsec_ key (Standard Webhooks)', () => {
    const keyBytes = Buffer.from('0123456789abcdef0123456789abcdef');
    const secret = `whsec_${keyBytes.toString('base64')}`;
    const expected = createHmac('sha256', keyBytes)
      .update(`msg_1.1700000000.${body}`)
      .digest('base64');
    expect(
      standardWebhooksSignature({ id: 'msg_1', timestampSeconds: 1700000000, body }, secret, hmac),
    ).toBe(`v1,${expected}`);
  });

  it.each([
    ['a secret that is not whsec_', 'plain-secret', Buffer.from('plain-secret')],
    [
      'whsec_ followed by text that is not base64',
      'whsec_not base64!',
      Buffer.from('whsec_not base64!'),
    ],
    ['whsec_ with base64', 'whsec_AAEC', Buffer.from([0, 1, 2])],
  ])('takes the key bytes of %s', (_name, secret, bytes) => {
    expect(Buffer.from(standardWebhooksKey(secret))).toEqual(bytes);
  });

  it('gives all five headers, the delivery id as webhook-id', () => {
    const headers = webhookSignatureHeaders(
      { body, secret: 'whsec_AAEC', deliveryId: 'd-1', timestampSeconds: 5, version: '2021-10-20' },
      hmac,
    );
    expect(Object.keys(headers)).toEqual([
      'X-Cal-Signature-256',
      'X-Cal-Webhook-Version',
      'webhook-id',
      'webhook-timestamp',
      'webhook-signature',
    ]);
    expect(headers['webhook-id']).toBe('d-1');
    expect(headers['webhook-timestamp']).toBe('5');
    expect(headers['X-Cal-Webhook-Version']).toBe('2021-10-20');
  });

  it('encodes hex and base64 like node does, and refuses text that is not base64', () => {
    const bytes = new Uint8Array([0, 15, 16, 255, 128, 7]);
    expect(toHex(bytes)).toBe(Buffer.from(bytes).toString('hex'));
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(fromBase64('AA/+gAc=')!)).toEqual(Buffer.from('AA/+gAc=', 'base64'));
    expect(fromBase64('')).toBeNull();
    expect(fromBase64('abc')).toBeNull();
    expect(fromBase64('ab_-')).toBeNull();
  });
});
