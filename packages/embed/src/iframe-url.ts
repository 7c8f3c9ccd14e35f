/** Host query parameters never forwarded: they would pin the booker to the host page's state. */
const NOT_FORWARDED = new Set([
  'month',
  'date',
  'slot',
  'rescheduleUid',
  'bookingUid',
  'duration',
  'overlayCalendar',
]);

export interface IframeUrlInput {
  origin: string;
  calLink: string;
  namespace: string;
  config: Record<string, unknown>;
  embedType: 'inline' | 'modal';
  debug: boolean;
  /** The host page's `color-scheme`, so the iframe's canvas matches it. */
  colorScheme: string | null;
  /** The host page's query when `Cal.config.forwardQueryParams` is on. */
  forwardedQuery: URLSearchParams | null;
  extra?: Record<string, string>;
}

function appendValue(params: URLSearchParams, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) appendValue(params, key, item);
    return;
  }
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
  params.append(key, text);
}

/**
 * `${origin}/${calLink}/embed?embed=<ns>&<config>&embedType=...` (compatibility reference §3.4):
 * arrays repeat their key, `guests` is mirrored to `guest`, `iframeAttrs` stays on the host.
 */
export function buildIframeUrl(input: IframeUrlInput): URL {
  const base = input.origin.replace(/\/+$/, '');
  const url = new URL(`${base}/${input.calLink.replace(/^\/+/, '')}`);
  if (!/embed\/?$/.test(url.pathname)) url.pathname = url.pathname.replace(/\/?$/, '/embed');
  const params = url.searchParams;
  params.set('embed', input.namespace);
  if (input.debug) params.set('debug', 'true');
  for (const [key, value] of Object.entries(input.config)) {
    if (key === 'iframeAttrs') continue;
    params.delete(key);
    appendValue(params, key, value);
    if (key === 'guests') appendValue(params, 'guest', value);
  }
  params.set('embedType', input.embedType);
  if (input.colorScheme) params.set('ui.color-scheme', input.colorScheme);
  input.forwardedQuery?.forEach((value, key) => {
    if (!NOT_FORWARDED.has(key) && !params.has(key)) params.append(key, value);
  });
  for (const [key, value] of Object.entries(input.extra ?? {})) params.set(key, value);
  return url;
}

/** Origin and path of a link: two modals of the same key can share one iframe. */
export function linkKey(url: URL): string {
  return url.origin + url.pathname;
}
