import { createDb, migrate, type Database } from '@kairos/db';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp } from './app';
import type { AppConfig } from './config';
import { startBackgroundJobs, type BackgroundJobs } from './jobs/background-jobs';
import { createRedisStore } from './rate-limit/redis-store';

export interface RunningServer {
  app: FastifyInstance | null;
  database: Database;
  url: string | null;
  jobs: BackgroundJobs;
  stop(): Promise<void>;
}

/**
 * Opens the database, migrates, starts the job runner (with the outbox relay and workers unless
 * this is an API-only process) and, unless this is a worker, listens.
 */
export async function startServer(config: AppConfig): Promise<RunningServer> {
  const database = await createDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
  });
  const logger = pino({ level: config.logLevel });
  let jobs: BackgroundJobs;
  try {
    await migrate(database);
    jobs = await startBackgroundJobs({
      database,
      config,
      runWorkers: config.role !== 'api',
      log: (message, error) => logger.error({ err: error }, message),
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  let app: FastifyInstance | null = null;
  let url: string | null = null;
  if (config.role !== 'worker') {
    const rateLimitStore = config.redisUrl ? createRedisStore(config.redisUrl) : undefined;
    app = await buildApp({
      database,
      config,
      jobs: jobs.runner,
      ...(rateLimitStore ? { rateLimitStore } : {}),
    });
    url = await app.listen({ port: config.port, host: config.host });
  }
  const stop = async () => {
    await app?.close();
    await jobs.stop();
    await database.close();
  };
  return { app, database, url, jobs, stop };
}

/** SIGTERM/SIGINT: stop accepting, finish what is in flight, close the database, exit. */
export function stopOnSignals(server: RunningServer, log: (line: string) => void): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
