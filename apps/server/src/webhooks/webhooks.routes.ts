import type { FastifyInstance } from 'fastify';
import type { HandlerContext } from '../http/context';

export function webhookRoutes(_app: FastifyInstance, _deps: HandlerContext['deps']): void {}
