import { z } from 'zod';
import { defineRoute } from '../route';

/**
 * The embed loader (compatibility reference §3.7): a drop-in for Cal.com's embed.js, built from
 * packages/embed. Served as JavaScript, outside the envelope.
 */
export const embedScriptRoute = defineRoute({
  method: 'GET',
  path: '/embed/embed.js',
  summary: 'embed.js: the Cal(...) loader for inline, pop-up and floating-button embeds',
  tag: 'Embeds',
  auth: 'none',
  raw: true,
  response: z.string().describe('JavaScript (text/javascript)'),
});

export const embedRoutes = [embedScriptRoute];
