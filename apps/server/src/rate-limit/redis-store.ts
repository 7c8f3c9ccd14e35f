import { Redis } from 'ioredis';
import type { RateLimitStore } from './store';

/**
 * The same token bucket as token-bucket.ts, run atomically in Redis with Redis's clock so that
 * every process shares one bucket per caller. Returns allowed, tokens*1000, reset ms, retry ms.
 */
const TAKE_SCRIPT = `
local limit = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local per_ms = limit / 60000
local tokens = burst
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
if state[1] then
  local elapsed = math.max(0, now - tonumber(state[2]))
  tokens = math.min(burst, tonumber(state[1]) + elapsed * per_ms)
end
local allowed = 0
if tokens >= 1 then
  allowed = 1
  tokens = tokens - 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
local full_in = math.ceil((burst - tokens) / per_ms)
redis.call('PEXPIRE', KEYS[1], full_in + 1000)
local retry = 0
if allowed == 0 then retry = math.ceil((1 - tokens) / per_ms) end
return {allowed, math.floor(tokens), now + full_in, retry}
`;

/** `namespace` separates deployments (and test runs) sharing one Redis. */
export function createRedisStore(url: string, namespace = 'kairos'): RateLimitStore {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
  redis.defineCommand('kairosTakeToken', { numberOfKeys: 1, lua: TAKE_SCRIPT });
  const take = (
    redis as unknown as Record<string, (...args: unknown[]) => Promise<number[]>>
  ).kairosTakeToken!.bind(redis);
  return {
    take: async (key, setting) => {
      const [allowed, remaining, resetAtMs, retryAfterMs] = await take(
        `${namespace}:rl:${key}`,
        setting.limit,
        setting.burst,
      );
      return {
        allowed: allowed === 1,
        remaining: remaining ?? 0,
        resetAtMs: resetAtMs ?? 0,
        retryAfterMs: retryAfterMs ?? 0,
      };
    },
    close: async () => {
      await redis.quit();
    },
  };
}
