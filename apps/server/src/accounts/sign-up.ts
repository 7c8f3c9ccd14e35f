import { AppError } from '@kairos/contracts';
import {
  claimInstanceOwner,
  getInstanceSettings,
  hasAnyUser,
  isInvitedEmail,
  type Db,
} from '@kairos/db';
import { createUser, type CreateUserCommand } from '../users/create-user';

/**
 * A new account with its starter schedule. Open unless the owner closed sign-up; the first
 * account of an empty instance can always be made, and becomes the instance's owner, and an
 * address a team invited may always sign up (the invitation is the owner's say-so).
 */
export async function signUp(db: Db, command: Required<CreateUserCommand>) {
  const settings = await getInstanceSettings(db);
  if (
    !settings.signupsOpen &&
    (await hasAnyUser(db)) &&
    !(await isInvitedEmail(db, command.email))
  ) {
    throw new AppError(
      'FORBIDDEN',
      'Sign-up is closed on this instance: ask its owner to create an account (kairos user create)',
    );
  }
  const user = await createUser(db, command);
  await claimInstanceOwner(db);
  return user;
}
