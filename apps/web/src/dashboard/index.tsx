/**
 * The host dashboard and the account pages (/login, /signup, /reset-password, /dashboard/*).
 * The app shell lazy-loads this module for those paths; it reads the location itself.
 */
import type { SessionOutput, UserOutput } from '@kairos/contracts';
import { useEffect, useMemo } from 'react';
import { navigate, useLocationKey } from '../app/router';
import { api, ApiError, onSignedOut } from './api';
import { LoginPage } from './auth/login-page';
import { ResetPasswordPage } from './auth/reset-password-page';
import { SignupPage } from './auth/signup-page';
import { matchDashboard, paths } from './routes';
import { SessionContext } from './session';
import { Shell } from './shell';
import { applyDashboardLook } from './theme';
import { Loading, LoadFailed } from './ui/widgets';
import { useLoad } from './ui/use-load';
import './dashboard.css';

export function DashboardApp() {
  useLocationKey();
  const route = matchDashboard(location.pathname);
  if (route.page === 'login') return <LoginPage />;
  if (route.page === 'signup') return <SignupPage />;
  if (route.page === 'resetPassword') return <ResetPasswordPage />;
  return <SignedIn />;
}

/** Where to come back to after signing in. */
const here = () => `${paths.login}?next=${encodeURIComponent(location.pathname + location.search)}`;

function SignedIn() {
  const { state, reload, set } = useLoad('session', () =>
    api.get<SessionOutput>('/v2/auth/session'),
  );
  const isSignedOut =
    state.status === 'failed' && state.error instanceof ApiError && state.error.status === 401;

  useEffect(() => onSignedOut(() => navigate(here(), { replace: true })), []);
  useEffect(() => {
    if (isSignedOut) navigate(here(), { replace: true });
  }, [isSignedOut]);
  const session = state.status === 'done' ? state.data : null;
  useEffect(() => (session ? applyDashboardLook(session.user) : undefined), [session]);

  const value = useMemo(
    () => (session ? { session, setUser: (user: UserOutput) => set({ ...session, user }) } : null),
    [session, set],
  );
  if (state.status === 'failed' && !isSignedOut) {
    return <LoadFailed error={state.error} retry={reload} />;
  }
  if (!value) return <Loading />;
  return (
    <SessionContext.Provider value={value}>
      <Shell />
    </SessionContext.Provider>
  );
}
