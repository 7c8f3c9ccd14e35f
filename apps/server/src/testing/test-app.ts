import { insertApiKey, type Database, type UserRow } from '@kairos/db';
import { openTestDatabase } from '@kairos/db/testing';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createApiKey } from '../api-keys/create-api-key';
import { buildApp } from '../app';
import { readConfig, type AppConfig } from '../config';
import type { RateLimitStore } from '../rate-limit/store';
import { createUser } from '../users/create-user';

export interface TestAppOptions {
  now?: () => Date;
  config?: Partial<AppConfig>;
  rateLimitStore?: RateLimitStore;
  database?: Database;
}

let sequence = 0;

/** A real app on a fresh, migrated database (PGlite, or PostgreSQL when DATABASE_URL is set). */
export async function createTestApp(options: TestAppOptions = {}) {
  const database = options.database ?? (await openTestDatabase());
  const config = { ...readConfig({}), rateLimits: null, ...options.config };
  const app: FastifyInstance = await buildApp({
    database,
    config,
    logger: false,
    ...(options.now ? { now: options.now } : {}),
    ...(options.rateLimitStore ? { rateLimitStore: options.rateLimitStore } : {}),
  });

  const factories = {
    /** A user with unique email and username. */
    user: async (overrides: Partial<Parameters<typeof createUser>[1]> = {}): Promise<UserRow> => {
      const n = ++sequence;
      return createUser(database.db, {
        email: `user${n}-${process.pid}@example.com`,
        username: `user${n}`,
        name: `User ${n}`,
        timeZone: 'America/New_York',
        ...overrides,
      });
    },
    /** A live API key for the user; returns the secret. */
    apiKey: async (user: UserRow, options: { isTest?: boolean; expiresAt?: Date } = {}) =>
      (
        await createApiKey(database.db, {
          userId: user.id,
          isTest: options.isTest ?? false,
          expiresAt: options.expiresAt ?? null,
        })
      ).key,
    insertApiKey: (row: Parameters<typeof insertApiKey>[1]) => insertApiKey(database.db, row),
  };

  /** A user with a key, ready to call the API as. */
  const signedIn = async (overrides: Partial<Parameters<typeof createUser>[1]> = {}) => {
    const user = await factories.user(overrides);
    const key = await factories.apiKey(user);
    return { user, key, headers: { authorization: `Bearer ${key}` } };
  };

  return {
    app,
    database,
    factories,
    signedIn,
    close: async () => {
      await app.close();
      if (!options.database) await database.close();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The parsed JSON body of a response. */
export const json = (response: LightMyRequestResponse): any => JSON.parse(response.body);
