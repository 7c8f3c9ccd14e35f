import { defineRoute } from '../route';
import {
  changePasswordInput,
  instanceOutput,
  loginInput,
  messageOutput,
  passwordResetConfirmInput,
  passwordResetInput,
  sessionOutput,
  signupInput,
  updateInstanceInput,
} from '../schemas/account';

const tag = 'Accounts';

export const signupRoute = defineRoute({
  method: 'POST',
  path: '/v2/auth/signup',
  summary: 'Create an account and sign in (sets the session cookie)',
  tag,
  auth: 'none',
  body: signupInput,
  response: sessionOutput,
  status: 201,
});

export const loginRoute = defineRoute({
  method: 'POST',
  path: '/v2/auth/login',
  summary: 'Sign in with email and password (sets the session cookie)',
  tag,
  auth: 'none',
  body: loginInput,
  response: sessionOutput,
});

export const logoutRoute = defineRoute({
  method: 'POST',
  path: '/v2/auth/logout',
  summary: 'End the session of the cookie sent and clear the cookies',
  tag,
  auth: 'none',
  response: messageOutput,
});

export const getSessionRoute = defineRoute({
  method: 'GET',
  path: '/v2/auth/session',
  summary: 'The signed-in account and its CSRF token',
  tag,
  auth: 'required',
  response: sessionOutput,
});

export const requestPasswordResetRoute = defineRoute({
  method: 'POST',
  path: '/v2/auth/password-reset',
  summary: 'Mail a password reset link (same answer whether or not the account exists)',
  tag,
  auth: 'none',
  body: passwordResetInput,
  response: messageOutput,
});

export const confirmPasswordResetRoute = defineRoute({
  method: 'POST',
  path: '/v2/auth/password-reset/confirm',
  summary: 'Set a new password with a mailed token; signs out everywhere, then signs in',
  tag,
  auth: 'none',
  body: passwordResetConfirmInput,
  response: sessionOutput,
});

export const changePasswordRoute = defineRoute({
  method: 'POST',
  path: '/v2/auth/password',
  summary: 'Change the password; other sessions are signed out',
  tag,
  auth: 'required',
  body: changePasswordInput,
  response: messageOutput,
});

export const getInstanceRoute = defineRoute({
  method: 'GET',
  path: '/v2/auth/instance',
  summary: 'Whether the instance has an owner yet and whether sign-up is open',
  tag,
  auth: 'none',
  response: instanceOutput,
});

export const updateInstanceRoute = defineRoute({
  method: 'PATCH',
  path: '/v2/auth/instance',
  summary: "Open or close sign-up (the instance's owner only)",
  tag,
  auth: 'required',
  body: updateInstanceInput,
  response: instanceOutput,
});

export const accountRoutes = [
  signupRoute,
  loginRoute,
  logoutRoute,
  getSessionRoute,
  requestPasswordResetRoute,
  confirmPasswordResetRoute,
  changePasswordRoute,
  getInstanceRoute,
  updateInstanceRoute,
];
