import { AppError, type InstanceOutput } from '@kairos/contracts';
import { getInstanceSettings, hasAnyUser, updateInstanceSettings, type Db } from '@kairos/db';
import type { Caller } from '../auth/caller';
import { isInstanceOwner } from './start-session';

export async function presentInstance(db: Db): Promise<InstanceOutput> {
  const settings = await getInstanceSettings(db);
  return { hasOwner: await hasAnyUser(db), signupsOpen: settings.signupsOpen };
}

/** Instance-wide settings are the owner's alone. */
export async function updateInstance(
  db: Db,
  caller: Caller,
  changes: { signupsOpen?: boolean | undefined },
): Promise<InstanceOutput> {
  if (!(await isInstanceOwner(db, caller.user.id))) {
    throw new AppError('FORBIDDEN', "Only the instance's owner can change its settings");
  }
  if (changes.signupsOpen !== undefined) {
    await updateInstanceSettings(db, { signupsOpen: changes.signupsOpen });
  }
  return presentInstance(db);
}
