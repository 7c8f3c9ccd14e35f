import type { RateLimitSetting } from '../config';
import type { RateLimitOutcome } from './token-bucket';

/** Where buckets live: this process's memory, or Redis shared by every process. */
export interface RateLimitStore {
  take(key: string, setting: RateLimitSetting, nowMs: number): Promise<RateLimitOutcome>;
  close(): Promise<void>;
}
