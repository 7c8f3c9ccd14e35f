import { AppError } from '@kairos/contracts';
import { findApiKeyByHash, touchApiKey, type Database } from '@kairos/db';
import type {} from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import type { ReadCache } from '../cache/read-cache';
import { hashApiKey, parseApiKey } from './api-key-format';
import { authenticateSession } from './authenticate-session';
import type { Caller } from './caller';
import { SESSION_COOKIE } from './session-token';

/** lastUsedAt is written at most this often per key, so reads stay reads. */
const TOUCH_EVERY_MS = 60_000;

export type Authentication = { caller: Caller } | { error: AppError } | { anonymous: true };

const unauthorized = (message: string) => ({ error: new AppError('UNAUTHORIZED', message) });

/** Resolves the Authorization header to a caller, an authentication error, or nobody. */
export async function authenticate(
  { database, cache }: { database: Database; cache: ReadCache },
  header: string | undefined,
  now: Date,
): Promise<Authentication> {
  if (header === undefined || header === '') return { anonymous: true };
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) return unauthorized('The Authorization header must be "Bearer <api key>"');
  const token = match[1];
  if (!parseApiKey(token)) return unauthorized('Malformed API key');
  const hash = hashApiKey(token);
  const found = await cache.get(`api-key:${hash}`, () => findApiKeyByHash(database.db, hash));
  if (!found) return unauthorized('Unknown API key');
  const { key, user } = found;
  if (key.revokedAt) return unauthorized('This API key has been revoked');
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) {
    return unauthorized('This API key has expired');
  }
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await touchApiKey(database.db, key.id, now);
  }
  return { caller: { user, apiKeyId: key.id, isTestMode: key.isTest } };
}

/**
 * The caller of a request: an API key in the Authorization header wins; otherwise the dashboard's
 * session cookie (with its CSRF check on writes); otherwise nobody.
 */
export async function authenticateRequest(
  deps: { database: Database; cache: ReadCache },
  request: FastifyRequest,
  now: Date,
): Promise<Authentication> {
  const header = request.headers.authorization;
  if (header !== undefined && header !== '') return authenticate(deps, header, now);
  const token = request.cookies?.[SESSION_COOKIE];
  if (!token) return { anonymous: true };
  return authenticateSession(deps.database, request, token, now);
}
