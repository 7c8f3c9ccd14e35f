import pg from 'pg';
import type { ChangeClock } from './change-tracking';

const CHANNEL = 'kairos_changes';
const RETRY_MS = 1_000;

/**
 * Follows the kairos_changes channel on a dedicated connection. `version()` changes whenever
 * another (or this) process commits a write; it is null while the connection is not listening,
 * when nothing may be cached. Connects on first use, so CLI commands never open it.
 */
export function createChangeListener(
  url: string,
  clock: ChangeClock,
): { version(): number | null; close(): Promise<void> } {
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;

  const connect = () => {
    if (client || closed) return;
    const next = new pg.Client({ connectionString: url });
    client = next;
    const drop = () => {
      listening = false;
      client = null;
      void next.end().catch(() => undefined);
      if (!closed) setTimeout(connect, RETRY_MS).unref();
    };
    next.on('notification', () => void clock.version++);
    next.on('error', drop);
    next
      .connect()
      .then(() => next.query(`LISTEN ${CHANNEL}`))
      .then(() => {
        // Anything cached before we listened may be stale: start a new version.
        clock.version++;
        listening = true;
      }, drop);
  };

  return {
    version: () => {
      if (!client) connect();
      return listening ? clock.version : null;
    },
    close: async () => {
      closed = true;
      listening = false;
      await client?.end().catch(() => undefined);
    },
  };
}
