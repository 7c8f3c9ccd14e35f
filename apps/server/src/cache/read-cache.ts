import type { Database } from '@kairos/db';

export interface ReadCache {
  /** The cached value for key while nothing has been written since it was loaded; else load. */
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
}

const MAX_ENTRIES = 5_000;

/**
 * Read-through cache for the embedded database, whose single process sees every write: an entry
 * is valid while the database's change version is the one it was loaded under. On PostgreSQL
 * other processes write too, so every read goes to the database.
 */
export function createReadCache(database: Database): ReadCache {
  const changeVersion = database.changeVersion?.bind(database);
  if (!changeVersion) return { get: (_key, load) => load() };
  const entries = new Map<string, { version: number; value: unknown }>();
  return {
    get: async <T>(key: string, load: () => Promise<T>): Promise<T> => {
      const version = changeVersion();
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
