import type { RouteContract } from '../route';

export const eventTypeRoutes: RouteContract[] = [];
