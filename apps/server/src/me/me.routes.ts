import { getMeRoute, getUsersMeRoute, updateMeRoute } from '@kairos/contracts';
import type { FastifyInstance } from 'fastify';
import { bindRoute } from '../http/bind-route';
import type { HandlerContext } from '../http/context';
import { presentUser } from './present-user';
import { updateMe } from './update-me';

export function meRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  for (const route of [getMeRoute, getUsersMeRoute]) {
    bindRoute(app, route, deps, async (_input, { caller }) => presentUser(caller.user));
  }
  bindRoute(app, updateMeRoute, deps, async ({ body }, { caller }) =>
    presentUser(await updateMe(deps.database.db, caller.user, body)),
  );
}
