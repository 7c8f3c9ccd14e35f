import { AppError, validationError } from '@kairos/contracts';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  findIdempotencyKey,
  releaseIdempotencyKey,
  type IdempotencyRecord,
} from '@kairos/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import type { HandlerContext } from './context';

const MUTATIONS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const WAIT_STEP_MS = 25;
const WAIT_LIMIT_MS = 15_000;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: { scope: string; key: string };
  }
}

/** Same caller, same route: a key is only ever compared with its own earlier uses. */
function scopeOf(request: FastifyRequest): string {
  const auth = request.authentication;
  const who = 'caller' in auth ? `user:${auth.caller.user.id}` : `ip:${request.ip}`;
  return `${who} ${request.method} ${request.routeOptions.url ?? request.url}`;
}

const hashOf = (request: FastifyRequest) =>
  createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');

async function waitForResponse(deps: HandlerContext['deps'], scope: string, key: string) {
  for (let waited = 0; waited < WAIT_LIMIT_MS; waited += WAIT_STEP_MS) {
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
    const record = await findIdempotencyKey(deps.database, scope, key);
    if (!record || record.statusCode !== null) return record;
  }
  throw new AppError(
    'CONFLICT',
    'A request with this Idempotency-Key is still being processed; retry shortly',
  );
}

function replay(reply: FastifyReply, record: IdempotencyRecord): FastifyReply {
  return reply
    .status(record.statusCode!)
    .header('idempotent-replayed', 'true')
    .type('application/json; charset=utf-8')
    .send(record.responseBody);
}

/**
 * PRD 4.5: POST, PATCH, PUT and DELETE with an `Idempotency-Key` header run once per caller,
 * route and key for 24 hours; repeats (also concurrent ones) get the first status and body, a
 * different request under the same key gets 422. Server errors are not remembered.
 */
export function installIdempotency(app: FastifyInstance, deps: HandlerContext['deps']): void {
  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (!MUTATIONS.has(request.method) || key === undefined) return;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw validationError([
        { field: 'Idempotency-Key', message: 'Use 1 to 255 visible ASCII characters' },
      ]);
    }
    const scope = scopeOf(request);
    const requestHash = hashOf(request);
    let record = await claimIdempotencyKey(deps.database, {
      scope,
      key,
      requestHash,
      now: deps.now(),
    });
    if (record === null) {
      request.idempotency = { scope, key };
      return;
    }
    if (record.requestHash !== requestHash) {
      throw validationError([
        { field: 'Idempotency-Key', message: 'Already used with a different request' },
      ]);
    }
    if (record.statusCode === null) record = (await waitForResponse(deps, scope, key)) ?? null;
    if (record?.statusCode == null)
      throw new AppError('CONFLICT', 'The first request with this Idempotency-Key failed; retry');
    return replay(reply, record);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    if (reply.statusCode >= 500) await releaseIdempotencyKey(deps.database, claim.scope, claim.key);
    else {
      const body = typeof payload === 'string' ? payload : JSON.stringify(payload ?? null);
      await completeIdempotencyKey(deps.database, claim.scope, claim.key, {
        statusCode: reply.statusCode,
        body,
      });
    }
    return payload;
  });
}
