import { z } from 'zod';
import { timeZone } from './time-zone';
import { emailInput as email, userOutput, usernameInput } from './user';

/**
 * A new password: at least 8 characters. The upper bound only keeps a request from making the
 * server hash a megabyte.
 */
export const newPassword = z
  .string()
  .min(8, { message: 'At least 8 characters' })
  .max(1024, { message: 'At most 1024 characters' });

/** `POST /v2/auth/signup`: a new account, signed in at once. */
export const signupInput = z.object({
  email,
  password: newPassword,
  name: z.string().trim().min(1, { message: 'Required' }).max(200),
  username: usernameInput,
  timeZone: timeZone.default('UTC'),
});

/** `POST /v2/auth/login`. */
export const loginInput = z.object({
  email: z.string().trim().min(1, { message: 'Required' }).max(320),
  password: z.string().min(1, { message: 'Required' }).max(1024),
});

/**
 * The signed-in account. `csrfToken` must be echoed in `X-CSRF-Token` on every write made with
 * the session cookie; it is null when the caller used an API key.
 */
export const sessionOutput = z.object({
  user: userOutput,
  csrfToken: z.string().nullable(),
  expiresAt: z.string().nullable().describe('When the session ends unless it is used again'),
  isInstanceOwner: z.boolean(),
});

/** `POST /v2/auth/password-reset`: always answered the same way, whether the account exists. */
export const passwordResetInput = z.object({ email });

export const messageOutput = z.object({ message: z.string() });

/** `POST /v2/auth/password-reset/confirm`: the token from the mailed link and a new password. */
export const passwordResetConfirmInput = z.object({
  token: z.string().min(1, { message: 'Required' }).max(200),
  password: newPassword,
});

/** `POST /v2/auth/password`: change the password while signed in. */
export const changePasswordInput = z.object({
  currentPassword: z.string().max(1024).optional(),
  newPassword,
});

/** Instance-wide account settings; the first user of an empty instance is its owner. */
export const instanceOutput = z.object({
  hasOwner: z.boolean().describe('false on an empty instance: the next sign-up becomes owner'),
  signupsOpen: z.boolean(),
});

export const updateInstanceInput = z.object({ signupsOpen: z.boolean().optional() });

export type SessionOutput = z.infer<typeof sessionOutput>;
export type InstanceOutput = z.infer<typeof instanceOutput>;
