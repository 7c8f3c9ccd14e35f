import type { FastifyInstance } from 'fastify';
import type { HandlerContext } from '../http/context';

/** Session cookies and CSRF for the dashboard (accounts). Installed before authentication. */
export function installSessions(_app: FastifyInstance, _deps: HandlerContext['deps']): void {}
