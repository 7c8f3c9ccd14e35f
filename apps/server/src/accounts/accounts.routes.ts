import type { FastifyInstance } from 'fastify';
import type { HandlerContext } from '../http/context';

export function accountRoutes(_app: FastifyInstance, _deps: HandlerContext['deps']): void {}
