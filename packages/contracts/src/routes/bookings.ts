import type { RouteContract } from '../route';

export const bookingRoutes: RouteContract[] = [];
