import { AppError } from '@kairos/contracts';
import { createDb, findUserByEmail, migrate, type Database } from '@kairos/db';
import { createApiKey, expiryFrom } from '../api-keys/create-api-key';
import type { AppConfig, Role } from '../config';
import { presentUser } from '../me/present-user';
import { startServer, stopOnSignals } from '../server';
import { createUser } from '../users/create-user';

export type Flags = Record<string, string | boolean | undefined>;
export type Output = { out: (line: string) => void; err: (line: string) => void };

export class UsageError extends Error {}

const text = (flags: Flags, name: string, required = true): string | undefined => {
  const value = flags[name];
  if (typeof value === 'string' && value !== '') return value;
  if (required) throw new UsageError(`--${name} is required`);
  return undefined;
};

async function withDatabase<T>(
  config: AppConfig,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const database = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

export async function startCommand(config: AppConfig, flags: Flags, io: Output): Promise<void> {
  const port = text(flags, 'port', false);
  const role = (text(flags, 'role', false) ?? 'all') as Role;
  if (!['all', 'api', 'worker'].includes(role))
    throw new UsageError('--role is all, api or worker');
  const server = await startServer({
    ...config,
    role,
    ...(port ? { port: Number(port) } : {}),
    ...(flags.data ? { dataDir: String(flags.data) } : {}),
  });
  const where =
    server.database.kind === 'embedded'
      ? `embedded database in ${String(flags.data ?? config.dataDir)}`
      : 'PostgreSQL';
  io.err(
    `Kairos ${config.version} (${role}) on ${where}${server.url ? `, listening on ${server.url}` : ''}`,
  );
  if (role === 'api') io.err('api: no outbox relay or job workers in this process');
  else io.err('jobs: outbox relay and webhook delivery workers running');
  stopOnSignals(server, io.err);
}

export async function migrateCommand(config: AppConfig, _flags: Flags, io: Output): Promise<void> {
  const database = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const { applied } = await migrate(database);
    io.out(applied.length ? `Applied ${applied.join(', ')}` : 'Database is up to date');
  } finally {
    await database.close();
  }
}

export async function userCreateCommand(
  config: AppConfig,
  flags: Flags,
  io: Output,
): Promise<void> {
  const user = await withDatabase(config, (database) =>
    createUser(database.db, {
      email: text(flags, 'email')!,
      username: text(flags, 'username')!,
      name: text(flags, 'name')!,
      timeZone: text(flags, 'time-zone', false) ?? 'UTC',
      password: text(flags, 'password', false),
    }),
  );
  io.out(JSON.stringify(presentUser(user), null, 2));
}

export async function apiKeyCreateCommand(
  config: AppConfig,
  flags: Flags,
  io: Output,
): Promise<void> {
  const email = text(flags, 'email')!;
  const days = text(flags, 'expires-in-days', false);
  if (days !== undefined && !(Number.isInteger(Number(days)) && Number(days) > 0)) {
    throw new UsageError('--expires-in-days must be a whole number of days');
  }
  const { key, row } = await withDatabase(config, async (database) => {
    const user = await findUserByEmail(database.db, email);
    if (!user) throw new AppError('NOT_FOUND', `No user with email ${email}`);
    return createApiKey(database.db, {
      userId: user.id,
      isTest: flags.test === true,
      note: text(flags, 'note', false),
      expiresAt: expiryFrom(new Date(), { apiKeyDaysValid: days ? Number(days) : undefined }),
    });
  });
  io.out(
    `API key ${row.id} for ${email}, expires ${row.expiresAt?.toISOString() ?? 'never'}. It is shown once:`,
  );
  io.out(key);
}
