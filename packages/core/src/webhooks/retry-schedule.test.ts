import { describe, expect, it } from 'vitest';
import { afterFailure, WEBHOOK_RETRY_SCHEDULE_SECONDS } from './retry-schedule';

describe('webhook retry schedule', () => {
  it('is PRD 7.3: immediately, then 5 s, 25 s, 125 s and 625 s', () => {
    expect(WEBHOOK_RETRY_SCHEDULE_SECONDS).toEqual([0, 5, 25, 125, 625]);
  });

  it.each([
    [1, { kind: 'retry', delaySeconds: 5, attempt: 2 }],
    [2, { kind: 'retry', delaySeconds: 25, attempt: 3 }],
    [3, { kind: 'retry', delaySeconds: 125, attempt: 4 }],
    [4, { kind: 'retry', delaySeconds: 625, attempt: 5 }],
    [5, { kind: 'dead_letter' }],
    [9, { kind: 'dead_letter' }],
  ])('after %i failed attempt(s): %o', (attempts, expected) => {
    expect(afterFailure(attempts)).toEqual(expected);
  });

  it('follows another schedule when given one', () => {
    expect(afterFailure(1, [0, 0.1])).toEqual({ kind: 'retry', delaySeconds: 0.1, attempt: 2 });
    expect(afterFailure(2, [0, 0.1])).toEqual({ kind: 'dead_letter' });
  });
});
