import type { RateLimitStore } from './store';
import { takeToken, type BucketState } from './token-bucket';

const SWEEP_EVERY = 10_000;

/** Buckets in a Map; full buckets are dropped now and then so memory stays flat. */
export function createMemoryStore(): RateLimitStore {
  const buckets = new Map<string, BucketState>();
  let calls = 0;
  return {
    take: (key, setting, nowMs) => {
      const { state, outcome } = takeToken(buckets.get(key), nowMs, setting);
      buckets.set(key, state);
      if (++calls % SWEEP_EVERY === 0) {
        for (const [k, s] of buckets) if (nowMs - s.updatedAtMs > 600_000) buckets.delete(k);
      }
      return Promise.resolve(outcome);
    },
    close: () => Promise.resolve(),
  };
}
