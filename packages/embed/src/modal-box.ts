import { EmbedFrame, type FrameHost, type LinkFailure } from './frame';
import { failureText } from './inline-box';
import type { CalNamespace } from './namespace';
import { createShell, MODAL_CSS } from './styles';

export type ModalState = 'loading' | 'loaded' | 'closed' | 'reopened' | 'prerendering' | 'failed';

let nextUid = 0;

/** `<cal-modal-box uid state>`: an overlay with one iframe, kept after closing to reopen fast. */
export class ModalBox implements FrameHost {
  readonly element: HTMLElement;
  readonly frame: EmbedFrame;
  state: ModalState = 'loading';
  private readonly error: HTMLElement;
  private savedOverflow: string | null = null;
  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.close();
  };

  constructor(
    readonly owner: CalNamespace,
    url: URL,
    options: { prerendering: boolean; iframeId?: string },
  ) {
    const doc = owner.context.doc;
    const shell = createShell(
      doc,
      'cal-modal-box',
      MODAL_CSS,
      '<div class="backdrop" part="backdrop"><div class="dialog" part="dialog" role="dialog" ' +
        'aria-modal="true"><button class="close" part="close" aria-label="Close">&times;</button>' +
        '<div class="loader" part="loader"></div><p class="error" part="error"></p><slot></slot>' +
        '</div></div>',
    );
    this.element = shell.element;
    this.element.setAttribute('uid', String(++nextUid));
    this.error = shell.root.querySelector('.error') as HTMLElement;
    const backdrop = shell.root.querySelector('.backdrop') as HTMLElement;
    backdrop.addEventListener('click', (event) => {
      if (event.target === backdrop) this.close();
    });
    shell.root.querySelector('.close')?.addEventListener('click', () => this.close());
    this.frame = new EmbedFrame(owner, url, this, {
      prerendering: options.prerendering,
      ...(options.iframeId ? { id: options.iframeId } : {}),
    });
    this.element.appendChild(this.frame.iframe);
    doc.body.appendChild(this.element);
    if (options.prerendering) this.setState('prerendering');
    else this.show('loading');
  }

  /** Shows the overlay in `state` (loading for a fresh iframe, reopened for a kept one). */
  show(state: ModalState): void {
    const doc = this.owner.context.doc;
    this.setState(state);
    if (this.savedOverflow === null) {
      this.savedOverflow = doc.body.style.overflow;
      doc.body.style.overflow = 'hidden';
      doc.addEventListener('keydown', this.onKeyDown);
    }
  }

  setState(state: ModalState): void {
    this.state = state;
    this.element.setAttribute('state', state);
  }

  linkReady(): void {
    if (this.state === 'loading' || this.state === 'reopened') this.setState('loaded');
  }

  linkFailed(failure: LinkFailure): void {
    this.error.textContent = failureText(failure);
    if (this.state === 'prerendering') this.state = 'failed';
    else this.setState('failed');
  }

  resize(heightPx: number): void {
    this.frame.iframe.style.height = `${heightPx}px`;
  }

  close(): void {
    if (this.state === 'closed' || this.state === 'prerendering') return;
    this.setState('closed');
    this.releasePage();
  }

  routeChanged(): void {}

  remove(): void {
    this.releasePage();
    this.frame.remove();
    this.element.remove();
  }

  private releasePage(): void {
    if (this.savedOverflow === null) return;
    const doc = this.owner.context.doc;
    doc.body.style.overflow = this.savedOverflow;
    this.savedOverflow = null;
    doc.removeEventListener('keydown', this.onKeyDown);
  }
}
