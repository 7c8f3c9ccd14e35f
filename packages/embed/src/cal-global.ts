/** One queued call: the `arguments` (or an array) of one `Cal(...)` call. */
export type QueuedCall = ArrayLike<unknown>;

/** A callable queue: `Cal` itself and every `Cal.ns[namespace]`. */
export interface CalQueue {
  (...args: unknown[]): void;
  q: QueuedCall[];
}

/** `window.Cal` as the snippet (ours or Cal.com's) and embed.js leave it. */
export interface CalGlobal extends CalQueue {
  ns: Record<string, CalQueue>;
  loaded?: boolean;
  version?: string;
  fingerprint?: string;
  __css?: string;
  __logQueue?: unknown[];
  __kairos?: true;
  config?: { forwardQueryParams?: boolean };
}

declare global {
  interface Window {
    Cal?: CalGlobal;
  }
}
