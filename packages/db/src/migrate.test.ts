import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from './create-db';
import { listMigrations, migrate } from './migrate';
import { createEmptyPostgresDatabase, openTestDatabase } from './testing';

describe('migrate', () => {
  it('applies nothing the second time', async () => {
    const database = await openTestDatabase();
    try {
      expect(await migrate(database)).toEqual({ applied: [] });
      const rows = await database.query<{ name: string }>(
        'SELECT name FROM kairos_migrations ORDER BY name',
      );
      expect(rows.map((r) => r.name)).toEqual(listMigrations().map((m) => m.name));
    } finally {
      await database.close();
    }
  });

  it('has btree_gist, which the booking exclusion constraint needs', async () => {
    const database = await openTestDatabase();
    try {
      const rows = await database.query("SELECT 1 FROM pg_extension WHERE extname = 'btree_gist'");
      expect(rows).toHaveLength(1);
    } finally {
      await database.close();
    }
  });
});

// Runs in the server-mode pass, against the machine's PostgreSQL.
if (process.env.DATABASE_URL) {
  describe('migrate on a shared PostgreSQL', () => {
    const cleanups: Array<() => Promise<void>> = [];
    afterAll(async () => {
      for (const cleanup of cleanups) await cleanup();
    });

    it('lets exactly one of several processes starting at once apply each migration', async () => {
      const empty = (await createEmptyPostgresDatabase())!;
      cleanups.push(empty.drop);
      const processes = await Promise.all(
        [1, 2, 3].map(() => createDb({ databaseUrl: empty.url, poolSize: 2 })),
      );
      cleanups.unshift(async () => {
        for (const database of processes) await database.close();
      });
      const results = await Promise.all(processes.map((database) => migrate(database)));
      const applied = results.flatMap((r) => r.applied).sort();
      expect(applied).toEqual(
        listMigrations()
          .map((m) => m.name)
          .sort(),
      );
      const rows = await processes[0]!.query<{ count: string }>(
        'SELECT count(*) FROM kairos_migrations',
      );
      expect(Number(rows[0]!.count)).toBe(listMigrations().length);
    });
  });
}
