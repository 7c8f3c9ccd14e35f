import type { RateLimitSetting } from '../config';

export interface BucketState {
  tokens: number;
  updatedAtMs: number;
}

export interface RateLimitOutcome {
  allowed: boolean;
  remaining: number;
  /** When the bucket is full again (epoch ms). */
  resetAtMs: number;
  /** When the next request would be allowed (0 when allowed now). */
  retryAfterMs: number;
}

/**
 * A token bucket: it holds `burst` tokens and refills at `limit` per minute, so a client may
 * send a burst after a quiet spell and `limit` a minute sustained (PRD 4.3).
 */
export function takeToken(
  state: BucketState | undefined,
  nowMs: number,
  setting: RateLimitSetting,
): { state: BucketState; outcome: RateLimitOutcome } {
  const perMs = setting.limit / 60_000;
  const elapsed = state ? Math.max(0, nowMs - state.updatedAtMs) : 0;
  let tokens = state ? Math.min(setting.burst, state.tokens + elapsed * perMs) : setting.burst;
  const allowed = tokens >= 1;
  if (allowed) tokens -= 1;
  return {
    state: { tokens, updatedAtMs: nowMs },
    outcome: {
      allowed,
      remaining: Math.floor(tokens),
      resetAtMs: nowMs + Math.ceil((setting.burst - tokens) / perMs),
      retryAfterMs: allowed ? 0 : Math.ceil((1 - tokens) / perMs),
    },
  };
}
