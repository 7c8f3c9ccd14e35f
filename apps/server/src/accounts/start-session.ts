import type { SessionOutput } from '@kairos/contracts';
import {
  claimInstanceOwner,
  deleteExpiredAccountSessions,
  getInstanceSettings,
  insertAccountSession,
  type Db,
  type UserRow,
} from '@kairos/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { csrfTokenFor, generateToken, hashToken, sessionExpiry } from '../auth/session-token';
import { iso } from '../http/iso';
import { presentUser } from '../me/present-user';
import { setSessionCookies } from './session-cookies';

/** Whether the user owns the instance; the owner is recorded lazily (see claimInstanceOwner). */
export async function isInstanceOwner(db: Db, userId: number): Promise<boolean> {
  let settings = await getInstanceSettings(db);
  if (settings.ownerUserId === null) settings = await claimInstanceOwner(db);
  return settings.ownerUserId === userId;
}

/** What the session routes answer with. */
export async function presentSession(
  db: Db,
  user: UserRow,
  session: { csrfToken: string; expiresAt: Date } | null,
): Promise<SessionOutput> {
  return {
    user: presentUser(user),
    csrfToken: session?.csrfToken ?? null,
    expiresAt: session ? iso(session.expiresAt) : null,
    isInstanceOwner: await isInstanceOwner(db, user.id),
  };
}

/** Signs the user in on this browser: a new session row, its cookies, and the answer. */
export async function startSession(
  db: Db,
  user: UserRow,
  http: { request: FastifyRequest; reply: FastifyReply },
  now: Date,
): Promise<SessionOutput> {
  const token = generateToken();
  const expiresAt = sessionExpiry(now, now);
  await deleteExpiredAccountSessions(db, now);
  await insertAccountSession(db, {
    userId: user.id,
    tokenHash: hashToken(token),
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: http.request.ip,
    userAgent: http.request.headers['user-agent']?.slice(0, 500) ?? null,
  });
  setSessionCookies(http.request, http.reply, token, expiresAt, now);
  return presentSession(db, user, { csrfToken: csrfTokenFor(token), expiresAt });
}
