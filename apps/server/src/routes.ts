import {
  apiKeyRoutes as apiKeyContracts,
  bookingRoutes as bookingContracts,
  eventTypeRoutes as eventTypeContracts,
  meRoutes as meContracts,
  outOfOfficeRoutes as outOfOfficeContracts,
  scheduleRoutes as scheduleContracts,
  slotRoutes as slotContracts,
  systemRoutes as systemContracts,
  webhookRoutes as webhookContracts,
  teamRoutes as teamContracts,
  accountRoutes as accountContracts,
  publicPageRoutes as publicPageContracts,
  embedRoutes as embedContracts,
  type RouteContract,
} from '@kairos/contracts';

/** Every route the server serves; the OpenAPI document lists exactly these. */
export const allRouteContracts: readonly RouteContract[] = [
  ...systemContracts,
  ...meContracts,
  ...apiKeyContracts,
  ...scheduleContracts,
  ...outOfOfficeContracts,
  ...eventTypeContracts,
  ...slotContracts,
  ...bookingContracts,
  ...webhookContracts,
  ...teamContracts,
  ...accountContracts,
  ...publicPageContracts,
  ...embedContracts,
];
