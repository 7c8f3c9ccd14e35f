import {
  createTeamEventTypeRoute,
  deleteTeamEventTypeRoute,
  getTeamEventTypeRoute,
  listTeamEventTypesRoute,
  notFound,
  roundRobinReportRoute,
  updateTeamEventTypeRoute,
} from '@kairos/contracts';
import { deleteTeamEventType, listChildEventTypes, listTeamEventTypes } from '@kairos/db';
import type { FastifyInstance } from 'fastify';
import type { Caller } from '../auth/caller';
import { presentDeletedEventType } from '../event-types/present-event-type';
import { bindRoute } from '../http/bind-route';
import type { HandlerContext } from '../http/context';
import { createTeamEventType, loadTeamEventType } from './create-team-event-type';
import { presentTeamEventType } from './present-team-event-type';
import { roundRobinReport } from './round-robin-report';
import { teamAccess } from './team-access';
import { updateTeamEventType } from './update-team-event-type';

/** `/v2/teams/{teamId}/event-types`: members read, admins write (Cal.com §1.5). */
export function teamEventTypeRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  const { database } = deps;
  const { db } = database;

  /** The team's event type as the caller may see it (members; `ADMIN` to change it). */
  const teamEventType = async (
    params: { teamId: number; eventTypeId: number },
    caller: Caller,
    least: 'MEMBER' | 'ADMIN' = 'MEMBER',
  ) => {
    await teamAccess(db, params.teamId, caller, least);
    const view = await loadTeamEventType(database, params.teamId, params.eventTypeId);
    if (!view) throw notFound('Event type');
    return view;
  };

  bindRoute(app, createTeamEventTypeRoute, deps, async ({ params, body }, { caller }) => {
    await teamAccess(db, params.teamId, caller, 'ADMIN');
    const view = await createTeamEventType(database, params.teamId, body);
    return presentTeamEventType(view.record, view.children, caller.user.id);
  });

  bindRoute(app, listTeamEventTypesRoute, deps, async ({ params, query }, { caller }) => {
    await teamAccess(db, params.teamId, caller);
    const records = await listTeamEventTypes(db, params.teamId, { slug: query.eventSlug });
    return Promise.all(
      records.map(async (record) =>
        presentTeamEventType(
          record,
          await listChildEventTypes(db, record.eventType.id),
          caller.user.id,
        ),
      ),
    );
  });

  bindRoute(app, getTeamEventTypeRoute, deps, async ({ params }, { caller }) => {
    const view = await teamEventType(params, caller);
    return presentTeamEventType(view.record, view.children, caller.user.id);
  });

  bindRoute(app, updateTeamEventTypeRoute, deps, async ({ params, body }, { caller }) => {
    const current = await teamEventType(params, caller, 'ADMIN');
    const view = await updateTeamEventType(database, current, body);
    return presentTeamEventType(view.record, view.children, caller.user.id);
  });

  bindRoute(app, deleteTeamEventTypeRoute, deps, async ({ params }, { caller }) => {
    await teamAccess(db, params.teamId, caller, 'ADMIN');
    const deleted = await deleteTeamEventType(db, params.teamId, params.eventTypeId);
    if (!deleted) throw notFound('Event type');
    return presentDeletedEventType(deleted);
  });

  bindRoute(app, roundRobinReportRoute, deps, async ({ params }, { caller }) => {
    const view = await teamEventType(params, caller, 'ADMIN');
    return roundRobinReport(database, view.record);
  });
}
