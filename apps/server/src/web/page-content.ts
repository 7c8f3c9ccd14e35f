import { RESERVED_USERNAMES, type PublicProfile } from '@kairos/contracts';
import type { Database } from '@kairos/db';
import {
  loadBookingPage,
  loadEventTypePage,
  loadTeamEventTypePage,
  loadTeamPage,
  loadUserPage,
} from '../public-pages/load-public-pages';
import type { ShellContent } from './page-shell';

/** A page route (its contract path) with the values of its parameters. */
export interface PagePath {
  path: string;
  params: Record<string, string>;
  seatUid?: string | undefined;
}

export interface PageContent extends ShellContent {
  status: number;
}

/** First segments of the dashboard's pages: the app shell, no data (the dashboard loads its own). */
const DASHBOARD_SEGMENTS = new Set(['login', 'signup', 'reset-password', 'dashboard']);

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const UID = /^[A-Za-z0-9_-]{1,100}$/;

const path = {
  user: (username: string) => `/api/public/users/${encodeURIComponent(username)}`,
  eventType: (username: string, slug: string) =>
    `/api/public/users/${encodeURIComponent(username)}/event-types/${encodeURIComponent(slug)}`,
  team: (teamSlug: string) => `/api/public/teams/${encodeURIComponent(teamSlug)}`,
  teamEventType: (teamSlug: string, slug: string) =>
    `/api/public/teams/${encodeURIComponent(teamSlug)}/event-types/${encodeURIComponent(slug)}`,
  booking: (uid: string, seatUid?: string) =>
    `/api/public/bookings/${encodeURIComponent(uid)}${seatUid ? `?seatUid=${encodeURIComponent(seatUid)}` : ''}`,
};

const missing = (apiPath: string, what: string): PageContent => ({
  status: 404,
  title: 'Not found',
  preload: {
    [apiPath]: { status: 'error', error: { code: 'NOT_FOUND', message: `${what} not found` } },
  },
});

const found = (
  apiPath: string,
  data: unknown,
  title: string,
  profile: PublicProfile | null,
): PageContent => ({
  status: 200,
  title,
  theme: profile?.appearance.theme,
  preload: { [apiPath]: { status: 'success', data } },
});

async function personPage(database: Database, username: string): Promise<PageContent> {
  const apiPath = path.user(username);
  const page = await loadUserPage(database, username);
  return page ? found(apiPath, page, page.profile.name, page.profile) : missing(apiPath, 'User');
}

async function eventTypePage(
  database: Database,
  username: string,
  slug: string,
): Promise<PageContent> {
  const apiPath = path.eventType(username, slug);
  const page = await loadEventTypePage(database, username, slug);
  if (!page) return missing(apiPath, 'Event type');
  return found(apiPath, page, `${page.eventType.title} | ${page.profile.name}`, page.profile);
}

async function teamPage(database: Database, teamSlug: string): Promise<PageContent> {
  const apiPath = path.team(teamSlug);
  const page = await loadTeamPage(database, teamSlug);
  return page ? found(apiPath, page, page.profile.name, page.profile) : missing(apiPath, 'Team');
}

async function teamEventTypePage(
  database: Database,
  teamSlug: string,
  slug: string,
): Promise<PageContent> {
  const apiPath = path.teamEventType(teamSlug, slug);
  const page = await loadTeamEventTypePage(database, teamSlug, slug);
  if (!page) return missing(apiPath, 'Event type');
  return found(apiPath, page, `${page.eventType.title} | ${page.profile.name}`, page.profile);
}

async function bookingPage(database: Database, uid: string, seatUid?: string) {
  const apiPath = path.booking(uid, seatUid);
  if (!UID.test(uid)) return missing(apiPath, 'Booking');
  const page = await loadBookingPage(database, uid, seatUid);
  return page
    ? found(apiPath, page, page.booking.title, page.profile)
    : missing(apiPath, 'Booking');
}

/**
 * What a page route serves: the shell with its first data, the shell alone (dashboard), a 404
 * page, or 'notFound' for paths that are not pages at all (left to the JSON 404).
 */
export async function loadPageContent(
  database: Database,
  { path: route, params, seatUid }: PagePath,
): Promise<PageContent | 'notFound'> {
  const username = params.username;
  if (username !== undefined) {
    if (DASHBOARD_SEGMENTS.has(username)) return { status: 200 };
    if (RESERVED_USERNAMES.has(username) || !USERNAME.test(username)) return 'notFound';
  }
  switch (route) {
    case '/{username}':
    case '/{username}/embed':
      return personPage(database, username!);
    case '/{username}/{eventSlug}':
    case '/{username}/{eventSlug}/embed':
      return eventTypePage(database, username!, params.eventSlug!);
    case '/booking/{uid}':
    case '/booking/{uid}/embed':
    case '/reschedule/{uid}':
    case '/reschedule/{uid}/embed':
      return bookingPage(database, params.uid!, seatUid);
    case '/team/{teamSlug}':
    case '/team/{teamSlug}/embed':
      return teamPage(database, params.teamSlug!);
    case '/team/{teamSlug}/{eventSlug}':
    case '/team/{teamSlug}/{eventSlug}/embed':
      return teamEventTypePage(database, params.teamSlug!, params.eventSlug!);
    case '/dashboard/*':
      return { status: 200 };
    default:
      return 'notFound';
  }
}
