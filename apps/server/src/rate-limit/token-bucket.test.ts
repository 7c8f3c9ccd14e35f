import { describe, expect, it } from 'vitest';
import { takeToken, type BucketState } from './token-bucket';

const setting = { limit: 60, burst: 90 };

describe('the token bucket', () => {
  it('allows a full burst at once, then refuses until a token refills', () => {
    let state: BucketState | undefined;
    const outcomes = [];
    for (let i = 0; i < 91; i++) {
      const step = takeToken(state, 1_000, setting);
      state = step.state;
      outcomes.push(step.outcome);
    }
    expect(outcomes.slice(0, 90).every((o) => o.allowed)).toBe(true);
    expect(outcomes[89]!.remaining).toBe(0);
    expect(outcomes[90]).toMatchObject({ allowed: false, remaining: 0, retryAfterMs: 1_000 });
    // 60 a minute = one a second.
    expect(takeToken(state, 1_999, setting).outcome.allowed).toBe(false);
    expect(takeToken(state, 2_000, setting).outcome.allowed).toBe(true);
  });

  it('refills at the sustained limit and never beyond the burst', () => {
    const empty = { tokens: 0, updatedAtMs: 0 };
    expect(takeToken(empty, 30_000, setting).outcome.remaining).toBe(29);
    expect(takeToken(empty, 3_600_000, setting).outcome.remaining).toBe(89);
  });

  it('reports when the bucket is full again', () => {
    const { outcome } = takeToken({ tokens: 30, updatedAtMs: 0 }, 0, setting);
    expect(outcome.resetAtMs).toBe(61_000);
  });
});
