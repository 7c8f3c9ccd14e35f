import {
  createEventTypeWebhookRoute,
  createWebhookRoute,
  deleteEventTypeWebhookRoute,
  deleteEventTypeWebhooksRoute,
  deleteWebhookRoute,
  getDeliveryRoute,
  getEventTypeWebhookRoute,
  getWebhookRoute,
  listDeliveriesRoute,
  listEventTypeWebhooksRoute,
  listWebhooksRoute,
  notFound,
  pingWebhookRoute,
  replayDeliveryRoute,
  updateEventTypeWebhookRoute,
  updateWebhookRoute,
} from '@kairos/contracts';
import {
  deleteWebhooksInScope,
  findEventTypeOfOwner,
  findWebhookOfUser,
  type WebhookScope,
} from '@kairos/db';
import type { FastifyInstance } from 'fastify';
import { bindRoute } from '../http/bind-route';
import type { HandlerContext } from '../http/context';
import { found, scopedWebhooks } from './scoped-webhooks';
import { teamWebhookRoutes } from './team-webhooks.routes';

/**
 * `/v2/webhooks` (the caller's own), `/v2/event-types/{id}/webhooks` (one of the caller's
 * event types) and `/v2/teams/{id}/webhooks`, with deliveries, replay and ping. Another user's
 * webhook or event type is 404; so is a team's webhook asked for as a user's.
 */
export function webhookRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  const { db } = deps.database;
  const webhooks = scopedWebhooks(deps);
  const own = (userId: number): WebhookScope => ({ kind: 'user', userId });
  const ofEventType = async (userId: number, eventTypeId: number): Promise<WebhookScope> => {
    if (!(await findEventTypeOfOwner(db, userId, eventTypeId))) throw notFound('Event type');
    return { kind: 'eventType', userId, eventTypeId };
  };
  // Deliveries, replays and pings reach the caller's event types' webhooks too.
  const anyOwn = async (userId: number, id: string) =>
    found(await findWebhookOfUser(db, userId, id));

  bindRoute(app, createWebhookRoute, deps, ({ body }, { caller }) =>
    webhooks.create(own(caller.user.id), body),
  );
  bindRoute(app, listWebhooksRoute, deps, ({ query }, { caller }) =>
    webhooks.list(own(caller.user.id), query),
  );
  bindRoute(app, getWebhookRoute, deps, ({ params }, { caller }) =>
    webhooks.get(own(caller.user.id), params.webhookId),
  );
  bindRoute(app, updateWebhookRoute, deps, ({ params, body }, { caller }) =>
    webhooks.update(own(caller.user.id), params.webhookId, body),
  );
  bindRoute(app, deleteWebhookRoute, deps, ({ params }, { caller }) =>
    webhooks.remove(own(caller.user.id), params.webhookId),
  );

  bindRoute(app, listDeliveriesRoute, deps, async ({ params, query }, { caller }) =>
    webhooks.deliveries(await anyOwn(caller.user.id, params.webhookId), query),
  );
  bindRoute(app, getDeliveryRoute, deps, async ({ params }, { caller }) =>
    webhooks.delivery(await anyOwn(caller.user.id, params.webhookId), params.deliveryId),
  );
  bindRoute(app, replayDeliveryRoute, deps, async ({ params }, { caller }) =>
    webhooks.replay(await anyOwn(caller.user.id, params.webhookId), params.deliveryId),
  );
  bindRoute(app, pingWebhookRoute, deps, async ({ params }, { caller }) =>
    webhooks.ping(await anyOwn(caller.user.id, params.webhookId)),
  );

  bindRoute(app, createEventTypeWebhookRoute, deps, async ({ params, body }, { caller }) =>
    webhooks.create(await ofEventType(caller.user.id, params.eventTypeId), body),
  );
  bindRoute(app, listEventTypeWebhooksRoute, deps, async ({ params, query }, { caller }) =>
    webhooks.list(await ofEventType(caller.user.id, params.eventTypeId), query),
  );
  bindRoute(app, deleteEventTypeWebhooksRoute, deps, async ({ params }, { caller }) => {
    const scope = await ofEventType(caller.user.id, params.eventTypeId);
    return { deleted: await deleteWebhooksInScope(db, scope) };
  });
  bindRoute(app, getEventTypeWebhookRoute, deps, async ({ params }, { caller }) =>
    webhooks.get(await ofEventType(caller.user.id, params.eventTypeId), params.webhookId),
  );
  bindRoute(app, updateEventTypeWebhookRoute, deps, async ({ params, body }, { caller }) => {
    const scope = await ofEventType(caller.user.id, params.eventTypeId);
    return webhooks.update(scope, params.webhookId, body);
  });
  bindRoute(app, deleteEventTypeWebhookRoute, deps, async ({ params }, { caller }) =>
    webhooks.remove(await ofEventType(caller.user.id, params.eventTypeId), params.webhookId),
  );

  teamWebhookRoutes(app, deps, webhooks);
}
