import {
  createScheduleRoute,
  deleteScheduleRoute,
  getDefaultScheduleRoute,
  getScheduleRoute,
  listSchedulesRoute,
  notFound,
  updateScheduleRoute,
} from '@kairos/contracts';
import { findScheduleOfUser, listSchedulesOfUser } from '@kairos/db';
import type { FastifyInstance } from 'fastify';
import { bindRoute } from '../http/bind-route';
import type { HandlerContext } from '../http/context';
import { createSchedule } from './create-schedule';
import { deleteSchedule } from './delete-schedule';
import { presentSchedule } from './present-schedule';
import { updateSchedule } from './update-schedule';

/** Cal.com's schedules API (2024-06-11), scoped to the caller. */
export function scheduleRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  const { db } = deps.database;

  bindRoute(app, createScheduleRoute, deps, async ({ body }, { caller }) => {
    const { schedule, defaultScheduleId } = await createSchedule(db, caller.user.id, body);
    return presentSchedule(schedule, defaultScheduleId);
  });

  bindRoute(app, listSchedulesRoute, deps, async (_input, { caller }) =>
    (await listSchedulesOfUser(db, caller.user.id)).map((schedule) =>
      presentSchedule(schedule, caller.user.defaultScheduleId),
    ),
  );

  bindRoute(app, getDefaultScheduleRoute, deps, async (_input, { caller }) => {
    const { id, defaultScheduleId } = caller.user;
    const schedule = defaultScheduleId && (await findScheduleOfUser(db, id, defaultScheduleId));
    return schedule ? presentSchedule(schedule, defaultScheduleId) : null;
  });

  bindRoute(app, getScheduleRoute, deps, async ({ params }, { caller }) => {
    const schedule = await findScheduleOfUser(db, caller.user.id, params.id);
    if (!schedule) throw notFound('Schedule');
    return presentSchedule(schedule, caller.user.defaultScheduleId);
  });

  bindRoute(app, updateScheduleRoute, deps, async ({ params, body }, { caller }) => {
    const { schedule, defaultScheduleId } = await updateSchedule(
      db,
      caller.user.id,
      params.id,
      body,
    );
    return presentSchedule(schedule, defaultScheduleId);
  });

  bindRoute(app, deleteScheduleRoute, deps, async ({ params }, { caller }) => {
    await deleteSchedule(db, caller.user.id, params.id);
    return { id: params.id };
  });
}
