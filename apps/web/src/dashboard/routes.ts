/** The dashboard's pages, from the path (the app shell hands the dashboard these paths). */
export type DashboardRoute =
  | { page: 'login' }
  | { page: 'signup' }
  | { page: 'resetPassword' }
  | { page: 'eventTypes' }
  | { page: 'eventType'; id: number }
  | { page: 'availability' }
  | { page: 'schedule'; id: number }
  | { page: 'bookings' }
  | { page: 'apiKeys' }
  | { page: 'webhooks' }
  | { page: 'webhook'; id: string }
  | { page: 'teams' }
  | { page: 'team'; id: number }
  | { page: 'teamEventType'; teamId: number; id: number }
  | { page: 'settings' }
  | { page: 'notFound' };

export const paths = {
  login: '/login',
  signup: '/signup',
  resetPassword: '/reset-password',
  home: '/dashboard/event-types',
  eventTypes: '/dashboard/event-types',
  eventType: (id: number) => `/dashboard/event-types/${id}`,
  availability: '/dashboard/availability',
  schedule: (id: number) => `/dashboard/availability/${id}`,
  bookings: '/dashboard/bookings',
  apiKeys: '/dashboard/api-keys',
  webhooks: '/dashboard/webhooks',
  webhook: (id: string) => `/dashboard/webhooks/${encodeURIComponent(id)}`,
  teams: '/dashboard/teams',
  team: (id: number) => `/dashboard/teams/${id}`,
  teamEventType: (teamId: number, id: number) => `/dashboard/teams/${teamId}/event-types/${id}`,
  settings: '/dashboard/settings',
};

const id = (text: string | undefined) => (text && /^\d{1,10}$/.test(text) ? Number(text) : null);

export function matchDashboard(pathname: string): DashboardRoute {
  const [first, second, third, ...rest] = pathname.split('/').filter(Boolean);
  if (
    first === 'dashboard' &&
    second === 'teams' &&
    rest.length === 2 &&
    rest[0] === 'event-types'
  ) {
    const [teamId, eventTypeId] = [id(third), id(rest[1])];
    if (teamId !== null && eventTypeId !== null) {
      return { page: 'teamEventType', teamId, id: eventTypeId };
    }
  }
  if (first === 'login') return { page: 'login' };
  if (first === 'signup') return { page: 'signup' };
  if (first === 'reset-password') return { page: 'resetPassword' };
  if (first !== 'dashboard' || rest.length > 0) return { page: 'notFound' };
  const byId = <R extends DashboardRoute>(make: (n: number) => R, list: DashboardRoute) => {
    if (third === undefined) return list;
    const n = id(third);
    return n === null ? ({ page: 'notFound' } as const) : make(n);
  };
  switch (second) {
    case undefined:
    case 'event-types':
      return byId((n) => ({ page: 'eventType', id: n }), { page: 'eventTypes' });
    case 'availability':
      return byId((n) => ({ page: 'schedule', id: n }), { page: 'availability' });
    case 'teams':
      return byId((n) => ({ page: 'team', id: n }), { page: 'teams' });
    case 'webhooks':
      return third === undefined
        ? { page: 'webhooks' }
        : { page: 'webhook', id: decodeURIComponent(third) };
    case 'bookings':
      return third === undefined ? { page: 'bookings' } : { page: 'notFound' };
    case 'api-keys':
      return third === undefined ? { page: 'apiKeys' } : { page: 'notFound' };
    case 'settings':
      return third === undefined ? { page: 'settings' } : { page: 'notFound' };
    default:
      return { page: 'notFound' };
  }
}
