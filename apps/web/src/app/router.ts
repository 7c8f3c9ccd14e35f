import { useSyncExternalStore } from 'react';

/** The pages of the web app, matched from the path (the server serves the same paths). */
export type Route =
  | { name: 'user'; username: string }
  | { name: 'booker'; username: string; slug: string }
  | { name: 'team'; teamSlug: string }
  | { name: 'teamBooker'; teamSlug: string; slug: string }
  | { name: 'booking'; uid: string }
  | { name: 'reschedule'; uid: string }
  | { name: 'dashboard' }
  | { name: 'notFound' };

export interface Matched {
  route: Route;
  /** The page was opened with `/embed` appended (inside an embed's iframe). */
  isEmbedPath: boolean;
}

const DASHBOARD = new Set(['login', 'signup', 'reset-password', 'dashboard']);

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function matchRoute(pathname: string): Matched {
  const segments = pathname.split('/').filter(Boolean).map(decode);
  if (DASHBOARD.has(segments[0] ?? '')) return { route: { name: 'dashboard' }, isEmbedPath: false };
  const isEmbedPath = segments.at(-1) === 'embed';
  if (isEmbedPath) segments.pop();
  const [first, second, third, ...rest] = segments;
  const route = ((): Route => {
    if (!first || rest.length) return { name: 'notFound' };
    if (first === 'booking' && second && !third) return { name: 'booking', uid: second };
    if (first === 'reschedule' && second && !third) return { name: 'reschedule', uid: second };
    if (first === 'team' && second && third)
      return { name: 'teamBooker', teamSlug: second, slug: third };
    if (first === 'team' && second) return { name: 'team', teamSlug: second };
    if (third) return { name: 'notFound' };
    if (second) return { name: 'booker', username: first, slug: second };
    return { name: 'user', username: first };
  })();
  return { route, isEmbedPath };
}

const NAVIGATE = 'kairos:navigate';

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(NAVIGATE, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(NAVIGATE, callback);
  };
}

const snapshot = () => location.pathname + location.search;

/** The current path and query; re-renders on navigation. */
export function useLocationKey(): string {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** Client-side navigation (no page load). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE));
  window.scrollTo(0, 0);
}

/** Query parameters an embed keeps on every page it moves to (compatibility reference §3.4). */
const EMBED_PARAMS = ['embed', 'embedType', 'theme', 'layout', 'ui.color-scheme', 'debug'];

/**
 * A link to another page of the app: inside an embed it keeps `/embed` and the embed's
 * parameters, so the next page still talks to the parent.
 */
export function pageHref(path: string, query: Record<string, string> = {}, embed = false): string {
  const params = new URLSearchParams(query);
  if (embed) {
    const current = new URLSearchParams(location.search);
    for (const name of EMBED_PARAMS) {
      const value = current.get(name);
      if (value !== null && !params.has(name)) params.set(name, value);
    }
  }
  const search = params.toString();
  return `${path}${embed ? '/embed' : ''}${search ? `?${search}` : ''}`;
}
