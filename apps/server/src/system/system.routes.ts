import { AppError, docsRoute, healthRoute, openApiRoute, readyRoute } from '@kairos/contracts';
import type { FastifyInstance } from 'fastify';
import { bindRoute } from '../http/bind-route';
import type { HandlerContext } from '../http/context';
import { renderDocsPage } from './docs-page';

export function systemRoutes(
  app: FastifyInstance,
  deps: HandlerContext['deps'],
  openApiDocument: Record<string, unknown>,
): void {
  bindRoute(app, healthRoute, deps, async () => ({ ok: true as const }));
  bindRoute(app, readyRoute, deps, async () => {
    try {
      await deps.database.query('SELECT 1');
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE', 'The database is not reachable');
    }
    return { ok: true as const, database: deps.database.kind };
  });
  bindRoute(app, openApiRoute, deps, async () => openApiDocument);
  const docsHtml = renderDocsPage(openApiDocument);
  bindRoute(app, docsRoute, deps, async (_input, { reply }) => {
    void reply.type('text/html; charset=utf-8');
    return docsHtml;
  });
}
