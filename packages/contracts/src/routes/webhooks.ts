import { z } from 'zod';
import { defineRoute, type RouteContract } from '../route';
import {
  createWebhookInput,
  deliveryOutput,
  deliveryParams,
  eventTypeWebhookParams,
  eventTypeWebhooksParams,
  listDeliveriesQuery,
  listWebhooksQuery,
  pingOutput,
  teamDeliveryParams,
  teamWebhookParams,
  teamWebhooksParams,
  updateWebhookInput,
  webhookIdParams,
  webhookOutput,
} from '../schemas/webhook';

const tag = 'Webhooks';

/**
 * `POST /v2/webhooks`: a webhook of the caller's own; 201. Without `secret` a `whsec_` secret is
 * generated; the response is the only place it is shown. A URL that resolves to a loopback,
 * private or link-local address is refused (422) unless the instance allows private URLs.
 */
export const createWebhookRoute = defineRoute({
  method: 'POST',
  path: '/v2/webhooks',
  summary: 'Subscribe a URL to webhook triggers',
  tag,
  auth: 'required',
  rateLimit: 'webhooksCreate',
  body: createWebhookInput,
  response: webhookOutput,
  status: 201,
});

export const listWebhooksRoute = defineRoute({
  method: 'GET',
  path: '/v2/webhooks',
  summary: "The caller's own webhooks, oldest first",
  tag,
  auth: 'required',
  query: listWebhooksQuery,
  response: z.array(webhookOutput),
});

export const getWebhookRoute = defineRoute({
  method: 'GET',
  path: '/v2/webhooks/{webhookId}',
  summary: 'One of your webhooks',
  tag,
  auth: 'required',
  params: webhookIdParams,
  response: webhookOutput,
});

export const updateWebhookRoute = defineRoute({
  method: 'PATCH',
  path: '/v2/webhooks/{webhookId}',
  summary: 'Update a webhook',
  tag,
  auth: 'required',
  params: webhookIdParams,
  body: updateWebhookInput,
  response: webhookOutput,
});

export const deleteWebhookRoute = defineRoute({
  method: 'DELETE',
  path: '/v2/webhooks/{webhookId}',
  summary: 'Delete a webhook (and its delivery log)',
  tag,
  auth: 'required',
  params: webhookIdParams,
  response: webhookOutput,
});

/** Any of the caller's webhooks, event types' included: newest first, each with its attempts. */
export const listDeliveriesRoute = defineRoute({
  method: 'GET',
  path: '/v2/webhooks/{webhookId}/deliveries',
  summary: "A webhook's deliveries with every attempt, newest first",
  tag,
  auth: 'required',
  params: webhookIdParams,
  query: listDeliveriesQuery,
  response: z.array(deliveryOutput),
});

export const getDeliveryRoute = defineRoute({
  method: 'GET',
  path: '/v2/webhooks/{webhookId}/deliveries/{deliveryId}',
  summary: 'One delivery with every attempt',
  tag,
  auth: 'required',
  params: deliveryParams,
  response: deliveryOutput,
});

/**
 * Sends a delivery again (same body, same `webhook-id`) with a fresh retry schedule. A delivery
 * that is still pending is a 409.
 */
export const replayDeliveryRoute = defineRoute({
  method: 'POST',
  path: '/v2/webhooks/{webhookId}/deliveries/{deliveryId}/replay',
  summary: 'Replay a delivery',
  tag,
  auth: 'required',
  params: deliveryParams,
  response: deliveryOutput,
});

/** Sends a signed PING event now and reports what came back; logged as a delivery. */
export const pingWebhookRoute = defineRoute({
  method: 'POST',
  path: '/v2/webhooks/{webhookId}/ping',
  summary: 'Send a test event to the webhook now',
  tag,
  auth: 'required',
  params: webhookIdParams,
  response: pingOutput,
});

export const createEventTypeWebhookRoute = defineRoute({
  method: 'POST',
  path: '/v2/event-types/{eventTypeId}/webhooks',
  summary: 'Subscribe a URL to the triggers of one of your event types',
  tag,
  auth: 'required',
  rateLimit: 'webhooksCreate',
  params: eventTypeWebhooksParams,
  body: createWebhookInput,
  response: webhookOutput,
  status: 201,
});

export const listEventTypeWebhooksRoute = defineRoute({
  method: 'GET',
  path: '/v2/event-types/{eventTypeId}/webhooks',
  summary: "An event type's webhooks",
  tag,
  auth: 'required',
  params: eventTypeWebhooksParams,
  query: listWebhooksQuery,
  response: z.array(webhookOutput),
});

export const deleteEventTypeWebhooksRoute = defineRoute({
  method: 'DELETE',
  path: '/v2/event-types/{eventTypeId}/webhooks',
  summary: "Delete all of an event type's webhooks",
  tag,
  auth: 'required',
  params: eventTypeWebhooksParams,
  response: z.object({ deleted: z.number().int() }),
});

export const getEventTypeWebhookRoute = defineRoute({
  method: 'GET',
  path: '/v2/event-types/{eventTypeId}/webhooks/{webhookId}',
  summary: "One of an event type's webhooks",
  tag,
  auth: 'required',
  params: eventTypeWebhookParams,
  response: webhookOutput,
});

