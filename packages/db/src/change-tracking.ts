import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

const READ_ONLY = /^\s*(select|with)\b/i;
const WRITES = /\b(insert|update|delete|merge|truncate|alter|create|drop|lock|commit)\b/i;

/** A counter that moves whenever data may have changed. */
export interface ChangeClock {
  version: number;
}

const mayWrite = (sql: unknown): boolean =>
  typeof sql !== 'string' || !READ_ONLY.test(sql) || WRITES.test(sql);

const textOf = (arg: unknown): unknown =>
  typeof arg === 'object' && arg !== null && 'text' in arg ? arg.text : arg;

/** Moves the clock after each statement that may write has finished (read-your-writes). */
function afterWrites<F extends (...args: never[]) => unknown>(clock: ChangeClock, run: F): F {
  const bump = () => void clock.version++;
  return ((...args: Parameters<F>) => {
    if (!mayWrite(textOf(args[0]))) return run(...args);
    const last = args.at(-1);
    if (typeof last === 'function') {
      // Callback style (node-postgres's pool uses it): move the clock before calling back.
      const callback = (...results: unknown[]) => {
        bump();
        return (last as (...a: unknown[]) => unknown)(...results);
      };
      return run(...([...args.slice(0, -1), callback] as Parameters<F>));
    }
    const result = run(...args);
    if (result instanceof Promise) result.then(bump, bump);
    return result;
  }) as F;
}

/** Follows every statement and transaction of the embedded database. */
export function trackPglite(client: PGlite, clock: ChangeClock): void {
  client.query = afterWrites(clock, client.query.bind(client));
  client.exec = afterWrites(clock, client.exec.bind(client));
  const transaction = client.transaction.bind(client);
  client.transaction = (async (work: Parameters<typeof transaction>[0]) => {
    try {
      return await transaction(work);
    } finally {
      clock.version++;
    }
  }) as typeof client.transaction;
}

/** Follows every statement run on the pool's connections (this process's own writes). */
export function trackPool(pool: pg.Pool, clock: ChangeClock): void {
  pool.on('connect', (client) => {
    client.query = afterWrites(clock, client.query.bind(client));
  });
}
