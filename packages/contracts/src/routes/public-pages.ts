import { z } from 'zod';
import { defineRoute, type RouteContract } from '../route';
import { bookingUidParams } from '../schemas/booking-input';
import {
  eventTypePageParams,
  publicBookingPage,
  publicBookingQuery,
  publicEventTypePage,
  publicUserPage,
  teamEventTypePageParams,
  teamSlugParams,
  usernameParams,
} from '../schemas/public-page';

const tag = 'Booking pages';

/** A person's profile, look and listed event types, for their booking page. */
export const publicUserRoute = defineRoute({
  method: 'GET',
  path: '/api/public/users/{username}',
  summary: "A person's public profile and listed event types",
  tag,
  auth: 'none',
  params: usernameParams,
  response: publicUserPage,
});

/** One event type by its owner's username and its slug; hidden ones too (they are by link). */
export const publicEventTypeRoute = defineRoute({
  method: 'GET',
  path: '/api/public/users/{username}/event-types/{eventSlug}',
  summary: 'An event type as its booking page shows it',
  tag,
  auth: 'none',
  params: eventTypePageParams,
  response: publicEventTypePage,
});

/** A team's public profile, look and listed event types (not managed templates). */
export const publicTeamRoute = defineRoute({
  method: 'GET',
  path: '/api/public/teams/{teamSlug}',
  summary: "A team's public profile and listed event types",
  tag,
  auth: 'none',
  params: teamSlugParams,
  response: publicUserPage,
});

/** One of a team's event types by slug (round robin or collective). */
export const publicTeamEventTypeRoute = defineRoute({
  method: 'GET',
  path: '/api/public/teams/{teamSlug}/event-types/{eventSlug}',
  summary: "A team's event type as its booking page shows it",
  tag,
  auth: 'none',
  params: teamEventTypePageParams,
  response: publicEventTypePage,
});

/** A booking by uid (the attendee's key), with its event type and the organizer's look. */
export const publicBookingRoute = defineRoute({
  method: 'GET',
  path: '/api/public/bookings/{uid}',
  summary: 'A booking as its confirmation page shows it',
  tag,
  auth: 'none',
  rateLimit: 'bookingsRead',
  params: bookingUidParams,
  query: publicBookingQuery,
  response: publicBookingPage,
});

const html = z.string().describe('The booking page (HTML)');

/** The HTML pages of the web app, served from `apps/web/dist` (nothing baked in at build). */
const page = (path: string, summary: string): RouteContract => ({
  method: 'GET',
  path,
  summary,
  tag,
  auth: 'none',
  raw: true,
  response: html,
});

export const pageRoutes: RouteContract[] = [
  page('/{username}', "A person's booking page: their event types"),
  page('/{username}/embed', 'The same, for an embed'),
  page('/{username}/{eventSlug}', 'The Booker: pick a time and book'),
  page('/{username}/{eventSlug}/embed', 'The Booker, for an embed'),
  page('/team/{teamSlug}', "A team's booking page: its event types"),
  page('/team/{teamSlug}/embed', 'The same, for an embed'),
  page('/team/{teamSlug}/{eventSlug}', "The Booker of a team's event type"),
  page('/team/{teamSlug}/{eventSlug}/embed', "The Booker of a team's event type, for an embed"),
  page('/booking/{uid}', 'A booking: details, add to calendar, reschedule or cancel'),
  page('/booking/{uid}/embed', 'The same, for an embed'),
  page('/reschedule/{uid}', 'Pick a new time for a booking'),
  page('/reschedule/{uid}/embed', 'The same, for an embed'),
  page('/dashboard/*', 'The dashboard (signed in)'),
  {
    ...page('/assets/{file}', 'Scripts and styles of the pages (immutable, content-hashed)'),
    response: z.string().describe('A file'),
  },
];

export const publicPageRoutes: RouteContract[] = [
  publicUserRoute,
  publicEventTypeRoute,
  publicTeamRoute,
  publicTeamEventTypeRoute,
  publicBookingRoute,
  ...pageRoutes,
];
