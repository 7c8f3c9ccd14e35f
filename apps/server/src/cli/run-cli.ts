import { AppError } from '@kairos/contracts';
import { DataDirInUseError } from '@kairos/db';
import { parseArgs } from 'node:util';
import { readConfig } from '../config';
import {
  apiKeyCreateCommand,
  migrateCommand,
  startCommand,
  UsageError,
  userCreateCommand,
  type Output,
} from './commands';

const HELP = `Usage: kairos <command> [options]

  start [--port N] [--data DIR] [--role all|api|worker]   run the server (PORT, default 3000)
  migrate                                                 apply pending database migrations
  user create --email E --username U --name N [--time-zone TZ] [--password P]
  api-key create --email E [--note T] [--expires-in-days N] [--test]

The database is PostgreSQL when DATABASE_URL is set, else the embedded one in KAIROS_DATA_DIR (./data).`;

const commands = {
  start: startCommand,
  migrate: migrateCommand,
  'user create': userCreateCommand,
  'api-key create': apiKeyCreateCommand,
} as const;

const options = {
  port: { type: 'string' },
  data: { type: 'string' },
  role: { type: 'string' },
  email: { type: 'string' },
  username: { type: 'string' },
  name: { type: 'string' },
  'time-zone': { type: 'string' },
  password: { type: 'string' },
  note: { type: 'string' },
  'expires-in-days': { type: 'string' },
  test: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs one CLI invocation; resolves to the exit code (start keeps running and resolves 0). */
export async function runCli(argv: string[], io: Output, env = process.env): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
    const name = positionals
      .slice(0, positionals[0] === 'start' || positionals[0] === 'migrate' ? 1 : 2)
      .join(' ');
    const command = commands[name as keyof typeof commands];
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (!command) throw new UsageError(name ? `Unknown command "${name}"` : 'No command given');
    const config = readConfig(env);
    if (typeof values.data === 'string') config.dataDir = values.data;
    await command(config, values, io);
    return 0;
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`${(error as Error).message}\n\n${HELP}`);
      return 2;
    }
    if (error instanceof DataDirInUseError) {
      io.err(error.message);
      return 3;
    }
    if (error instanceof AppError) {
      const details = Array.isArray(error.details)
        ? (error.details as Array<{ field: string; message: string }>)
            .map((d) => `\n  ${d.field}: ${d.message}`)
            .join('')
        : '';
      io.err(`${error.code}: ${error.message}${details}`);
      return 1;
    }
    io.err(`Error: ${(error as Error).message}`);
    return 1;
  }
}
