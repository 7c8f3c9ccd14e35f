import { AppError } from '@kairos/contracts';
import { findUserByEmail, type Db, type UserRow } from '@kairos/db';
import { hashPassword, verifyPassword } from '../auth/password';
import {
  clearEvents,
  loginFailuresByEmailAndIp,
  loginFailuresByIp,
  recordEvent,
  secondsUntilAllowed,
  tooManyAttempts,
} from './throttle';

/** Hashed once, verified against when the email is unknown, so both answers take as long. */
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword('kairos decoy password'));

/** The user if the password is theirs; null otherwise (no account, no password, wrong one). */
export async function checkPassword(user: UserRow | undefined, password: string) {
  const stored = user?.passwordHash ?? (await decoy());
  const matches = await verifyPassword(password, stored);
  return matches && user?.passwordHash ? user : null;
}

/** Refuses with 429 while either throttle for this email and address is full. */
export async function assertNotThrottled(db: Db, emailKey: string, ip: string, now: Date) {
  const wait = Math.max(
    await secondsUntilAllowed(db, loginFailuresByEmailAndIp, `${emailKey}|${ip}`, now),
    await secondsUntilAllowed(db, loginFailuresByIp, ip, now),
  );
  if (wait > 0) throw tooManyAttempts(wait);
}

export async function recordLoginFailure(db: Db, emailKey: string, ip: string, now: Date) {
  await recordEvent(db, loginFailuresByEmailAndIp, `${emailKey}|${ip}`, now);
  await recordEvent(db, loginFailuresByIp, ip, now);
}

/**
 * Email and password to a user, throttled per email and address: a throttled attempt is refused
 * before the password is even checked, so guessing stops working, right or wrong.
 */
export async function logIn(
  db: Db,
  credentials: { email: string; password: string; ip: string },
  now: Date,
): Promise<UserRow> {
  const emailKey = credentials.email.trim().toLowerCase();
  await assertNotThrottled(db, emailKey, credentials.ip, now);
  const user = await checkPassword(await findUserByEmail(db, emailKey), credentials.password);
  if (!user) {
    await recordLoginFailure(db, emailKey, credentials.ip, now);
    throw new AppError('UNAUTHORIZED', 'Email or password is incorrect');
  }
  await clearEvents(db, loginFailuresByEmailAndIp, `${emailKey}|${credentials.ip}`);
  return user;
}
