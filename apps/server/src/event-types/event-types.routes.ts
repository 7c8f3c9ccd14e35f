import {
  AppError,
  createEventTypeRoute,
  deleteEventTypeRoute,
  getEventTypeRoute,
  listEventTypesRoute,
  notFound,
  updateEventTypeRoute,
} from '@kairos/contracts';
import { deleteEventTypeOfOwner, findEventTypeOfOwner, type EventTypeRecord } from '@kairos/db';
import type { FastifyInstance } from 'fastify';
import { bindRoute } from '../http/bind-route';
import type { HandlerContext } from '../http/context';
import { createEventType } from './create-event-type';
import { listEventTypes } from './list-event-types';
import { presentDeletedEventType, presentEventType } from './present-event-type';
import { updateEventType } from './update-event-type';

/** `/v2/event-types`: personal event types; another user's id is NOT_FOUND, never FORBIDDEN. */
export function eventTypeRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  const { db } = deps.database;
  const ownEventType = async (ownerId: number, id: number): Promise<EventTypeRecord> => {
    const record = await findEventTypeOfOwner(db, ownerId, id);
    if (!record) throw notFound('Event type');
    return record;
  };

  bindRoute(app, createEventTypeRoute, deps, async ({ body }, { caller }) =>
    presentEventType(await createEventType(db, caller.user.id, body), caller.user.id),
  );

  bindRoute(app, listEventTypesRoute, deps, async ({ query }, { caller }) =>
    (await listEventTypes(db, caller, query)).map((record) =>
      presentEventType(record, caller?.user.id ?? null),
    ),
  );

  bindRoute(app, getEventTypeRoute, deps, async ({ params }, { caller }) =>
    presentEventType(await ownEventType(caller.user.id, params.id), caller.user.id),
  );

  bindRoute(app, updateEventTypeRoute, deps, async ({ params, body }, { caller }) => {
    const current = await ownEventType(caller.user.id, params.id);
    const updated = await updateEventType(db, caller.user.id, current, body);
    return presentEventType(updated, caller.user.id);
  });

  bindRoute(app, deleteEventTypeRoute, deps, async ({ params }, { caller }) => {
    const current = await ownEventType(caller.user.id, params.id);
    if (current.parent) {
      const message = "It is the team's managed event type: a team admin unassigns you from it";
      throw new AppError('FORBIDDEN', message);
    }
    const deleted = await deleteEventTypeOfOwner(db, caller.user.id, params.id);
    if (!deleted) throw notFound('Event type');
    return presentDeletedEventType(deleted);
  });
}
