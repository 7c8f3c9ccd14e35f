import { EmbedFrame, type FrameHost, type LinkFailure } from './frame';
import type { CalNamespace } from './namespace';
import { createShell, INLINE_CSS } from './styles';

/** `<cal-inline loading="loading|done|failed">` holding one iframe in the page's flow. */
export class InlineBox implements FrameHost {
  readonly element: HTMLElement;
  readonly frame: EmbedFrame;
  private readonly error: HTMLElement;

  constructor(owner: CalNamespace, container: Element, url: URL, iframeId?: string) {
    const shell = createShell(
      owner.context.doc,
      'cal-inline',
      INLINE_CSS,
      '<div class="loader" part="loader"></div><p class="error" part="error"></p><slot></slot>',
    );
    this.element = shell.element;
    this.error = shell.root.querySelector('.error') as HTMLElement;
    this.element.setAttribute('loading', 'loading');
    this.frame = new EmbedFrame(owner, url, this, iframeId ? { id: iframeId } : {});
    this.element.appendChild(this.frame.iframe);
    container.classList.add('cal-inline-container');
    container.appendChild(this.element);
  }

  get isConnected(): boolean {
    return this.element.isConnected;
  }

  linkReady(): void {
    this.element.setAttribute('loading', 'done');
  }

  linkFailed(failure: LinkFailure): void {
    this.element.setAttribute('loading', 'failed');
    this.error.textContent = failureText(failure);
  }

  resize(heightPx: number): void {
    this.frame.iframe.style.height = `${heightPx}px`;
  }

  close(): void {}

  /** After a navigation inside the iframe, bring its top back into view if it scrolled away. */
  routeChanged(): void {
    const top = this.element.getBoundingClientRect().top;
    const viewport = this.element.ownerDocument.defaultView?.innerHeight ?? 0;
    if (top < 0 || top > viewport * 0.75) this.element.scrollIntoView({ block: 'start' });
  }
}

export function failureText(failure: LinkFailure): string {
  const code = typeof failure.code === 'number' ? ` (${failure.code})` : '';
  return `This booking page could not be loaded${code}.`;
}
