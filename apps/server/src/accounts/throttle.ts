import { AppError } from '@kairos/contracts';
import {
  clearThrottleEvents,
  countThrottleEvents,
  pruneThrottleEvents,
  recordThrottleEvent,
  type Db,
} from '@kairos/db';

/** At most `limit` events per `windowMs`, counted in the database so every process agrees. */
export interface ThrottleRule {
  bucket: string;
  limit: number;
  windowMs: number;
}

const MINUTE_MS = 60_000;

/** Failed logins for one email from one address: guessing one account's password. */
export const loginFailuresByEmailAndIp: ThrottleRule = {
  bucket: 'login-failure',
  limit: 5,
  windowMs: 15 * MINUTE_MS,
};
/** Failed logins from one address over any emails: spraying a common password. */
export const loginFailuresByIp: ThrottleRule = {
  bucket: 'login-failure-ip',
  limit: 50,
  windowMs: 15 * MINUTE_MS,
};
/** Reset mails for one account: nobody's inbox gets flooded through us. */
export const resetMailsByEmail: ThrottleRule = {
  bucket: 'password-reset',
  limit: 3,
  windowMs: 60 * MINUTE_MS,
};

/** Events older than this are of no use to any rule. */
const KEEP_MS = 24 * 60 * MINUTE_MS;

/** Seconds until the rule lets the next event through; 0 when it does now. */
export async function secondsUntilAllowed(
  db: Db,
  rule: ThrottleRule,
  key: string,
  now: Date,
): Promise<number> {
  const since = new Date(now.getTime() - rule.windowMs);
  const { count, oldest } = await countThrottleEvents(db, rule.bucket, key, since);
  if (count < rule.limit || !oldest) return 0;
  return Math.max(1, Math.ceil((oldest.getTime() + rule.windowMs - now.getTime()) / 1000));
}

export async function recordEvent(db: Db, rule: ThrottleRule, key: string, now: Date) {
  await recordThrottleEvent(db, rule.bucket, key, now);
  await pruneThrottleEvents(db, new Date(now.getTime() - KEEP_MS));
}

export const clearEvents = (db: Db, rule: ThrottleRule, key: string) =>
  clearThrottleEvents(db, rule.bucket, key);

export function tooManyAttempts(retryAfterSeconds: number): AppError {
  return new AppError(
    'RATE_LIMIT_EXCEEDED',
    `Too many failed sign-in attempts: retry in ${retryAfterSeconds} s`,
    { retryAfterSeconds },
  );
}
