import {
  changePasswordRoute,
  confirmPasswordResetRoute,
  getInstanceRoute,
  getSessionRoute,
  loginRoute,
  logoutRoute,
  requestPasswordResetRoute,
  signupRoute,
  updateInstanceRoute,
} from '@kairos/contracts';
import { deleteAccountSession } from '@kairos/db';
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE, hashToken } from '../auth/session-token';
import { bindRoute } from '../http/bind-route';
import type { HandlerContext } from '../http/context';
import { publicBaseUrl } from '../mail/mailer';
import { changePassword } from './change-password';
import { presentInstance, updateInstance } from './instance';
import { logIn } from './log-in';
import { confirmPasswordReset, prepareResetMail } from './reset-password';
import { clearSessionCookies } from './session-cookies';
import { signUp } from './sign-up';
import { presentSession, startSession } from './start-session';

const RESET_ANSWER = {
  message: 'If an account uses this email address, a link to reset its password is on its way',
};

export function accountRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  const { db } = deps.database;

  bindRoute(app, signupRoute, deps, async ({ body }, http) => {
    const user = await signUp(db, body);
    return startSession(db, user, http, deps.now());
  });

  bindRoute(app, loginRoute, deps, async ({ body }, http) => {
    const user = await logIn(db, { ...body, ip: http.request.ip }, deps.now());
    return startSession(db, user, http, deps.now());
  });

  bindRoute(app, logoutRoute, deps, async (_input, { request, reply }) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await deleteAccountSession(db, hashToken(token));
    clearSessionCookies(request, reply);
    return { message: 'Signed out' };
  });

  bindRoute(app, getSessionRoute, deps, async (_input, { caller }) =>
    presentSession(db, caller.user, caller.session ?? null),
  );

  // Answered before anything is looked up, the same for every address: the response tells
  // nobody whether an account exists, nor how long the lookup and the SMTP server took.
  bindRoute(app, requestPasswordResetRoute, deps, async ({ body }, { request }) => {
    const linkFor = (token: string) =>
      `${publicBaseUrl(deps.config)}/reset-password?token=${encodeURIComponent(token)}`;
    deps.mail.send(
      () => prepareResetMail(db, body.email, linkFor, deps.now()),
      request.log,
      'password reset mail',
    );
    return RESET_ANSWER;
  });

  bindRoute(app, confirmPasswordResetRoute, deps, async ({ body }, http) => {
    const user = await confirmPasswordReset(db, body, deps.now());
    return startSession(db, user, http, deps.now());
  });

  bindRoute(app, changePasswordRoute, deps, async ({ body }, { caller, request }) => {
    await changePassword(db, caller, { ...body, ip: request.ip }, deps.now());
    return { message: 'Password changed; other sessions are signed out' };
  });

  bindRoute(app, getInstanceRoute, deps, async () => presentInstance(db));

  bindRoute(app, updateInstanceRoute, deps, async ({ body }, { caller }) =>
    updateInstance(db, caller, body),
  );
}
