import type { FastifyInstance } from 'fastify';

/** Pages made to be framed by other sites: `/{calLink}/embed` (compatibility reference §3.7). */
const EMBED_PAGE = /\/embed\/?$/;

/** `policy` with its frame-ancestors directive replaced by `sources`. */
function withFrameAncestors(policy: unknown, sources: string): string {
  const directives =
    typeof policy === 'string'
      ? policy
          .split(';')
          .map((directive) => directive.trim())
          .filter((directive) => directive !== '' && !/^frame-ancestors\b/i.test(directive))
      : [];
  return [...directives, `frame-ancestors ${sources}`].join('; ');
}

/**
 * Embed pages may be framed by the sites of `KAIROS_EMBED_ORIGINS`, by default any site
 * (`frame-ancestors *`, no X-Frame-Options); every other response refuses framing
 * (`frame-ancestors 'none'`, `X-Frame-Options: DENY`) so the dashboard and API cannot be
 * clickjacked. Both also get `nosniff` and a referrer policy.
 */
export function installFraming(app: FastifyInstance, embedOrigins: string[] | null): void {
  const embedAncestors = embedOrigins ? embedOrigins.join(' ') : '*';
  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url.split('?', 1)[0] ?? '';
    const csp = reply.getHeader('content-security-policy');
    if (EMBED_PAGE.test(path)) {
      reply.removeHeader('x-frame-options');
      void reply.header('content-security-policy', withFrameAncestors(csp, embedAncestors));
    } else {
      void reply.header('x-frame-options', 'DENY');
      void reply.header('content-security-policy', withFrameAncestors(csp, "'none'"));
    }
    if (!reply.hasHeader('x-content-type-options'))
      void reply.header('x-content-type-options', 'nosniff');
    if (!reply.hasHeader('referrer-policy')) {
      void reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    }
    return payload;
  });
}
