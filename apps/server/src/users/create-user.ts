import {
  AppError,
  isValidTimeZone,
  RESERVED_USERNAMES,
  validationError,
  type FieldError,
} from '@kairos/contracts';
import {
  insertSchedule,
  insertUser,
  isUniqueViolation,
  sqlState,
  updateUser,
  type Db,
  type NewUser,
  type UserRow,
} from '@kairos/db';
import { hashPassword } from '../auth/password';
import { STARTER_SCHEDULE_NAME, workingHours } from '../schedules/schedule-rules';

export interface CreateUserCommand {
  email: string;
  username: string;
  name: string;
  timeZone: string;
  password?: string | undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const USERNAME = /^[a-z0-9][a-z0-9_-]{0,62}$/;

function check(command: CreateUserCommand): FieldError[] {
  const errors: FieldError[] = [];
  if (!EMAIL.test(command.email)) errors.push({ field: 'email', message: 'Invalid email address' });
  if (!USERNAME.test(command.username)) {
    errors.push({
      field: 'username',
      message: 'Use lowercase letters, digits, "-" and "_" (max 63)',
    });
  } else if (RESERVED_USERNAMES.has(command.username)) {
    errors.push({ field: 'username', message: 'This name is reserved for Kairos itself' });
  }
  if (!command.name.trim()) errors.push({ field: 'name', message: 'Required' });
  if (!isValidTimeZone(command.timeZone)) {
    errors.push({ field: 'timeZone', message: 'Must be an IANA time zone such as "Europe/Paris"' });
  }
  if (command.password !== undefined && command.password.length < 8) {
    errors.push({ field: 'password', message: 'At least 8 characters' });
  }
  return errors;
}

/** The user, their "Working hours" schedule (Mon–Fri 09:00–17:00, their zone) as the default. */
async function insertUserWithSchedule(db: Db, user: NewUser): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const inserted = await insertUser(tx, user);
    const schedule = await insertSchedule(tx, {
      userId: inserted.id,
      name: STARTER_SCHEDULE_NAME,
      timeZone: inserted.timeZone,
      availability: workingHours(),
      overrides: [],
    });
    return updateUser(tx, inserted.id, { defaultScheduleId: schedule.id });
  });
}

/**
 * Creates an account with a default schedule, in one transaction; email and username are unique
 * regardless of case.
 */
export async function createUser(db: Db, command: CreateUserCommand): Promise<UserRow> {
  const errors = check(command);
  if (errors.length > 0) throw validationError(errors, 'Invalid user');
  try {
    return await insertUserWithSchedule(db, {
      email: command.email.trim(),
      username: command.username,
      name: command.name.trim(),
      timeZone: command.timeZone,
      passwordHash: command.password ? await hashPassword(command.password) : null,
    });
  } catch (error) {
    throw asTakenField(error);
  }
}

/** A unique-violation on the users table as 409 naming the taken field; other errors as they are. */
export function asTakenField(error: unknown): unknown {
  if (!isUniqueViolation(error)) return error;
  const field = sqlState(error).constraint?.includes('username') ? 'username' : 'email';
  return new AppError('CONFLICT', `A user with this ${field} already exists`, [
    { field, message: 'Already taken' },
  ]);
}
