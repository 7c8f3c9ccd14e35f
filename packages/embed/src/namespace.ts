import { commands } from './commands';
import type { EmbedContext } from './context';
import { buildIframeUrl } from './iframe-url';
import type { InlineBox } from './inline-box';
import type { ModalBox } from './modal-box';

/** The detail of every `CAL:<ns>:<type>` window event (compatibility reference §3.2, §3.5). */
export interface EmbedEventDetail {
  type: string;
  namespace: string;
  fullType: string;
  data: unknown;
}

/** One namespace ("" is the global `Cal`): its origin, ui config, iframes and listeners. */
export class CalNamespace {
  origin: string;
  debug = false;
  uiConfig: Record<string, unknown> = {};
  inline: InlineBox | null = null;
  modal: ModalBox | null = null;
  /** When each link was last prerendered; the same link is not prerendered twice in a minute. */
  readonly prerenderedAtMs = new Map<string, number>();

  constructor(
    readonly name: string,
    readonly context: EmbedContext,
  ) {
    this.origin = context.defaultOrigin;
  }

  /** Runs one command; an unknown one is reported and the queue goes on. */
  execute(method: string, args: unknown[]): void {
    const command = commands[method];
    if (!command) {
      console.error(`Cal: unknown command "${method}"`);
      return;
    }
    this.log(method, args);
    try {
      command(this, args[0], args[1]);
    } catch (error) {
      console.error(`Cal: "${method}" failed`, error);
    }
  }

  iframeUrl(
    calLink: string,
    config: Record<string, unknown>,
    embedType: 'inline' | 'modal',
    calOrigin = this.origin,
    extra: Record<string, string> = {},
  ): URL {
    const { win, cal } = this.context;
    return buildIframeUrl({
      origin: calOrigin,
      calLink,
      namespace: this.name,
      config,
      embedType,
      debug: this.debug,
      colorScheme: this.context.colorScheme(),
      forwardedQuery: cal.config?.forwardQueryParams
        ? new URLSearchParams(win.location.search)
        : null,
      extra,
    });
  }

  /** Dispatches `CAL:<ns>:<type>` and `CAL:<ns>:*` on the window, as `Cal("on")` listens. */
  dispatch(type: string, data: unknown): void {
    const fullType = `CAL:${this.name}:${type}`;
    const detail: EmbedEventDetail = { type, namespace: this.name, fullType, data };
    const { win } = this.context;
    win.dispatchEvent(new CustomEvent(fullType, { detail }));
    win.dispatchEvent(new CustomEvent(`CAL:${this.name}:*`, { detail }));
  }

  /** Frames of this namespace that finished the handshake. */
  readyFrames() {
    return [...this.context.frames].filter((frame) => frame.owner === this && frame.isReady);
  }

  log(...values: unknown[]): void {
    if (this.debug) console.log(`Cal[${this.name}]`, ...values);
  }
}
