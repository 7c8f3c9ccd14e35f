/**
 * The booking page's side of the embed protocol (compatibility reference §3.4, §3.5). The Booker
 * calls these; the embed work fills them in. Outside an embed every call is a no-op.
 */

/** What the parent page may push with `Cal("ui", ...)`. */
export interface EmbedUiConfig {
  theme?: 'light' | 'dark' | 'auto';
  layout?: 'month_view' | 'week_view' | 'column_view';
  hideEventTypeDetails?: boolean;
  brandColor?: string;
  cssVarsPerTheme?: { light?: Record<string, string>; dark?: Record<string, string> };
  colorScheme?: string;
}

/** Whether this page runs inside an embed (`/embed` suffix, `?embed=`, or `window.name`). */
export function isEmbed(): boolean {
  return false;
}

/** Starts the handshake with the parent page; call once when a page mounts. */
export function startEmbedBridge(): void {}

/** Tells the parent page that the link could not be shown (a 404 page, say). */
export function reportLinkFailed(_code: number, _message: string): void {}

/** Sends a public event (bookerReady, bookingSuccessfulV2, ...) to the parent page. */
export function emitEmbedEvent(_type: string, _data: Record<string, unknown>): void {}

/** Calls the listener with each ui config the parent pushes; returns an unsubscribe. */
export function onEmbedUi(_listener: (ui: EmbedUiConfig) => void): () => void {
  return () => {};
}
