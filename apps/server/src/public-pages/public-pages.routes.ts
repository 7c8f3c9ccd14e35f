import {
  notFound,
  publicBookingRoute,
  publicEventTypeRoute,
  publicTeamEventTypeRoute,
  publicTeamRoute,
  publicUserRoute,
} from '@kairos/contracts';
import type { FastifyInstance } from 'fastify';
import { bindRoute } from '../http/bind-route';
import type { HandlerContext } from '../http/context';
import {
  loadBookingPage,
  loadEventTypePage,
  loadTeamEventTypePage,
  loadTeamPage,
  loadUserPage,
} from './load-public-pages';

const found = <T>(value: T | null, what: string): T => {
  if (value === null) throw notFound(what);
  return value;
};

/** `/api/public/*`: what the booking pages read, without a key. */
export function publicPageRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  const { database } = deps;
  bindRoute(app, publicUserRoute, deps, async ({ params }) =>
    found(await loadUserPage(database, params.username), 'User'),
  );
  bindRoute(app, publicEventTypeRoute, deps, async ({ params }) =>
    found(await loadEventTypePage(database, params.username, params.eventSlug), 'Event type'),
  );
  bindRoute(app, publicTeamRoute, deps, async ({ params }) =>
    found(await loadTeamPage(database, params.teamSlug), 'Team'),
  );
  bindRoute(app, publicTeamEventTypeRoute, deps, async ({ params }) =>
    found(await loadTeamEventTypePage(database, params.teamSlug, params.eventSlug), 'Event type'),
  );
  bindRoute(app, publicBookingRoute, deps, async ({ params, query }) =>
    found(await loadBookingPage(database, params.uid, query.seatUid), 'Booking'),
  );
}
