import type { RouteContract } from '../route';

export const outOfOfficeRoutes: RouteContract[] = [];
