import fastifyStatic from '@fastify/static';
import { pageRoutes } from '@kairos/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fileURLToPath } from 'node:url';
import type { HandlerContext } from '../http/context';
import { publicPageRoutes } from '../public-pages/public-pages.routes';
import { createPageShell, type ShellContent } from './page-shell';
import { loadPageContent, type PagePath } from './page-content';

/** The built web app (apps/web/dist); `npm start` builds it when missing or stale. */
const distDir = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

const NOT_BUILT =
  'The booking pages are not built: run "npm run build:web" (npm start does it for you).';

/**
 * The web app: static assets under /assets and the pages' HTML for every page route, with the
 * data the page needs first embedded in it (one round trip less before slots show). Page routes
 * never answer for the API's own prefixes: an unknown /v2/... stays a JSON 404.
 */
export function webRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  void app.register(fastifyStatic, { root: distDir, serve: false, preCompressed: true });
  publicPageRoutes(app, deps);
  const shell = createPageShell(distDir);

  const sendPage = (reply: FastifyReply, status: number, content: ShellContent) => {
    const html = shell(content);
    if (html === null) return reply.status(503).type('text/plain; charset=utf-8').send(NOT_BUILT);
    return reply
      .status(status)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(html);
  };

  for (const route of pageRoutes) {
    const url = route.path.replace(/\{(\w+)\}/g, ':$1');
    if (route.path === '/assets/{file}') {
      app.get(url, { config: { rateLimit: false, auth: 'none' } }, (request, reply) => {
        const { file } = request.params as { file: string };
        return reply
          .header('cache-control', 'public, max-age=31536000, immutable')
          .sendFile(`assets/${file}`);
      });
      continue;
    }
    app.get(url, { config: { rateLimit: 'default', auth: 'none' } }, async (request, reply) => {
      const content = await loadPageContent(deps.database, pagePath(route.path, request));
      if (content === 'notFound') return reply.callNotFound();
      return sendPage(reply, content.status, content);
    });
  }
}

function pagePath(path: string, request: FastifyRequest): PagePath {
  const params = request.params as Record<string, string>;
  const query = request.query as Record<string, unknown>;
  const seatUid = typeof query.seatUid === 'string' ? query.seatUid : undefined;
  return { path, params, seatUid };
}
