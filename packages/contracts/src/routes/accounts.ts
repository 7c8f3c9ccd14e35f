import type { RouteContract } from '../route';

export const accountRoutes: RouteContract[] = [];
