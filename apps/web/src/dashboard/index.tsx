/**
 * The host dashboard and the account pages (/login, /signup, /reset-password, /dashboard/*).
 * The accounts work fills this in; the app shell lazy-loads it for those paths.
 */
export function DashboardApp() {
  return null;
}
