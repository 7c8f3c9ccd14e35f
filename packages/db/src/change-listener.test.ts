import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from './create-db';
import type { Database } from './database';
import { openTestDatabase } from './testing';

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  return check();
};

describe('the change version', () => {
  it("moves after this process's own writes, and not after reads", async () => {
    const database = await openTestDatabase();
    try {
      await waitFor(() => database.changeVersion!() !== null);
      const before = database.changeVersion!();
      await database.query('SELECT count(*) FROM users');
      expect(database.changeVersion!()).toBe(before);
      await database.query(
        "INSERT INTO users (email, username, name) VALUES ('v@example.com', 'v', 'V')",
      );
      expect(database.changeVersion!()).not.toBe(before);
    } finally {
      await database.close();
    }
  });
});

// Server mode: another process's commit reaches this one through LISTEN/NOTIFY.
if (process.env.DATABASE_URL) {
  describe('the change version on a shared PostgreSQL', () => {
    const opened: Database[] = [];
    afterAll(async () => {
      for (const database of opened.reverse()) await database.close();
    });

    it('moves when another process commits a write, once it is committed', async () => {
      const first = await openTestDatabase();
      opened.push(first);
      const rows = await first.query<{ db: string }>('SELECT current_database() AS db');
      const other = new URL(process.env.DATABASE_URL!);
      other.pathname = `/${rows[0]!.db}`;
      const second = await createDb({ databaseUrl: other.toString(), poolSize: 1 });
      opened.push(second);
      expect(await waitFor(() => first.changeVersion!() !== null)).toBe(true);
      const before = first.changeVersion!();
      await second.withSession(async (session) => {
        await session.exec('BEGIN');
        await session.query(
          "INSERT INTO users (email, username, name) VALUES ('n@example.com', 'n', 'N')",
        );
        await new Promise((r) => setTimeout(r, 100));
        expect(first.changeVersion!()).toBe(before);
        await session.exec('COMMIT');
      });
      expect(await waitFor(() => first.changeVersion!() !== before)).toBe(true);
    });
  });
}
