import { validationError } from '@kairos/contracts';
import { deleteAccountSessionsOfUser, setUserPassword, type Db } from '@kairos/db';
import { hashPassword } from '../auth/password';
import type { Caller } from '../auth/caller';
import { assertNotThrottled, checkPassword, recordLoginFailure } from './log-in';

/**
 * A new password for the caller. The current one is required when there is one (a stolen
 * session alone cannot lock the owner out), with the login throttle; other sessions end.
 */
export async function changePassword(
  db: Db,
  caller: Caller,
  input: { currentPassword?: string | undefined; newPassword: string; ip: string },
  now: Date,
): Promise<void> {
  const { user } = caller;
  if (user.passwordHash) {
    const emailKey = user.email.toLowerCase();
    await assertNotThrottled(db, emailKey, input.ip, now);
    if (!(await checkPassword(user, input.currentPassword ?? ''))) {
      await recordLoginFailure(db, emailKey, input.ip, now);
      throw validationError([{ field: 'currentPassword', message: 'Incorrect password' }]);
    }
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await setUserPassword(tx, user.id, passwordHash);
    await deleteAccountSessionsOfUser(tx, user.id, caller.session?.id);
  });
}
