import { AppError, embedScriptRoute } from '@kairos/contracts';
import type { FastifyInstance } from 'fastify';
import type { HandlerContext } from '../http/context';
import { loadEmbedScript } from './embed-script';

/**
 * GET /embed/embed.js for `<script>` tags on any site: cached briefly and revalidated by ETag,
 * gzipped when accepted, loadable under a host page's cross-origin isolation.
 */
export function embedRoutes(app: FastifyInstance, _deps: HandlerContext['deps']): void {
  // A listening server builds the script at once, so the first embed does not wait for it;
  // an app only used through inject (tests) builds it when asked.
  app.addHook('onListen', async () => {
    loadEmbedScript().catch((error: unknown) =>
      app.log.error({ err: error }, 'embed.js could not be built'),
    );
  });
  app.route({
    method: embedScriptRoute.method,
    url: embedScriptRoute.path,
    config: { rateLimit: false, auth: 'none' },
    handler: async (request, reply) => {
      const script = await loadEmbedScript().catch((error: unknown) => {
        request.log.error({ err: error }, 'embed.js could not be built');
        throw new AppError('SERVICE_UNAVAILABLE', 'embed.js is not available right now');
      });
      void reply
        .type('text/javascript; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .header('etag', script.etag)
        .header('vary', 'Accept-Encoding')
        .header('cross-origin-resource-policy', 'cross-origin');
      if (request.headers['if-none-match'] === script.etag) return reply.code(304).send();
      if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        return reply.header('content-encoding', 'gzip').send(script.gzipped);
      }
      return reply.send(script.code);
    },
  });
}
