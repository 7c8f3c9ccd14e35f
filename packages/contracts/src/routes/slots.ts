import { defineRoute } from '../route';
import {
  availableSlotsOutput,
  availableSlotsQuery,
  explainSlotOutput,
  explainSlotQuery,
  slotsOutput,
  slotsQuery,
} from '../schemas/slots';

export const availableSlotsRoute = defineRoute({
  method: 'GET',
  path: '/v2/slots/available',
  summary:
    'Bookable start times by local date (PRD shape; slotFormat=time|range for Cal.com legacy)',
  tag: 'Slots',
  auth: 'none',
  rateLimit: 'slots',
  query: availableSlotsQuery,
  response: availableSlotsOutput,
});

export const slotsRoute = defineRoute({
  method: 'GET',
  path: '/v2/slots',
  summary: 'Bookable start times by local date (Cal.com 2024-09-04)',
  tag: 'Slots',
  auth: 'none',
  rateLimit: 'slots',
  query: slotsQuery,
  response: slotsOutput,
});

export const explainSlotRoute = defineRoute({
  method: 'GET',
  path: '/v2/slots/explain',
  summary: 'Why a start time is or is not offered: every reason (event type owner only)',
  tag: 'Slots',
  auth: 'required',
  rateLimit: 'slots',
  query: explainSlotQuery,
  response: explainSlotOutput,
});

export const slotRoutes = [availableSlotsRoute, slotsRoute, explainSlotRoute];
