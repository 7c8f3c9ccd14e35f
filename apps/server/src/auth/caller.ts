import type { UserRow } from '@kairos/db';

/** Who is making the request. */
export interface Caller {
  user: UserRow;
  apiKeyId: number | null;
  isTestMode: boolean;
}
