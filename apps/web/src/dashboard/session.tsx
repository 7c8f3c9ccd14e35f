import type { SessionOutput, UserOutput } from '@kairos/contracts';
import { createContext, useContext } from 'react';

export interface SessionValue {
  session: SessionOutput;
  /** After PATCH /v2/me: the new user everywhere at once. */
  setUser: (user: UserOutput) => void;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** The signed-in account; only inside the signed-in part of the dashboard. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside the signed-in dashboard');
  return value;
}
