import {
  AppError,
  createApiKeyRoute,
  deleteApiKeyRoute,
  listApiKeysRoute,
  notFound,
  refreshApiKeyRoute,
  validationError,
} from '@kairos/contracts';
import { listApiKeys, revokeApiKey } from '@kairos/db';
import type { FastifyInstance } from 'fastify';
import { bindRoute } from '../http/bind-route';
import type { HandlerContext } from '../http/context';
import { createApiKey, expiryFrom } from './create-api-key';
import { presentApiKey } from './present-api-key';

export function apiKeyRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  const { db } = deps.database;

  bindRoute(app, createApiKeyRoute, deps, async ({ body }, { caller }) => {
    const now = deps.now();
    const expiresAt = expiryFrom(now, body);
    if (expiresAt && expiresAt <= now) {
      throw validationError([{ field: 'expiresAt', message: 'Must be in the future' }]);
    }
    const created = await createApiKey(db, {
      userId: caller.user.id,
      isTest: body.mode === 'test',
      note: body.note,
      expiresAt,
    });
    return { ...presentApiKey(created.row), key: created.key };
  });

  bindRoute(app, listApiKeysRoute, deps, async (_input, { caller }) =>
    (await listApiKeys(db, caller.user.id)).map(presentApiKey),
  );

  bindRoute(app, deleteApiKeyRoute, deps, async ({ params }, { caller }) => {
    if (!(await revokeApiKey(db, caller.user.id, params.id, deps.now()))) throw notFound('API key');
    return { id: params.id };
  });

  bindRoute(app, refreshApiKeyRoute, deps, async ({ body }, { caller }) => {
    if (caller.apiKeyId === null) {
      throw new AppError(
        'INVALID_REQUEST',
        'Refresh replaces the API key making the request: call it with a key',
      );
    }
    const now = deps.now();
    const created = await db.transaction(async (tx) => {
      // A key refreshes once: a concurrent refresh that revoked it first wins, this one is 401.
      if (!(await revokeApiKey(tx, caller.user.id, caller.apiKeyId!, now))) {
        throw new AppError('UNAUTHORIZED', 'This API key was revoked');
      }
      return createApiKey(tx, {
        userId: caller.user.id,
        isTest: caller.isTestMode,
        note: 'Refreshed key',
        expiresAt: expiryFrom(now, body),
      });
    });
    return { apiKey: created.key };
  });
}
