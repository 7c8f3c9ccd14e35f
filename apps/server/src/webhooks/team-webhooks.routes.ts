import {
  createTeamWebhookRoute,
  deleteTeamWebhookRoute,
  getTeamDeliveryRoute,
  getTeamWebhookRoute,
  listTeamDeliveriesRoute,
  listTeamWebhooksRoute,
  pingTeamWebhookRoute,
  replayTeamDeliveryRoute,
  updateTeamWebhookRoute,
} from '@kairos/contracts';
import type { TeamRole, WebhookScope } from '@kairos/db';
import type { FastifyInstance } from 'fastify';
import type { Caller } from '../auth/caller';
import { bindRoute } from '../http/bind-route';
import type { HandlerContext } from '../http/context';
import { teamAccess } from '../teams/team-access';
import type { ScopedWebhooks } from './scoped-webhooks';

/**
 * `/v2/teams/{teamId}/webhooks`: the team's webhooks, through the same use cases as a user's.
 * Any accepted member reads the list and each webhook (never a secret), as Cal.com shows team
 * webhooks read-only to members; admins and owners create, change, delete, read the delivery
 * log (it holds the receivers' answers), replay and ping. Anyone else gets 404.
 */
export function teamWebhookRoutes(
  app: FastifyInstance,
  deps: HandlerContext['deps'],
  webhooks: ScopedWebhooks,
): void {
  const { db } = deps.database;
  const ofTeam = async (caller: Caller, teamId: number, least: TeamRole = 'ADMIN') => {
    await teamAccess(db, teamId, caller, least);
    return { kind: 'team', teamId, userId: caller.user.id } satisfies WebhookScope;
  };
  const webhookOf = async (caller: Caller, params: { teamId: number; webhookId: string }) =>
    webhooks.find(await ofTeam(caller, params.teamId), params.webhookId);

  bindRoute(app, createTeamWebhookRoute, deps, async ({ params, body }, { caller }) =>
    webhooks.create(await ofTeam(caller, params.teamId), body),
  );
  bindRoute(app, listTeamWebhooksRoute, deps, async ({ params, query }, { caller }) =>
    webhooks.list(await ofTeam(caller, params.teamId, 'MEMBER'), query),
  );
  bindRoute(app, getTeamWebhookRoute, deps, async ({ params }, { caller }) =>
    webhooks.get(await ofTeam(caller, params.teamId, 'MEMBER'), params.webhookId),
  );
  bindRoute(app, updateTeamWebhookRoute, deps, async ({ params, body }, { caller }) =>
    webhooks.update(await ofTeam(caller, params.teamId), params.webhookId, body),
  );
  bindRoute(app, deleteTeamWebhookRoute, deps, async ({ params }, { caller }) =>
    webhooks.remove(await ofTeam(caller, params.teamId), params.webhookId),
  );
  bindRoute(app, listTeamDeliveriesRoute, deps, async ({ params, query }, { caller }) =>
    webhooks.deliveries(await webhookOf(caller, params), query),
  );
  bindRoute(app, getTeamDeliveryRoute, deps, async ({ params }, { caller }) =>
    webhooks.delivery(await webhookOf(caller, params), params.deliveryId),
  );
  bindRoute(app, replayTeamDeliveryRoute, deps, async ({ params }, { caller }) =>
    webhooks.replay(await webhookOf(caller, params), params.deliveryId),
  );
  bindRoute(app, pingTeamWebhookRoute, deps, async ({ params }, { caller }) =>
    webhooks.ping(await webhookOf(caller, params)),
  );
}
