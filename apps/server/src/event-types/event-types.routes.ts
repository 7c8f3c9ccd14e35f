import type { FastifyInstance } from 'fastify';
import type { HandlerContext } from '../http/context';

export function eventTypeRoutes(_app: FastifyInstance, _deps: HandlerContext['deps']): void {}
