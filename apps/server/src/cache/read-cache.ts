import type { Database } from '@kairos/db';

export interface ReadCache {
  /** The cached value for key while nothing has been written since it was loaded; else load. */
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
}

const MAX_ENTRIES = 5_000;

/**
 * Read-through cache: an entry is valid while the database's change version is the one it was
 * loaded under. Embedded, the version counts this process's writes (it is the only writer);
 * on PostgreSQL it follows committed writes of every process through NOTIFY, so another
 * process's write is seen within the notification's delivery time (milliseconds). Booking
 * creation never reads through the cache: it re-checks inside its transaction.
 */
export function createReadCache(database: Database): ReadCache {
  const changeVersion = database.changeVersion?.bind(database);
  if (!changeVersion) return { get: (_key, load) => load() };
  const entries = new Map<string, { version: number; value: unknown }>();
  return {
    get: async <T>(key: string, load: () => Promise<T>): Promise<T> => {
      const version = changeVersion();
      if (version === null) return load();
      const hit = entries.get(key);
      if (hit && hit.version === version) return hit.value as T;
      // Taken before loading: a write during the load makes the entry stale, never wrong.
      const value = await load();
      if (entries.size >= MAX_ENTRIES) entries.clear();
      entries.set(key, { version, value });
      return value;
    },
  };
}
