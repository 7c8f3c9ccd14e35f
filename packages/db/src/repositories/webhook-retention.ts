import type { SqlSession } from '../database';

/**
 * Deletes up to `limit` finished deliveries (delivered, dead-lettered or cancelled) whose last
 * change is older than `before`, with their attempts. A pending delivery is never deleted: the
 * status is checked again on the row being deleted, so one a replay reopened meanwhile stays.
 */
export async function pruneFinishedDeliveries(
  session: SqlSession,
  before: Date,
  limit: number,
): Promise<number> {
  const rows = await session.query(
    `DELETE FROM webhook_deliveries
      WHERE id IN (SELECT id FROM webhook_deliveries
                    WHERE status <> 'pending' AND updated_at < $1
                    ORDER BY updated_at LIMIT $2)
        AND status <> 'pending' AND updated_at < $1
     RETURNING id`,
    [before.toISOString(), limit],
  );
  return rows.length;
}

/**
 * Deletes up to `limit` attempts older than `before` of deliveries that are kept (a delivery
 * replayed recently keeps its new attempts); a pending delivery's attempts are all kept.
 */
export async function pruneOldAttempts(
  session: SqlSession,
  before: Date,
  limit: number,
): Promise<number> {
  const rows = await session.query(
    `DELETE FROM webhook_delivery_attempts
      WHERE id IN (SELECT a.id FROM webhook_delivery_attempts a
                     JOIN webhook_deliveries d ON d.id = a.delivery_id
                    WHERE a.started_at < $1 AND d.status <> 'pending'
                    ORDER BY a.started_at LIMIT $2)
     RETURNING id`,
    [before.toISOString(), limit],
  );
  return rows.length;
}
