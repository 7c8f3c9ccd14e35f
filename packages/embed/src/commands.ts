import { asRecord, asString } from './context';
import { showFloatingButton } from './floating-button';
import { InlineBox } from './inline-box';
import { openModal } from './open-modal';
import type { CalNamespace } from './namespace';

type Command = (ns: CalNamespace, first: unknown, second: unknown) => void;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Nested objects (`styles`, `cssVarsPerTheme`) merge key by key; everything else replaces. */
export function mergeConfig(
  base: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, unknown> {
  const merged = { ...base };
  for (const [key, value] of Object.entries(next)) {
    const previous = merged[key];
    merged[key] =
      isPlainObject(previous) && isPlainObject(value) ? mergeConfig(previous, value) : value;
  }
  return merged;
}

function init(ns: CalNamespace, namespaceOrConfig: unknown, config: unknown): void {
  if (typeof namespaceOrConfig === 'string' && namespaceOrConfig !== ns.name) return;
  const settings = asRecord(typeof namespaceOrConfig === 'string' ? config : namespaceOrConfig);
  const origin = asString(settings.calOrigin) ?? asString(settings.origin);
  if (origin) ns.origin = origin;
  if (settings.debug === true) ns.debug = true;
}

function inline(ns: CalNamespace, options: unknown): void {
  const { calLink, elementOrSelector, config } = asRecord(options);
  const link = asString(calLink);
  const { doc } = ns.context;
  const container =
    typeof elementOrSelector === 'string'
      ? doc.querySelector(elementOrSelector)
      : (elementOrSelector as Element | null | undefined);
  if (!link || !container || typeof container.appendChild !== 'function') {
    console.error('Cal: inline needs { calLink, elementOrSelector } naming an element on the page');
    return;
  }
  if (ns.inline?.isConnected) {
    console.warn(`Cal: namespace "${ns.name}" already has an inline embed; use one per namespace`);
    return;
  }
  ns.inline?.frame.remove();
  const settings = asRecord(config);
  const iframeId = asString(asRecord(settings.iframeAttrs).id);
  ns.inline = new InlineBox(ns, container, ns.iframeUrl(link, settings, 'inline'), iframeId);
}

function ui(ns: CalNamespace, config: unknown): void {
  ns.uiConfig = mergeConfig(ns.uiConfig, asRecord(config));
  for (const frame of ns.readyFrames()) frame.post('ui', ns.uiConfig);
}

function listen(add: boolean): Command {
  return (ns, options) => {
    const { action, callback } = asRecord(options);
    if (typeof action !== 'string' || typeof callback !== 'function') {
      console.error('Cal: on/off need { action, callback }');
      return;
    }
    const type = `CAL:${ns.name}:${action}`;
    const { win } = ns.context;
    if (add) win.addEventListener(type, callback as EventListener);
    else win.removeEventListener(type, callback as EventListener);
  };
}

function preload(ns: CalNamespace, options: unknown): void {
  const settings = asRecord(options);
  if (settings.type === 'modal' || settings.type === 'floatingButton') {
    openModal(ns, settings, true);
    return;
  }
  const link = asString(settings.calLink);
  if (!link) return console.error('Cal: preload needs { calLink }');
  const origin = asString(settings.calOrigin) ?? ns.origin;
  const url = ns.iframeUrl(link, {}, 'modal', origin, { preload: 'true' });
  const iframe = ns.context.doc.createElement('iframe');
  iframe.style.display = 'none';
  iframe.tabIndex = -1;
  iframe.setAttribute('aria-hidden', 'true');
  iframe.src = url.href;
  ns.context.doc.body.appendChild(iframe);
}

/** The commands of `Cal(...)` and `Cal.ns[ns](...)` (compatibility reference §3.2). */
export const commands: Record<string, Command | undefined> = {
  init,
  initNamespace: (ns, name) => {
    if (typeof name === 'string') ns.context.namespace(name);
  },
  inline,
  modal: (ns, options) => openModal(ns, options, false),
  openModal: (ns, options) => openModal(ns, options, false),
  floatingButton: showFloatingButton,
  ui,
  on: listen(true),
  off: listen(false),
  preload,
  prerender: (ns, options) => openModal(ns, options, true),
  closeModal: (ns) => {
    ns.modal?.close();
    ns.dispatch('__closeIframe', {});
  },
};
