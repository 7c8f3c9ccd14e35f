import { pruneFinishedDeliveries, pruneOldAttempts, type Database } from '@kairos/db';

/** What the retention job needs. */
export interface RetentionRuntime {
  database: Database;
  now: () => Date;
  /** KAIROS_WEBHOOK_LOG_DAYS: how long a finished delivery and an attempt are kept. */
  retentionDays: number;
  /** Rows per statement (each its own short transaction). */
  batchSize?: number;
  /** How long one run may go on; what is left waits for the next run. */
  budgetMs?: number;
}

const BATCH_SIZE = 1_000;
const BUDGET_MS = 60_000;

/**
 * Deletes the delivery log older than the retention period, a batch per statement so that no
 * statement holds many rows locked: finished deliveries (delivered, dead letters, cancelled)
 * last changed before the cutoff, with their attempts, then older attempts of deliveries that
 * are kept. A pending or retrying delivery is never deleted, whatever its age.
 */
export async function pruneDeliveryLog(
  runtime: RetentionRuntime,
): Promise<{ deliveries: number; attempts: number }> {
  const batchSize = runtime.batchSize ?? BATCH_SIZE;
  const stopAt = Date.now() + (runtime.budgetMs ?? BUDGET_MS);
  const cutoff = new Date(runtime.now().getTime() - runtime.retentionDays * 86_400_000);
  const pruned = { deliveries: 0, attempts: 0 };
  const drain = async (prune: typeof pruneFinishedDeliveries, key: keyof typeof pruned) => {
    for (;;) {
      const count = await prune(runtime.database, cutoff, batchSize);
      pruned[key] += count;
      if (count < batchSize || Date.now() > stopAt) return;
    }
  };
  await drain(pruneFinishedDeliveries, 'deliveries');
  await drain(pruneOldAttempts, 'attempts');
  return pruned;
}

/** The `webhook-log-retention` queue's handler (sent hourly by pg-boss's cron). */
export function pruneDeliveryLogHandler(runtime: RetentionRuntime) {
  return async (): Promise<void> => {
    await pruneDeliveryLog(runtime);
  };
}
