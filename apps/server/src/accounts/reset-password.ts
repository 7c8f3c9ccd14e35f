import { validationError } from '@kairos/contracts';
import {
  consumePasswordResetToken,
  deleteAccountSessionsOfUser,
  findUserByEmail,
  findUserById,
  insertPasswordResetToken,
  setUserPassword,
  type Db,
  type UserRow,
} from '@kairos/db';
import { hashPassword } from '../auth/password';
import { generateToken, hashToken, isWellFormedToken } from '../auth/session-token';
import type { MailMessage } from '../mail/mailer';
import { recordEvent, resetMailsByEmail, secondsUntilAllowed } from './throttle';

/** How long a mailed link works. */
export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

export function resetMail(user: UserRow, link: string): MailMessage {
  return {
    to: user.email,
    subject: 'Reset your Kairos password',
    text: [
      `Hello ${user.name},`,
      '',
      'Someone, hopefully you, asked to reset the password of your Kairos account.',
      `Open this link within 60 minutes to choose a new one:`,
      '',
      link,
      '',
      'If it was not you, ignore this mail: your password stays as it is.',
    ].join('\n'),
  };
}

/**
 * The reset mail for an email address, or null when there is no such account or it had its
 * share of mails this hour. The caller answers the same way in every case.
 */
export async function prepareResetMail(
  db: Db,
  email: string,
  linkFor: (token: string) => string,
  now: Date,
): Promise<MailMessage | null> {
  const user = await findUserByEmail(db, email.trim());
  if (!user) return null;
  const key = user.email.toLowerCase();
  if ((await secondsUntilAllowed(db, resetMailsByEmail, key, now)) > 0) return null;
  await recordEvent(db, resetMailsByEmail, key, now);
  const token = generateToken();
  await insertPasswordResetToken(db, {
    userId: user.id,
    tokenHash: hashToken(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
  });
  return resetMail(user, linkFor(token));
}

/**
 * Spends the token and sets the password, in one transaction: every session of the user ends
 * (whoever knew the old password is out). Invalid, used or expired tokens get 422 on `token`.
 */
export async function confirmPasswordReset(
  db: Db,
  input: { token: string; password: string },
  now: Date,
): Promise<UserRow> {
  const passwordHash = await hashPassword(input.password);
  const userId = await db.transaction(async (tx) => {
    const id = isWellFormedToken(input.token)
      ? await consumePasswordResetToken(tx, hashToken(input.token), now)
      : undefined;
    if (id === undefined) return undefined;
    await setUserPassword(tx, id, passwordHash);
    await deleteAccountSessionsOfUser(tx, id);
    return id;
  });
  const user = userId === undefined ? undefined : await findUserById(db, userId);
  if (!user) {
    throw validationError([
      { field: 'token', message: 'This reset link is invalid, used or expired: ask for a new one' },
    ]);
  }
  return user;
}
