import { sqlState, type Database, type SqlSession } from '@kairos/db';
import PgBoss from 'pg-boss';
import { embeddedDb, postgresUrlOf, sessionDb } from './pg-boss-db';
import { JOB_QUEUES, RECURRING_JOBS, type JobQueueName } from './job-queues';

/** Handles the jobs of one fetch; throwing fails them all (pg-boss retries them). */
export type JobHandler = (data: unknown) => Promise<void>;

export interface JobRunnerOptions {
  database: Database;
  /** Handlers by queue; none means this process only sends jobs (`--role api`). */
  handlers?: Partial<Record<JobQueueName, JobHandler>>;
  /** Seconds between polls when nothing wakes the workers (pg-boss: at least 0.5). */
  pollingIntervalSeconds?: number;
  /** Workers per queue and jobs per fetch: up to workers x batch jobs run at once. */
  workers?: number;
  batchSize?: number;
  log: (message: string, error?: unknown) => void;
}

export interface NewJob {
  queue: JobQueueName;
  data: object;
  /** Real time (not the app's clock) before which the job does not run. */
  startAfter?: Date | undefined;
}

/** pg-boss statements need an instance, not a started one: jobs are sent on the caller's session. */
let sender: PgBoss | undefined;

/**
 * Adds jobs inside the caller's transaction: they exist exactly when its work commits. Needs
 * pg-boss's schema (any started runner on the database has installed it).
 */
export async function enqueueJobs(session: SqlSession, jobs: NewJob[]): Promise<void> {
  if (jobs.length === 0) return;
  sender ??= new PgBoss({ db: { executeSql: () => Promise.reject(new Error('no session')) } });
  await sender.insert(
    jobs.map((job) => {
      const queue = Object.values(JOB_QUEUES).find((q) => q.name === job.queue)!;
      return {
        name: job.queue,
        data: job.data,
        ...(job.startAfter ? { startAfter: job.startAfter } : {}),
        expireInSeconds: queue.expireInSeconds,
        retryLimit: queue.retryLimit,
        retryDelay: queue.retryDelay,
      };
    }),
    { db: sessionDb(session) },
  );
}

/** pg-boss on the application's database, in both modes. */
export interface JobRunner {
  /** Makes this process's workers fetch now instead of at their next poll. */
  wake(): void;
  /** Wakes the workers when a job scheduled for `at` (real time) becomes due. */
  wakeAt(at: Date): void;
  readonly runsWorkers: boolean;
  /** Stops fetching, waits (up to a bound) for jobs in flight, and stops pg-boss. */
  stop(): Promise<void>;
}

/** Timers further out than this are left to polling. */
const MAX_WAKE_DELAY_MS = 60 * 60 * 1000;
const STOP_TIMEOUT_MS = 15_000;

function bossFor(database: Database, runsWorkers: boolean): PgBoss {
  // Maintenance (which also returns jobs of dead processes to the queue) every 30 s, not 120 s.
  // Cron schedules (RECURRING_JOBS) are sent by processes that run workers.
  const common = {
    schedule: runsWorkers,
    supervise: runsWorkers,
    migrate: true,
    maintenanceIntervalSeconds: 30,
  } as const;
  if (database.kind === 'embedded') {
    return new PgBoss({ ...common, db: embeddedDb(database) });
  }
  return new PgBoss({ ...common, connectionString: postgresUrlOf(database), max: 4 });
}

/**
 * Runs `step` again when PostgreSQL chose it as a deadlock victim. pg-boss creates each queue as
 * a partition of its job table; processes starting together on a database that lacks a queue
 * (a fresh one, or a new version adding a queue) lock that table in different orders.
 */
async function retryOnDeadlock(step: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await step();
      return;
    } catch (error) {
      if (sqlState(error).code !== '40P01' || attempt >= 8) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 100 * attempt));
    }
  }
}

/**
 * Starts pg-boss (installing or migrating its schema), creates the queues, and with handlers
 * starts workers that poll and can be woken.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const handlers = Object.entries(options.handlers ?? {}) as Array<[JobQueueName, JobHandler]>;
  const runsWorkers = handlers.length > 0;
  const boss = bossFor(options.database, runsWorkers);
  boss.on('error', (error) => options.log('job runner error', error));
  await boss.start();
  for (const queue of Object.values(JOB_QUEUES)) {
    await retryOnDeadlock(() =>
      boss.createQueue(queue.name, {
        name: queue.name,
        expireInSeconds: queue.expireInSeconds,
        retryLimit: queue.retryLimit,
        retryDelay: queue.retryDelay,
      }),
    );
  }
  if (runsWorkers) {
    for (const job of RECURRING_JOBS) await boss.schedule(job.queue, job.cron, {}, { tz: 'UTC' });
  }
  const workerIds: string[] = [];
  const batchSize = options.batchSize ?? 5;
  for (const [queue, handler] of handlers) {
    const definition = Object.values(JOB_QUEUES).find((q) => q.name === queue)!;
    const workers = 'workers' in definition ? definition.workers : (options.workers ?? 4);
    for (let i = 0; i < workers; i++) {
      const id = await boss.work<unknown>(
        queue,
        { batchSize, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        async (jobs) => {
          // A full batch means more may be waiting: fetch again at once, not after a poll.
          if (jobs.length === batchSize) boss.notifyWorker(id);
          await Promise.all(jobs.map((job) => handler(job.data)));
        },
      );
      workerIds.push(id);
    }
  }
  const timers = new Set<NodeJS.Timeout>();
  const wake = () => workerIds.forEach((id) => boss.notifyWorker(id));
  return {
    runsWorkers,
    wake,
    wakeAt: (at) => {
      const delay = at.getTime() - Date.now();
      if (!runsWorkers || delay > MAX_WAKE_DELAY_MS) return;
      if (delay <= 0) return wake();
      // A few ms late: pg-boss compares start_after with the database's clock.
      const timer = setTimeout(() => {
        timers.delete(timer);
        wake();
      }, delay + 20);
      timer.unref();
      timers.add(timer);
    },
    stop: async () => {
      timers.forEach((timer) => clearTimeout(timer));
      await boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
    },
  };
}
