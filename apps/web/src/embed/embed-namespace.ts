const WINDOW_NAME_PREFIX = 'cal-embed=';

/**
 * The embed namespace this page was opened for, or null outside an embed: the `embed` query
 * parameter (present even when empty), else `window.name` `cal-embed=<ns>` (set by embed.js on
 * its iframes, kept across navigations), else "" for a path ending in `/embed`.
 */
export function detectEmbedNamespace(win: Window): string | null {
  const fromQuery = new URLSearchParams(win.location.search).get('embed');
  if (fromQuery !== null) return fromQuery;
  if (win.name.startsWith(WINDOW_NAME_PREFIX)) return win.name.slice(WINDOW_NAME_PREFIX.length);
  if (/\/embed\/?$/.test(win.location.pathname)) return '';
  return null;
}

/** Query parameters that only steer loading; two URLs differing in them show the same page. */
const LOADING_ONLY = ['prerender', 'preload'];

/** The query without loading-only parameters, sorted: equal for equal pages. */
export function comparableQuery(params: URLSearchParams): string {
  const copy = new URLSearchParams(params);
  for (const key of LOADING_ONLY) copy.delete(key);
  copy.sort();
  return copy.toString();
}

/** `connect`'s params (one value or several per key) as a query. */
export function queryFromParams(params: unknown): URLSearchParams {
  const query = new URLSearchParams();
  if (typeof params !== 'object' || params === null) return query;
  for (const [key, value] of Object.entries(params as Record<string, unknown>)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string') query.append(key, item);
    }
  }
  return query;
}
