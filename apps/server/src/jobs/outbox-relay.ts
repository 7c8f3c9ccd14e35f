import {
  advanceRelayPosition,
  hasPendingRelayEvents,
  lockRelayPosition,
  markRelayed,
  pendingRelayEvents,
  type Database,
  type RelayEvent,
  type SqlSession,
} from '@kairos/db';

/** Turns committed events into jobs, inside the relay's transaction. */
export type RelayConsumer = (session: SqlSession, events: RelayEvent[]) => Promise<void>;

export interface OutboxRelayOptions {
  database: Database;
  /** Called with each batch in order; a throw rolls the batch back (it is tried again). */
  consumer: RelayConsumer;
  /** After a batch commits (wake the workers). */
  afterCommit?: () => void;
  log: (message: string, error?: unknown) => void;
  /** How often the change clock is looked at (ms); a tick runs only when it moved. */
  watchMs?: number;
  /** Ticks at least this often (ms), for writes the clock cannot see. */
  fallbackMs?: number;
  batchSize?: number;
}

export interface OutboxRelay {
  /** Looks for new events now. */
  kick(): void;
  /** Resolves when nothing is pending and no tick is running (tests, benchmarks). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

const POSITION = 'webhooks';

/**
 * The relay: `booking_events` and `outbox_events` rows -> jobs, at least once, never skipping a
 * committed row. Each tick locks the position row (other processes' relays skip the tick),
 * hands the events after the horizon that are not marked relayed to the consumer, marks them,
 * and moves the horizon to the oldest transaction still running (see advanceRelayPosition).
 * A crash before commit loses nothing: the next tick, here or in another process, sees the
 * same events again.
 */
export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { database } = options;
  const batchSize = options.batchSize ?? 200;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let lastVersion: number | null = null;
  let lastTick = 0;

  const tickOnce = async (): Promise<boolean> => {
    if (!(await hasPendingRelayEvents(database, POSITION))) return false;
    const count = await database.transaction(async (session) => {
      const position = await lockRelayPosition(session, POSITION);
      if (!position) return 0;
      const events = await pendingRelayEvents(session, position.horizon, batchSize);
      if (events.length > 0) {
        await options.consumer(session, events);
        await markRelayed(session, events);
      }
      await advanceRelayPosition(session, POSITION, position, {
        batchWasFull: events.length >= batchSize,
      });
      return events.length;
    });
    if (count > 0) options.afterCommit?.();
    return count > 0;
  };

  const run = () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        lastTick = Date.now();
        try {
          while (!stopped && (await tickOnce()));
        } catch (error) {
          options.log('outbox relay tick failed; it will be tried again', error);
        }
      } while (again && !stopped);
      running = null;
    })();
    return running;
  };

  const watch = setInterval(() => {
    const version = database.changeVersion?.() ?? null;
    const moved = version !== null && version !== lastVersion;
    lastVersion = version;
    const due = Date.now() - lastTick >= (options.fallbackMs ?? 1000);
    if (moved || due) void run();
  }, options.watchMs ?? 10);
  watch.unref();
  void run();

  return {
    kick: () => void run(),
    drain: async () => {
      for (;;) {
        await run();
        if (!(await hasPendingRelayEvents(database, POSITION))) return;
        // Another process's relay holds the position: let it finish its batch.
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    stop: async () => {
      stopped = true;
      clearInterval(watch);
      await running;
    },
  };
}
