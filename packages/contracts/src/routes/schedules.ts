import type { RouteContract } from '../route';

export const scheduleRoutes: RouteContract[] = [];
