import type { RouteContract } from '../route';

export const teamRoutes: RouteContract[] = [];
