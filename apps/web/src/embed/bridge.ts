/**
 * The booking page's side of the embed protocol (compatibility reference §3.4, §3.5). The Booker
 * calls these; outside an embed every call is a no-op.
 *
 * Handshake: this page posts `__iframeReady`; the parent (embed.js) shows the iframe and answers
 * `parentKnowsIframeReady`; the page answers `linkReady`. Size changes go up as
 * `__dimensionChanged`; `ui` and `connect` (a prerendered modal being opened) come down.
 */
import { comparableQuery, detectEmbedNamespace, queryFromParams } from './embed-namespace';
import { startSizeReporter } from './size-reporter';
import { toEmbedUiConfig, uiConfigFromQuery } from './ui-config';

/** What the parent page may push with `Cal("ui", ...)`. */
export interface EmbedUiConfig {
  theme?: 'light' | 'dark' | 'auto';
  layout?: 'month_view' | 'week_view' | 'column_view';
  hideEventTypeDetails?: boolean;
  brandColor?: string;
  cssVarsPerTheme?: { light?: Record<string, string>; dark?: Record<string, string> };
  colorScheme?: string;
}

/** While prerendering (hidden, not yet opened) only these reach the parent; the rest wait. */
const SENT_WHILE_PRERENDERING = new Set([
  '__iframeReady',
  '__dimensionChanged',
  '__connectInitiated',
]);

const state = {
  /** undefined: not looked at yet; fixed for the document's life once known. */
  namespace: undefined as string | null | undefined,
  started: false,
  /** A preload iframe only warms the cache: no handshake and no events. */
  isPreload: false,
  isPrerendering: false,
  /** The address the page was loaded at: a prerendered page is compared with it on connect. */
  loadedUrl: '',
  ui: {} as EmbedUiConfig,
  uiListeners: new Set<(ui: EmbedUiConfig) => void>(),
  heldEvents: [] as [string, Record<string, unknown>][],
};

function embedNamespace(): string | null {
  if (state.namespace === undefined) {
    state.namespace = typeof window === 'undefined' ? null : detectEmbedNamespace(window);
    if (state.namespace !== null) {
      state.loadedUrl = window.location.href;
      const params = new URLSearchParams(window.location.search);
      state.isPreload = params.get('preload') === 'true';
      state.isPrerendering = params.get('prerender') === 'true';
    }
  }
  return state.namespace;
}

function post(type: string, data: Record<string, unknown>): void {
  const namespace = embedNamespace();
  if (namespace === null || window.parent === window) return;
  const fullType = `CAL:${namespace}:${type}`;
  window.parent.postMessage({ originator: 'CAL', type, namespace, fullType, data }, '*');
}

function setUi(next: EmbedUiConfig): void {
  state.ui = { ...state.ui, ...next };
  for (const listener of state.uiListeners) listener(state.ui);
}

/** A prerendered page is being opened: show it as it is, or reload it with the new config. */
function connect(arg: unknown): void {
  post('__connectInitiated', {});
  const wanted = queryFromParams((arg as { params?: unknown } | null)?.params);
  const loaded = new URL(state.loadedUrl);
  if (comparableQuery(wanted) !== comparableQuery(loaded.searchParams)) {
    wanted.delete('prerender');
    loaded.search = wanted.toString();
    window.location.replace(loaded.href);
    return;
  }
  state.isPrerendering = false;
  const url = new URL(window.location.href);
  url.searchParams.delete('prerender');
  window.history.replaceState(window.history.state, '', url.href);
  post('__connectCompleted', {});
  for (const [type, data] of state.heldEvents.splice(0)) post(type, data);
  post('linkReady', {});
}

function onParentMessage(event: MessageEvent): void {
  if (event.source !== window.parent) return;
  const message = event.data as { originator?: unknown; method?: unknown; arg?: unknown } | null;
  if (message?.originator !== 'CAL' || typeof message.method !== 'string') return;
  switch (message.method) {
    case 'parentKnowsIframeReady':
      if (!state.isPrerendering) post('linkReady', {});
      break;
    case 'ui':
      setUi(toEmbedUiConfig(message.arg));
      break;
    case 'connect':
      connect(message.arg);
      break;
  }
}

/** Route changes inside the iframe let an inline parent bring the embed back into view. */
function watchRoutes(): void {
  const pushState = window.history.pushState.bind(window.history);
  window.history.pushState = (...args: Parameters<History['pushState']>) => {
    pushState(...args);
    post('__routeChanged', {});
  };
  window.addEventListener('popstate', () => post('__routeChanged', {}));
}

/** Whether this page runs inside an embed (`/embed` suffix, `?embed=`, or `window.name`). */
export function isEmbed(): boolean {
  return embedNamespace() !== null;
}

/** Starts the handshake with the parent page; call once when a page mounts. */
export function startEmbedBridge(): void {
  if (state.started || !isEmbed()) return;
  state.started = true;
  if (state.isPreload) return;
  setUi(uiConfigFromQuery(new URLSearchParams(window.location.search)));
  window.addEventListener('message', onParentMessage);
  post('__iframeReady', { isPrerendering: state.isPrerendering });
  startSizeReporter(document, (size) => post('__dimensionChanged', { ...size }));
  watchRoutes();
  // Focus is often inside the iframe: Escape there closes the pop-up as it does on the host.
  if (new URLSearchParams(window.location.search).get('embedType') === 'modal') {
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.defaultPrevented) post('__closeIframe', {});
    });
  }
  if (document.readyState === 'complete') post('__windowLoadComplete', {});
  else window.addEventListener('load', () => post('__windowLoadComplete', {}), { once: true });
}

/** Tells the parent page that the link could not be shown (a 404 page, say). */
export function reportLinkFailed(code: number, message: string): void {
  emitEmbedEvent('linkFailed', { code, msg: message, data: { url: window.location.href } });
}

/** Sends a public event (bookerReady, bookingSuccessfulV2, ...) to the parent page. */
export function emitEmbedEvent(type: string, data: Record<string, unknown>): void {
  if (!isEmbed() || state.isPreload) return;
  if (state.isPrerendering && !SENT_WHILE_PRERENDERING.has(type)) {
    state.heldEvents.push([type, data]);
    return;
  }
  post(type, data);
}

/** Calls the listener with each ui config the parent pushes; returns an unsubscribe. */
export function onEmbedUi(listener: (ui: EmbedUiConfig) => void): () => void {
  state.uiListeners.add(listener);
  if (Object.keys(state.ui).length > 0) listener(state.ui);
  return () => {
    state.uiListeners.delete(listener);
  };
}
