import type { RouteContract } from '../route';

export const publicPageRoutes: RouteContract[] = [];
