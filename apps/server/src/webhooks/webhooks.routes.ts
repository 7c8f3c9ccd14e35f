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
  deleteWebhookInScope,
  deleteWebhooksInScope,
  findDeliveryOfWebhook,
  findEventTypeOfOwner,
  findWebhookInScope,
  findWebhookOfUser,
  isUuid,
  listDeliveriesOfWebhook,
  listWebhooksInScope,
  type WebhookRow,
  type WebhookScope,
} from '@kairos/db';
import type { FastifyInstance } from 'fastify';
import { bindRoute } from '../http/bind-route';
import type { HandlerContext } from '../http/context';
import { pingWebhook } from './ping-webhook';
import { presentDelivery, presentWebhook } from './present-webhook';
import { replayDelivery } from './replay-delivery';
import { createWebhook, updateWebhook, type UrlPolicy } from './save-webhook';
import { systemResolver } from './url-safety';

const found = (row: WebhookRow | undefined): WebhookRow => {
  if (!row) throw notFound('Webhook');
  return row;
};

/**
 * `/v2/webhooks` (the caller's own) and `/v2/event-types/{id}/webhooks` (one of the caller's
 * event types), with deliveries, replay and ping. Another user's webhook or event type is 404.
 */
export function webhookRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  const { db } = deps.database;
  const policy: UrlPolicy = {
    allowPrivate: deps.config.allowPrivateWebhookUrls,
    resolve: systemResolver,
  };
  const own = (userId: number): WebhookScope => ({ userId, eventTypeId: null });
  const ofEventType = async (userId: number, eventTypeId: number): Promise<WebhookScope> => {
    if (!(await findEventTypeOfOwner(db, userId, eventTypeId))) throw notFound('Event type');
    return { userId, eventTypeId };
  };
  const anyOwn = async (userId: number, id: string) =>
    found(await findWebhookOfUser(db, userId, id));

  bindRoute(app, createWebhookRoute, deps, async ({ body }, { caller }) =>
    presentWebhook(await createWebhook(db, own(caller.user.id), body, policy), true),
  );
  bindRoute(app, listWebhooksRoute, deps, async ({ query }, { caller }) =>
    (await listWebhooksInScope(db, own(caller.user.id), query)).map((row) => presentWebhook(row)),
  );
  bindRoute(app, getWebhookRoute, deps, async ({ params }, { caller }) =>
    presentWebhook(found(await findWebhookInScope(db, own(caller.user.id), params.webhookId))),
  );
  bindRoute(app, updateWebhookRoute, deps, async ({ params, body }, { caller }) => {
    const row = await updateWebhook(db, own(caller.user.id), params.webhookId, body, policy);
    return presentWebhook(found(row), body.secret !== undefined);
  });
  bindRoute(app, deleteWebhookRoute, deps, async ({ params }, { caller }) =>
    presentWebhook(found(await deleteWebhookInScope(db, own(caller.user.id), params.webhookId))),
  );

  bindRoute(app, listDeliveriesRoute, deps, async ({ params, query }, { caller }) => {
    const webhook = await anyOwn(caller.user.id, params.webhookId);
    const rows = await listDeliveriesOfWebhook(deps.database, webhook.id, query);
    return rows.map(presentDelivery);
  });
  bindRoute(app, getDeliveryRoute, deps, async ({ params }, { caller }) => {
    const webhook = await anyOwn(caller.user.id, params.webhookId);
    const delivery = isUuid(params.deliveryId)
      ? await findDeliveryOfWebhook(deps.database, webhook.id, params.deliveryId)
      : undefined;
    if (!delivery) throw notFound('Delivery');
    return presentDelivery(delivery);
  });
  bindRoute(app, replayDeliveryRoute, deps, async ({ params }, { caller }) => {
    const webhook = await anyOwn(caller.user.id, params.webhookId);
    return presentDelivery(await replayDelivery(deps, webhook, params.deliveryId));
  });
  bindRoute(app, pingWebhookRoute, deps, async ({ params }, { caller }) =>
    pingWebhook(deps, await anyOwn(caller.user.id, params.webhookId)),
  );

  bindRoute(app, createEventTypeWebhookRoute, deps, async ({ params, body }, { caller }) => {
    const scope = await ofEventType(caller.user.id, params.eventTypeId);
    return presentWebhook(await createWebhook(db, scope, body, policy), true);
  });
  bindRoute(app, listEventTypeWebhooksRoute, deps, async ({ params, query }, { caller }) => {
    const scope = await ofEventType(caller.user.id, params.eventTypeId);
    return (await listWebhooksInScope(db, scope, query)).map((row) => presentWebhook(row));
  });
  bindRoute(app, deleteEventTypeWebhooksRoute, deps, async ({ params }, { caller }) => {
    const scope = await ofEventType(caller.user.id, params.eventTypeId);
    return { deleted: await deleteWebhooksInScope(db, scope) };
  });
  bindRoute(app, getEventTypeWebhookRoute, deps, async ({ params }, { caller }) => {
    const scope = await ofEventType(caller.user.id, params.eventTypeId);
    return presentWebhook(found(await findWebhookInScope(db, scope, params.webhookId)));
  });
  bindRoute(app, updateEventTypeWebhookRoute, deps, async ({ params, body }, { caller }) => {
    const scope = await ofEventType(caller.user.id, params.eventTypeId);
    const row = await updateWebhook(db, scope, params.webhookId, body, policy);
    return presentWebhook(found(row), body.secret !== undefined);
  });
  bindRoute(app, deleteEventTypeWebhookRoute, deps, async ({ params }, { caller }) => {
    const scope = await ofEventType(caller.user.id, params.eventTypeId);
    return presentWebhook(found(await deleteWebhookInScope(db, scope, params.webhookId)));
  });
}
