import type { CalNamespace } from './namespace';

/** What `linkFailed` carries (compatibility reference §3.5). */
export interface LinkFailure {
  code?: number;
  msg?: string;
  data?: { url?: string };
}

/** The element an iframe lives in (inline box or modal box) and how it reacts to the page. */
export interface FrameHost {
  linkReady(): void;
  linkFailed(failure: LinkFailure): void;
  resize(heightPx: number): void;
  close(): void;
  routeChanged(): void;
}

export interface FrameOptions {
  prerendering?: boolean;
  id?: string;
}

/** One booking-page iframe and its side of the postMessage handshake. */
export class EmbedFrame {
  readonly iframe: HTMLIFrameElement;
  readonly createdAtMs = Date.now();
  isReady = false;
  isPrerendering: boolean;
  private pendingConnect: unknown = null;

  constructor(
    readonly owner: CalNamespace,
    public url: URL,
    readonly host: FrameHost,
    options: FrameOptions = {},
  ) {
    this.isPrerendering = options.prerendering ?? false;
    const iframe = owner.context.doc.createElement('iframe');
    iframe.className = 'cal-embed';
    iframe.name = `cal-embed=${owner.name}`;
    iframe.title = 'Book a call';
    iframe.allow = 'payment';
    if (options.id) iframe.id = options.id;
    iframe.style.visibility = 'hidden';
    iframe.src = url.href;
    this.iframe = iframe;
    owner.context.frames.add(this);
  }

  /** Parent -> iframe: `{originator:"CAL", method, arg}` to any origin, as Cal.com does. */
  post(method: string, arg: unknown): void {
    this.iframe.contentWindow?.postMessage({ originator: 'CAL', method, arg }, '*');
  }

  /** Handles an internal message from this iframe; public events are dispatched elsewhere. */
  receive(type: string, data: Record<string, unknown>): void {
    switch (type) {
      case '__iframeReady':
        this.isReady = true;
        this.isPrerendering = data.isPrerendering === true;
        if (!this.isPrerendering) this.show();
        this.post('parentKnowsIframeReady', {});
        if (Object.keys(this.owner.uiConfig).length > 0) this.post('ui', this.owner.uiConfig);
        if (this.pendingConnect !== null) this.post('connect', this.pendingConnect);
        this.pendingConnect = null;
        break;
      case 'linkReady':
        this.isPrerendering = false;
        this.show();
        this.host.linkReady();
        break;
      case 'linkFailed':
        this.host.linkFailed(data);
        break;
      case '__dimensionChanged':
        if (typeof data.iframeHeight === 'number') this.host.resize(Math.ceil(data.iframeHeight));
        break;
      case '__closeIframe':
        this.host.close();
        break;
      case '__routeChanged':
        this.host.routeChanged();
        break;
      case '__scrollByDistance':
        if (typeof data.distance === 'number') this.owner.context.win.scrollBy(0, data.distance);
        break;
    }
  }

  /** Hands a kept (prerendered) iframe the config of the modal now opening. */
  connect(arg: { config: Record<string, unknown>; params: Record<string, string | string[]> }) {
    if (this.isReady) this.post('connect', arg);
    else this.pendingConnect = arg;
  }

  show(): void {
    this.iframe.style.visibility = '';
  }

  remove(): void {
    this.owner.context.frames.delete(this);
    this.iframe.remove();
  }
}
