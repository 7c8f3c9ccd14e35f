import {
  createOutOfOfficeRoute,
  deleteOutOfOfficeRoute,
  getOutOfOfficeRoute,
  listOutOfOfficeRoute,
  notFound,
  updateOutOfOfficeRoute,
} from '@kairos/contracts';
import { deleteOutOfOfficeOfUser, findOutOfOfficeOfUser, listOutOfOfficeOfUser } from '@kairos/db';
import type { FastifyInstance } from 'fastify';
import { bindRoute } from '../http/bind-route';
import type { HandlerContext } from '../http/context';
import { createOutOfOffice } from './create-out-of-office';
import { presentOutOfOffice } from './present-out-of-office';
import { updateOutOfOffice } from './update-out-of-office';

const dateOrUndefined = (text: string | undefined) => (text ? new Date(text) : undefined);

/** The caller's out-of-office entries under /v2/me/ooo. */
export function outOfOfficeRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  const { db } = deps.database;

  bindRoute(app, createOutOfOfficeRoute, deps, async ({ body }, { caller }) =>
    presentOutOfOffice(await createOutOfOffice(deps.database, caller.user, body)),
  );

  bindRoute(app, listOutOfOfficeRoute, deps, async ({ query }, { caller }) => {
    const entries = await listOutOfOfficeOfUser(db, caller.user.id, {
      startsAtOrAfter: dateOrUndefined(query.afterStart),
      endsAtOrBefore: dateOrUndefined(query.beforeEnd),
    });
    return entries.map(presentOutOfOffice);
  });

  bindRoute(app, getOutOfOfficeRoute, deps, async ({ params }, { caller }) => {
    const entry = await findOutOfOfficeOfUser(db, caller.user.id, params.id);
    if (!entry) throw notFound('Out-of-office entry');
    return presentOutOfOffice(entry);
  });

  bindRoute(app, updateOutOfOfficeRoute, deps, async ({ params, body }, { caller }) =>
    presentOutOfOffice(await updateOutOfOffice(db, caller.user.id, params.id, body)),
  );

  bindRoute(app, deleteOutOfOfficeRoute, deps, async ({ params }, { caller }) => {
    const entry = await deleteOutOfOfficeOfUser(db, caller.user.id, params.id);
    if (!entry) throw notFound('Out-of-office entry');
    return presentOutOfOffice(entry);
  });
}
