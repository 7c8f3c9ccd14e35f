import { z } from 'zod';
import { defineRoute } from '../route';
import {
  createEventTypeInput,
  deletedEventTypeOutput,
  eventTypeIdParams,
  eventTypeOutput,
  listEventTypesQuery,
  updateEventTypeInput,
} from '../schemas/event-type';

/** Creates a personal event type owned (and hosted) by the caller. */
export const createEventTypeRoute = defineRoute({
  method: 'POST',
  path: '/v2/event-types',
  summary: 'Create an event type (Cal.com 2024-06-14)',
  tag: 'Event types',
  auth: 'required',
  body: createEventTypeInput,
  response: eventTypeOutput,
  status: 201,
});

/** The caller's event types, or with `username` anyone's public ones (no key needed). */
export const listEventTypesRoute = defineRoute({
  method: 'GET',
  path: '/v2/event-types',
  summary: "The caller's event types, or a user's public ones with ?username=",
  tag: 'Event types',
  auth: 'optional',
  query: listEventTypesQuery,
  response: z.array(eventTypeOutput),
});

/** One of the caller's event types; anyone else's is NOT_FOUND. */
export const getEventTypeRoute = defineRoute({
  method: 'GET',
  path: '/v2/event-types/{id}',
  summary: 'One of your event types',
  tag: 'Event types',
  auth: 'required',
  params: eventTypeIdParams,
  response: eventTypeOutput,
});

/** Changes the settings given; the others stay as they are. */
export const updateEventTypeRoute = defineRoute({
  method: 'PATCH',
  path: '/v2/event-types/{id}',
  summary: 'Update one of your event types',
  tag: 'Event types',
  auth: 'required',
  params: eventTypeIdParams,
  body: updateEventTypeInput,
  response: eventTypeOutput,
});

/** Deletes it; its bookings stay, detached from it. */
export const deleteEventTypeRoute = defineRoute({
  method: 'DELETE',
  path: '/v2/event-types/{id}',
  summary: 'Delete one of your event types',
  tag: 'Event types',
  auth: 'required',
  params: eventTypeIdParams,
  response: deletedEventTypeOutput,
});

/** Every event type route, in the order the OpenAPI document lists them. */
export const eventTypeRoutes = [
  createEventTypeRoute,
  listEventTypesRoute,
  getEventTypeRoute,
  updateEventTypeRoute,
  deleteEventTypeRoute,
];