export const updateEventTypeWebhookRoute = defineRoute({
  method: 'PATCH',
  path: '/v2/event-types/{eventTypeId}/webhooks/{webhookId}',
  summary: "Update one of an event type's webhooks",
  tag,
  auth: 'required',
  params: eventTypeWebhookParams,
  body: updateWebhookInput,
  response: webhookOutput,
});

export const deleteEventTypeWebhookRoute = defineRoute({
  method: 'DELETE',
  path: '/v2/event-types/{eventTypeId}/webhooks/{webhookId}',
  summary: "Delete one of an event type's webhooks",
  tag,
  auth: 'required',
  params: eventTypeWebhookParams,
  response: webhookOutput,
});

/**
 * `POST /v2/teams/{teamId}/webhooks`: a webhook of the team, which every booking of the team's
 * event types (round robin, collective, managed children) is sent to. Team admins and owners
 * only; the body and output are `/v2/webhooks`' with `teamId` set.
 */
export const createTeamWebhookRoute = defineRoute({
  method: 'POST',
  path: '/v2/teams/{teamId}/webhooks',
  summary: "Subscribe a URL to the triggers of a team's bookings (team admins)",
  tag,
  auth: 'required',
  rateLimit: 'webhooksCreate',
  params: teamWebhooksParams,
  body: createWebhookInput,
  response: webhookOutput,
  status: 201,
});

/** Any accepted member may read a team's webhooks (never their secrets); others get 404. */
export const listTeamWebhooksRoute = defineRoute({
  method: 'GET',
  path: '/v2/teams/{teamId}/webhooks',
  summary: "A team's webhooks, oldest first",
  tag,
  auth: 'required',
  params: teamWebhooksParams,
  query: listWebhooksQuery,
  response: z.array(webhookOutput),
});

export const getTeamWebhookRoute = defineRoute({
  method: 'GET',
  path: '/v2/teams/{teamId}/webhooks/{webhookId}',
  summary: "One of a team's webhooks",
  tag,
  auth: 'required',
  params: teamWebhookParams,
  response: webhookOutput,
});

export const updateTeamWebhookRoute = defineRoute({
  method: 'PATCH',
  path: '/v2/teams/{teamId}/webhooks/{webhookId}',
  summary: "Update one of a team's webhooks (team admins)",
  tag,
  auth: 'required',
  params: teamWebhookParams,
  body: updateWebhookInput,
  response: webhookOutput,
});

export const deleteTeamWebhookRoute = defineRoute({
  method: 'DELETE',
  path: '/v2/teams/{teamId}/webhooks/{webhookId}',
  summary: "Delete one of a team's webhooks and its delivery log (team admins)",
  tag,
  auth: 'required',
  params: teamWebhookParams,
  response: webhookOutput,
});

/** The delivery log carries the receiver's answers: team admins and owners only. */
export const listTeamDeliveriesRoute = defineRoute({
  method: 'GET',
  path: '/v2/teams/{teamId}/webhooks/{webhookId}/deliveries',
  summary: "A team webhook's deliveries with every attempt, newest first (team admins)",
  tag,
  auth: 'required',
  params: teamWebhookParams,
  query: listDeliveriesQuery,
  response: z.array(deliveryOutput),
});

export const getTeamDeliveryRoute = defineRoute({
  method: 'GET',
  path: '/v2/teams/{teamId}/webhooks/{webhookId}/deliveries/{deliveryId}',
  summary: "One of a team webhook's deliveries (team admins)",
  tag,
  auth: 'required',
  params: teamDeliveryParams,
  response: deliveryOutput,
});

export const replayTeamDeliveryRoute = defineRoute({
  method: 'POST',
  path: '/v2/teams/{teamId}/webhooks/{webhookId}/deliveries/{deliveryId}/replay',
  summary: "Replay a team webhook's delivery (team admins)",
  tag,
  auth: 'required',
  params: teamDeliveryParams,
  response: deliveryOutput,
});

export const pingTeamWebhookRoute = defineRoute({
  method: 'POST',
  path: '/v2/teams/{teamId}/webhooks/{webhookId}/ping',
  summary: 'Send a test event to a team webhook now (team admins)',
  tag,
  auth: 'required',
  params: teamWebhookParams,
  response: pingOutput,
});

/** Every webhook route, in the order the OpenAPI document lists them. */
export const webhookRoutes: RouteContract[] = [
  createWebhookRoute,
  listWebhooksRoute,
  getWebhookRoute,
  updateWebhookRoute,
  deleteWebhookRoute,
  listDeliveriesRoute,
  getDeliveryRoute,
  replayDeliveryRoute,
  pingWebhookRoute,
  createEventTypeWebhookRoute,
  listEventTypeWebhooksRoute,
  deleteEventTypeWebhooksRoute,
  getEventTypeWebhookRoute,
  updateEventTypeWebhookRoute,
  deleteEventTypeWebhookRoute,
  createTeamWebhookRoute,
  listTeamWebhooksRoute,
  getTeamWebhookRoute,
  updateTeamWebhookRoute,
  deleteTeamWebhookRoute,
  listTeamDeliveriesRoute,
  getTeamDeliveryRoute,
  replayTeamDeliveryRoute,
  pingTeamWebhookRoute,
];
