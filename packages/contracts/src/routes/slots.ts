import type { RouteContract } from '../route';

export const slotRoutes: RouteContract[] = [];
