import {
  cancelBookingRoute,
  confirmBookingRoute,
  createBookingRoute,
  declineBookingRoute,
  deleteBookingRoute,
  getBookingRoute,
  listBookingsRoute,
  markAbsentRoute,
  notFound,
  patchBookingRoute,
  reassignBookingRoute,
  reassignBookingToUserRoute,
  rescheduleBookingRoute,
} from '@kairos/contracts';
import { findBookingByUid, findSeries, type Database } from '@kairos/db';
import type { FastifyInstance } from 'fastify';
import type { Caller } from '../auth/caller';
import { bindRoute } from '../http/bind-route';
import { teamAccess } from '../teams/team-access';
import type { HandlerContext } from '../http/context';
import { canAccessBooking } from './booking-draft';
import { cancelBooking } from './cancel-booking';
import { confirmBooking } from './confirm-booking';
import { createBooking } from './create-booking';
import { declineBooking } from './decline-booking';
import { listBookings, teamIdsOf } from './list-bookings';
import { markAbsent } from './mark-absent';
import { moveSeat } from './move-seat';
import { presentBooking } from './present-booking';
import { reassignBooking } from './reassign-booking';
import { rescheduleBooking } from './reschedule-booking';

/** The booking as the caller may see it: a host's key, or no key at all (the uid is the key). */
async function visibleBooking(
  database: Database,
  uid: string,
  caller: Caller | null,
  seatUid?: string,
) {
  const booking = await findBookingByUid(database, uid);
  if (!booking || !canAccessBooking(booking, caller)) throw notFound('Booking');
  return presentBooking(booking, { isHost: caller !== null, seatUid });
}

/** The booking, or every occurrence when the uid is a recurring series' (Cal.com). */
async function visibleBookingOrSeries(database: Database, uid: string, caller: Caller | null) {
  const booking = await findBookingByUid(database, uid);
  if (booking) {
    if (!canAccessBooking(booking, caller)) throw notFound('Booking');
    return presentBooking(booking, { isHost: caller !== null });
  }
  const series = await findSeries(database, uid);
  if (!series.length || !series.every((one) => canAccessBooking(one, caller))) {
    throw notFound('Booking');
  }
  return series.map((one) => presentBooking(one, { isHost: caller !== null }));
}

/** `/v2/bookings`: create, read, list, cancel and reschedule (PRD routes and Cal.com's). */
export function bookingRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  const { database } = deps;

  bindRoute(app, createBookingRoute, deps, async ({ body }, { caller }) => {
    const { uids, isSeries, seatUid } = await createBooking(deps, body, caller);
    const shown = await Promise.all(
      uids.map((uid) => visibleBooking(database, uid, null, seatUid)),
    );
    return isSeries ? shown : shown[0]!;
  });

  bindRoute(app, getBookingRoute, deps, ({ params }, { caller }) =>
    visibleBookingOrSeries(database, params.uid, caller),
  );

  bindRoute(app, listBookingsRoute, deps, async ({ query }, { caller }) => {
    const teamIds = teamIdsOf(query);
    // A team's bookings are for its admins and owners, as at /v2/teams/{teamId}/bookings.
    for (const teamId of teamIds) await teamAccess(database.db, teamId, caller, 'ADMIN');
    const scope = teamIds.length ? { teamIds } : { hostId: caller.user.id };
    return listBookings(database, caller, query, deps.now(), scope);
  });

  for (const route of [deleteBookingRoute, cancelBookingRoute]) {
    bindRoute(app, route, deps, async ({ params, body }, { caller }) => {
      const { isSeries } = await cancelBooking(database, params.uid, caller, body);
      const shown = isSeries ? visibleBookingOrSeries : visibleBooking;
      return shown(database, params.uid, null);
    });
  }

  for (const route of [patchBookingRoute, rescheduleBookingRoute]) {
    bindRoute(app, route, deps, async ({ params, body }, { caller }) => {
      const { seatUid } = body;
      if (seatUid !== undefined) {
        const moved = await moveSeat(deps, params.uid, caller, { ...body, seatUid });
        return visibleBooking(database, moved.uid, null, moved.seatUid);
      }
      const uid = await rescheduleBooking(deps, params.uid, caller, body);
      return visibleBooking(database, uid, null);
    });
  }

  hostActionRoutes(app, deps);
}

/** Confirm, decline, mark-absent and reassign: a host's (or team admin's) key only. */
function hostActionRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  const { database } = deps;

  bindRoute(app, confirmBookingRoute, deps, async ({ params }, { caller }) => {
    await confirmBooking(database, params.uid, caller);
    return visibleBooking(database, params.uid, caller);
  });

  bindRoute(app, declineBookingRoute, deps, async ({ params, body }, { caller }) => {
    await declineBooking(database, params.uid, caller, body);
    return visibleBooking(database, params.uid, caller);
  });

  bindRoute(app, markAbsentRoute, deps, async ({ params, body }, { caller }) => {
    await markAbsent(database, params.uid, caller, body, deps.now());
    return visibleBooking(database, params.uid, caller);
  });

  bindRoute(app, reassignBookingRoute, deps, ({ params, body }, { caller }) =>
    reassignBooking(deps, params.uid, caller, {}, body),
  );

  bindRoute(app, reassignBookingToUserRoute, deps, ({ params, body }, { caller }) =>
    reassignBooking(deps, params.uid, caller, { userId: params.userId }, body),
  );
}
