import { asRecord, asString } from './context';
import { linkKey } from './iframe-url';
import { ModalBox } from './modal-box';
import type { CalNamespace } from './namespace';

/** A kept modal older than this is loaded again rather than reopened (EC/constants.ts). */
const RELOAD_AFTER_MS = 15 * 60_000;
/** The same link is not prerendered again within this time. */
const PRERENDER_AGAIN_AFTER_MS = 60_000;

function paramsOf(url: URL): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    params[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return params;
}

function canReuse(modal: ModalBox, url: URL): boolean {
  return (
    modal.state !== 'failed' &&
    linkKey(modal.frame.url) === linkKey(url) &&
    Date.now() - modal.frame.createdAtMs < RELOAD_AFTER_MS
  );
}

/**
 * `modal` and `prerender`: one modal box per namespace. The same link reopens the kept iframe
 * (a prerendered one is connected to the new config); another link, a failure or age loads anew.
 */
export function openModal(ns: CalNamespace, options: unknown, prerender: boolean): void {
  const settings = asRecord(options);
  const link = asString(settings.calLink);
  if (!link) return console.error('Cal: modal needs { calLink }');
  const config = asRecord(settings.config);
  const origin = asString(settings.calOrigin) ?? ns.origin;
  const extra: Record<string, string> = prerender ? { prerender: 'true' } : {};
  const url = ns.iframeUrl(link, config, 'modal', origin, extra);
  const existing = ns.modal;
  if (prerender) {
    const last = ns.prerenderedAtMs.get(linkKey(url)) ?? -Infinity;
    const busy = existing && !['closed', 'failed', 'prerendering'].includes(existing.state);
    if (busy || Date.now() - last < PRERENDER_AGAIN_AFTER_MS) return;
    ns.prerenderedAtMs.set(linkKey(url), Date.now());
  } else if (existing && canReuse(existing, url)) {
    const wasPrerendering = existing.state === 'prerendering';
    if (url.search !== existing.frame.url.search) {
      existing.frame.connect({ config, params: paramsOf(url) });
      existing.frame.url = url;
    }
    existing.show(wasPrerendering ? 'loading' : 'reopened');
    return;
  }
  existing?.remove();
  const iframeId = asString(asRecord(config.iframeAttrs).id);
  ns.modal = new ModalBox(ns, url, { prerendering: prerender, ...(iframeId ? { iframeId } : {}) });
}
