import type { RouteContract } from '../route';

export const webhookRoutes: RouteContract[] = [];
