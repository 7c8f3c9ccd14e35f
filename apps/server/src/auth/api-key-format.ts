import { createHash, randomBytes } from 'node:crypto';

/** `cal_live_` (live), `cal_test_` (test mode) and Cal.com's plain `cal_`, then 32 hex digits. */
const KEY_PATTERN = /^(cal_(?:live_|test_)?)([0-9a-f]{32})$/;

export interface ParsedApiKey {
  prefix: string;
  isTest: boolean;
}

export function parseApiKey(token: string): ParsedApiKey | null {
  const match = KEY_PATTERN.exec(token);
  if (!match?.[1]) return null;
  return { prefix: match[1], isTest: match[1] === 'cal_test_' };
}

/** Keys are stored as SHA-256 hex of the whole key and nothing else. */
export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** 16 random bytes, as Cal.com does. */
export function generateApiKey(isTest: boolean): string {
  return `${isTest ? 'cal_test_' : 'cal_live_'}${randomBytes(16).toString('hex')}`;
}
