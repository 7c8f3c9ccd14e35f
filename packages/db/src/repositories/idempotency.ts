import type { SqlSession } from '../database';

/** How long a key is remembered (PRD 4.5). */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
/** A claim still unanswered after this long belongs to a request that died with its process. */
const ABANDONED_AFTER_MS = 60_000;

export interface IdempotencyRecord {
  requestHash: string;
  /** null while the first request is still running. */
  statusCode: number | null;
  responseBody: string | null;
}

/**
 * Claims (scope, key) for a request; returns null when this request now owns it, else what is
 * recorded. A record older than the TTL is forgotten first.
 */
export async function claimIdempotencyKey(
  session: SqlSession,
  claim: { scope: string; key: string; requestHash: string; now: Date },
): Promise<IdempotencyRecord | null> {
  const ago = (ms: number) => new Date(claim.now.getTime() - ms).toISOString();
  await session.query(
    `DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2
     AND (created_at < $3 OR (status_code IS NULL AND created_at < $4))`,
    [claim.scope, claim.key, ago(IDEMPOTENCY_TTL_MS), ago(ABANDONED_AFTER_MS)],
  );
  const inserted = await session.query(
    `INSERT INTO idempotency_keys (scope, key, request_hash, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING 1`,
    [claim.scope, claim.key, claim.requestHash, claim.now.toISOString()],
  );
  if (inserted.length > 0) return null;
  return (await findIdempotencyKey(session, claim.scope, claim.key)) ?? null;
}

export async function findIdempotencyKey(
  session: SqlSession,
  scope: string,
  key: string,
): Promise<IdempotencyRecord | undefined> {
  const [row] = await session.query<IdempotencyRecord>(
    `SELECT request_hash AS "requestHash", status_code AS "statusCode", response_body AS "responseBody"
     FROM idempotency_keys WHERE scope = $1 AND key = $2`,
    [scope, key],
  );
  return row;
}

/** Records the response that later requests with the key will get. */
export async function completeIdempotencyKey(
  session: SqlSession,
  scope: string,
  key: string,
  response: { statusCode: number; body: string },
): Promise<void> {
  await session.query(
    'UPDATE idempotency_keys SET status_code = $3, response_body = $4 WHERE scope = $1 AND key = $2',
    [scope, key, response.statusCode, response.body],
  );
}

/** Forgets a claim whose request failed on our side, so that a retry runs again. */
export async function releaseIdempotencyKey(
  session: SqlSession,
  scope: string,
  key: string,
): Promise<void> {
  await session.query(
    'DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND status_code IS NULL',
    [scope, key],
  );
}
