/**
 * PRD 7.3: attempts immediately, then 5 s, 25 s, 125 s and 625 s after the previous failure
 * (five attempts over 13 minutes); after the last failure the delivery is dead-lettered.
 * Each entry is the wait in seconds before that attempt.
 */
export const WEBHOOK_RETRY_SCHEDULE_SECONDS: readonly number[] = [0, 5, 25, 125, 625];

/** What follows a failed attempt. */
export type AfterFailure =
  { kind: 'retry'; delaySeconds: number; attempt: number } | { kind: 'dead_letter' };

/**
 * After the `attemptsMade`-th failed attempt of a cycle (1 = the first attempt failed): retry
 * after the schedule's next wait, or dead-letter when the schedule is used up.
 * @example afterFailure(2) // { kind: 'retry', delaySeconds: 25, attempt: 3 }
 */
export function afterFailure(
  attemptsMade: number,
  schedule: readonly number[] = WEBHOOK_RETRY_SCHEDULE_SECONDS,
): AfterFailure {
  const delaySeconds = schedule[attemptsMade];
  if (delaySeconds === undefined) return { kind: 'dead_letter' };
  return { kind: 'retry', delaySeconds, attempt: attemptsMade + 1 };
}
