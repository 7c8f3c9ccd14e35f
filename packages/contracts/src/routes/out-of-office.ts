import { z } from 'zod';
import { defineRoute, type RouteContract } from '../route';
import {
  createOutOfOfficeInput,
  listOutOfOfficeQuery,
  outOfOfficeIdParams,
  outOfOfficeOutput,
  updateOutOfOfficeInput,
} from '../schemas/out-of-office';

/**
 * `POST /v2/me/ooo`: the caller will be away; 201. An entry with exactly the same start and end
 * as another of the caller's is a 409 CONFLICT (as in Cal.com); overlapping ones are allowed.
 */
export const createOutOfOfficeRoute = defineRoute({
  method: 'POST',
  path: '/v2/me/ooo',
  summary: 'Record a period the caller is out of office',
  tag: 'Out of office',
  auth: 'required',
  body: createOutOfOfficeInput,
  response: outOfOfficeOutput,
  status: 201,
});

/** `GET /v2/me/ooo`: the caller's entries ordered by start. */
export const listOutOfOfficeRoute = defineRoute({
  method: 'GET',
  path: '/v2/me/ooo',
  summary: "List the caller's out-of-office entries, by start",
  tag: 'Out of office',
  auth: 'required',
  query: listOutOfOfficeQuery,
  response: z.array(outOfOfficeOutput),
});

/** `GET /v2/me/ooo/{id}`: one of the caller's entries; others' are 404. */
export const getOutOfOfficeRoute = defineRoute({
  method: 'GET',
  path: '/v2/me/ooo/{id}',
  summary: "One of the caller's out-of-office entries",
  tag: 'Out of office',
  auth: 'required',
  params: outOfOfficeIdParams,
  response: outOfOfficeOutput,
});

/** `PATCH /v2/me/ooo/{id}`: partial update. */
export const updateOutOfOfficeRoute = defineRoute({
  method: 'PATCH',
  path: '/v2/me/ooo/{id}',
  summary: 'Update an out-of-office entry',
  tag: 'Out of office',
  auth: 'required',
  params: outOfOfficeIdParams,
  body: updateOutOfOfficeInput,
  response: outOfOfficeOutput,
});

/** `DELETE /v2/me/ooo/{id}`: returns the deleted entry (as Cal.com does). */
export const deleteOutOfOfficeRoute = defineRoute({
  method: 'DELETE',
  path: '/v2/me/ooo/{id}',
  summary: 'Delete an out-of-office entry',
  tag: 'Out of office',
  auth: 'required',
  params: outOfOfficeIdParams,
  response: outOfOfficeOutput,
});

/** Every out-of-office route, in registration order. */
export const outOfOfficeRoutes: RouteContract[] = [
  createOutOfOfficeRoute,
  listOutOfOfficeRoute,
  getOutOfOfficeRoute,
  updateOutOfOfficeRoute,
  deleteOutOfOfficeRoute,
];
