import {
  apiKeyRoutes as apiKeyContracts,
  meRoutes as meContracts,
  systemRoutes as systemContracts,
  type RouteContract,
} from '@kairos/contracts';

/** Every route the server serves; the OpenAPI document lists exactly these. */
export const allRouteContracts: readonly RouteContract[] = [
  ...systemContracts,
  ...meContracts,
  ...apiKeyContracts,
];
