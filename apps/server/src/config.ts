import type { RateLimitGroup } from '@kairos/contracts';
import { parseEncryptionKey } from './crypto/secret-box';

export type Role = 'all' | 'api' | 'worker';
export interface RateLimitSetting {
  /** Sustained requests per minute. */
  limit: number;
  /** Requests allowed at once after a quiet spell (the bucket's size). */
  burst: number;
}
export type RateLimitSettings = Record<RateLimitGroup, RateLimitSetting>;

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Connections per process in server mode. */
  databasePoolSize: number;
  redisUrl: string | undefined;
  logLevel: string;
  role: Role;
  /** null turns rate limiting off. */
  rateLimits: RateLimitSettings | null;
  version: string;
  /** Where mail goes (smtp://user:pass@host:port); unset writes mail to the log. */
  smtpUrl: string | undefined;
  /** The address people reach this instance at, for links in mail; defaults to the listen address. */
  publicUrl: string | undefined;
  /** Lets webhooks reach loopback and private addresses (tests, trusted networks only). */
  allowPrivateWebhookUrls: boolean;
  /** Days a finished webhook delivery and its attempts stay in the delivery log. */
  webhookLogDays: number;
  /** Seals webhook secrets at rest (`KAIROS_ENCRYPTION_KEY`, 32 bytes); null: stored as given. */
  encryptionKey: Buffer | null;
  /** The sites that may frame embed pages (CSP frame-ancestors sources); null: any site. */
  embedOrigins: string[] | null;
}

/** PRD 4.3, with a default bucket for routes the PRD does not name. */
export const defaultRateLimits: RateLimitSettings = {
  bookingsCreate: { limit: 100, burst: 150 },
  slots: { limit: 300, burst: 500 },
  bookingsRead: { limit: 1000, burst: 1500 },
  webhooksCreate: { limit: 10, burst: 20 },
  default: { limit: 1000, burst: 1500 },
};

const envNames: Record<RateLimitGroup, string> = {
  bookingsCreate: 'KAIROS_RATE_LIMIT_BOOKINGS_CREATE',
  slots: 'KAIROS_RATE_LIMIT_SLOTS',
  bookingsRead: 'KAIROS_RATE_LIMIT_BOOKINGS_READ',
  webhooksCreate: 'KAIROS_RATE_LIMIT_WEBHOOKS_CREATE',
  default: 'KAIROS_RATE_LIMIT_DEFAULT',
};

/** "100/150" -> limit 100 a minute, burst 150; "100" -> burst = limit. */
export function parseRateLimit(text: string, name: string): RateLimitSetting {
  const match = /^\s*(\d+)\s*(?:\/\s*(\d+))?\s*$/.exec(text);
  const limit = Number(match?.[1]);
  const burst = match?.[2] ? Number(match[2]) : limit;
  if (!match || limit < 1 || burst < limit) {
    throw new Error(
      `${name} must look like "100/150" (limit per minute / burst >= limit), got "${text}"`,
    );
  }
  return { limit, burst };
}

function rateLimitsFrom(env: NodeJS.ProcessEnv): RateLimitSettings | null {
  if (/^(off|false|0|disabled)$/i.test(env.KAIROS_RATE_LIMITS ?? '')) return null;
  const settings = { ...defaultRateLimits };
  for (const [group, name] of Object.entries(envNames) as Array<[RateLimitGroup, string]>) {
    const value = env[name];
    if (value) settings[group] = parseRateLimit(value, name);
  }
  return settings;
}

function portFrom(text: string | undefined): number {
  const port = Number(text ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${text}"`);
  return port;
}

function positiveInt(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive whole number, got "${text}"`);
  return value;
}

const ORIGIN = /^https?:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/i;

/** "https://a.example, https://*.b.example" -> the origins; unset or "*" -> null (any site). */
export function parseEmbedOrigins(text: string | undefined): string[] | null {
  const origins = (text ?? '').split(/[\s,]+/).filter((origin) => origin !== '');
  if (origins.length === 0 || (origins.length === 1 && origins[0] === '*')) return null;
  for (const origin of origins) {
    if (!ORIGIN.test(origin)) {
      throw new Error(
        `KAIROS_EMBED_ORIGINS takes origins such as "https://www.example.com" or "https://*.example.com", got "${origin}"`,
      );
    }
  }
  return origins.map((origin) => origin.toLowerCase());
}

/** Configuration comes from the environment at run time; nothing is baked in at build time. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: portFrom(env.PORT),
    host: env.HOST ?? '127.0.0.1',
    dataDir: env.KAIROS_DATA_DIR ?? './data',
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolSize: positiveInt(env.DATABASE_POOL_SIZE, 'DATABASE_POOL_SIZE', 10),
    redisUrl: env.REDIS_URL || undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    role: 'all',
    rateLimits: rateLimitsFrom(env),
    version: '0.1.0',
    smtpUrl: env.SMTP_URL || undefined,
    publicUrl: env.KAIROS_PUBLIC_URL || undefined,
    allowPrivateWebhookUrls: /^(1|true|yes)$/i.test(env.KAIROS_WEBHOOK_ALLOW_PRIVATE_URLS ?? ''),
    webhookLogDays: positiveInt(env.KAIROS_WEBHOOK_LOG_DAYS, 'KAIROS_WEBHOOK_LOG_DAYS', 30),
    embedOrigins: parseEmbedOrigins(env.KAIROS_EMBED_ORIGINS),
    encryptionKey: parseEncryptionKey(env.KAIROS_ENCRYPTION_KEY),
  };
}
