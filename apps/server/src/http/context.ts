import type { RateLimitGroup, RouteContract } from '@kairos/contracts';
import type { Database } from '@kairos/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Authentication } from '../auth/authenticate';
import type { Caller } from '../auth/caller';
import type { ReadCache } from '../cache/read-cache';
import type { AppConfig } from '../config';
import type { JobRunner } from '../jobs/job-runner';
import type { MailLater } from '../mail/mail-later';
import type { RateLimitStore } from '../rate-limit/store';

/** Everything the app is built from; tests pass their own. */
export interface AppDeps {
  database: Database;
  config: AppConfig;
  /** The clock; tests pin it. */
  now?: () => Date;
  rateLimitStore?: RateLimitStore;
  /** false silences logs (tests). */
  logger?: boolean;
  /** This process's job runner, to wake its workers at once; without it they poll. */
  jobs?: JobRunner | undefined;
}

/** What a handler gets beside its validated input. */
export interface HandlerContext<TCaller extends Caller | null = Caller | null> {
  caller: TCaller;
  deps: Required<Pick<AppDeps, 'database' | 'config' | 'now'>> &
    Pick<AppDeps, 'jobs'> & { cache: ReadCache; mail: MailLater };
  request: FastifyRequest;
  reply: FastifyReply;
}

declare module 'fastify' {
  interface FastifyRequest {
    authentication: Authentication;
  }
  interface FastifyContextConfig {
    /** false: not rate limited (health checks). */
    rateLimit?: RateLimitGroup | false;
    auth?: RouteContract['auth'];
  }
}
