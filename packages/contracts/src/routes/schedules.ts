import { z } from 'zod';
import { defineRoute, type RouteContract } from '../route';
import {
  createScheduleInput,
  scheduleIdParams,
  scheduleOutput,
  updateScheduleInput,
} from '../schemas/schedule';

/** `POST /v2/schedules` (Cal.com 2024-06-11): a schedule of the caller; 201. */
export const createScheduleRoute = defineRoute({
  method: 'POST',
  path: '/v2/schedules',
  summary: 'Create a schedule (weekly hours and date overrides in one time zone)',
  tag: 'Schedules',
  auth: 'required',
  body: createScheduleInput,
  response: scheduleOutput,
  status: 201,
});

/** `GET /v2/schedules`: the caller's schedules, oldest first. */
export const listSchedulesRoute = defineRoute({
  method: 'GET',
  path: '/v2/schedules',
  summary: "List the caller's schedules",
  tag: 'Schedules',
  auth: 'required',
  response: z.array(scheduleOutput),
});

/** `GET /v2/schedules/default`: the caller's default schedule, `null` when there is none. */
export const getDefaultScheduleRoute = defineRoute({
  method: 'GET',
  path: '/v2/schedules/default',
  summary: "The caller's default schedule (null when there is none)",
  tag: 'Schedules',
  auth: 'required',
  response: scheduleOutput.nullable(),
});

/** `GET /v2/schedules/{id}`: one of the caller's schedules; others' are 404. */
export const getScheduleRoute = defineRoute({
  method: 'GET',
  path: '/v2/schedules/{id}',
  summary: "One of the caller's schedules",
  tag: 'Schedules',
  auth: 'required',
  params: scheduleIdParams,
  response: scheduleOutput,
});

/** `PATCH /v2/schedules/{id}`: partial update; lists are replaced whole. */
export const updateScheduleRoute = defineRoute({
  method: 'PATCH',
  path: '/v2/schedules/{id}',
  summary: 'Update a schedule; availability and overrides replace the whole list',
  tag: 'Schedules',
  auth: 'required',
  params: scheduleIdParams,
  body: updateScheduleInput,
  response: scheduleOutput,
});

/**
 * `DELETE /v2/schedules/{id}`. The default schedule can be deleted only when it is the caller's
 * last one (409 CONFLICT otherwise: make another schedule the default first).
 */
export const deleteScheduleRoute = defineRoute({
  method: 'DELETE',
  path: '/v2/schedules/{id}',
  summary: 'Delete a schedule (the default one only when it is the last)',
  tag: 'Schedules',
  auth: 'required',
  params: scheduleIdParams,
  response: z.object({ id: z.number().int() }),
});

/** Every schedule route, in registration order. */
export const scheduleRoutes: RouteContract[] = [
  createScheduleRoute,
  listSchedulesRoute,
  getDefaultScheduleRoute,
  getScheduleRoute,
  updateScheduleRoute,
  deleteScheduleRoute,
];
