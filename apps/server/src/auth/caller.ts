import type { UserRow } from '@kairos/db';

/** The dashboard session a caller signed in with (absent for API keys). */
export interface CallerSession {
  id: number;
  /** The token cookie-authenticated writes must echo in `X-CSRF-Token`. */
  csrfToken: string;
  expiresAt: Date;
  /** The expiry moved forward on this request: the cookies are sent again. */
  isRenewed: boolean;
}

/** Who is making the request. */
export interface Caller {
  user: UserRow;
  /** null when signed in with a session cookie. */
  apiKeyId: number | null;
  isTestMode: boolean;
  session?: CallerSession;
}
