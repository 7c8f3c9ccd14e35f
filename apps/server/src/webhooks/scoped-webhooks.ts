import {
  notFound,
  type CreateWebhookInput,
  type DeliveryOutput,
  type PingOutput,
  type UpdateWebhookInput,
  type WebhookOutput,
} from '@kairos/contracts';
import {
  deleteWebhookInScope,
  findDeliveryOfWebhook,
  findWebhookInScope,
  isUuid,
  listDeliveriesOfWebhook,
  listWebhooksInScope,
  type WebhookRow,
  type WebhookScope,
} from '@kairos/db';
import type { HandlerContext } from '../http/context';
import { pingWebhook } from './ping-webhook';
import { presentDelivery, presentWebhook } from './present-webhook';
import { replayDelivery } from './replay-delivery';
import { createWebhook, updateWebhook, type UrlPolicy } from './save-webhook';
import { systemResolver } from './url-safety';
import { createSecretBox } from '../crypto/secret-box';

/** A webhook that was found, or NOT_FOUND (another scope's looks the same as none). */
export const found = (row: WebhookRow | undefined): WebhookRow => {
  if (!row) throw notFound('Webhook');
  return row;
};

type Deps = HandlerContext['deps'];
type DeliveryQuery = Parameters<typeof listDeliveriesOfWebhook>[2];

/**
 * What every webhook scope (the user's own, an event type's, a team's) does, given the scope
 * its route resolved and authorized: the routes differ only in how they find the scope.
 */
export function scopedWebhooks(deps: Deps) {
  const { db } = deps.database;
  const policy: UrlPolicy = {
    allowPrivate: deps.config.allowPrivateWebhookUrls,
    resolve: systemResolver,
    secrets: createSecretBox(deps.config.encryptionKey),
  };
  return {
    create: async (scope: WebhookScope, body: CreateWebhookInput): Promise<WebhookOutput> => {
      const { row, secret } = await createWebhook(db, scope, body, policy);
      return presentWebhook(row, secret);
    },
    list: async (scope: WebhookScope, page: { take: number; skip: number }) =>
      (await listWebhooksInScope(db, scope, page)).map((row) => presentWebhook(row)),
    get: async (scope: WebhookScope, id: string): Promise<WebhookOutput> =>
      presentWebhook(found(await findWebhookInScope(db, scope, id))),
    /** The webhook row itself, for deliveries, replays and pings. */
    find: async (scope: WebhookScope, id: string): Promise<WebhookRow> =>
      found(await findWebhookInScope(db, scope, id)),
    update: async (scope: WebhookScope, id: string, body: UpdateWebhookInput) => {
      const row = await updateWebhook(db, scope, id, body, policy);
      return presentWebhook(found(row), body.secret);
    },
    remove: async (scope: WebhookScope, id: string): Promise<WebhookOutput> =>
      presentWebhook(found(await deleteWebhookInScope(db, scope, id))),
    deliveries: async (webhook: WebhookRow, query: DeliveryQuery): Promise<DeliveryOutput[]> =>
      (await listDeliveriesOfWebhook(deps.database, webhook.id, query)).map(presentDelivery),
    delivery: async (webhook: WebhookRow, deliveryId: string): Promise<DeliveryOutput> => {
      const delivery = isUuid(deliveryId)
        ? await findDeliveryOfWebhook(deps.database, webhook.id, deliveryId)
        : undefined;
      if (!delivery) throw notFound('Delivery');
      return presentDelivery(delivery);
    },
    replay: async (webhook: WebhookRow, deliveryId: string): Promise<DeliveryOutput> =>
      presentDelivery(await replayDelivery(deps, webhook, deliveryId)),
    ping: (webhook: WebhookRow): Promise<PingOutput> => pingWebhook(deps, webhook),
  };
}

export type ScopedWebhooks = ReturnType<typeof scopedWebhooks>;
