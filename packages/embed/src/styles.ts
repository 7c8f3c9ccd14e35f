const LOADER =
  '.loader{display:none;width:32px;height:32px;border:3px solid rgba(128,128,128,.3);' +
  'border-top-color:#888;border-radius:50%;animation:spin .8s linear infinite}' +
  '@keyframes spin{to{transform:rotate(360deg)}}' +
  '.error{display:none;font:15px/1.4 system-ui,sans-serif;text-align:center;padding:24px}';

export const INLINE_CSS =
  LOADER +
  ':host{display:block;position:relative;width:100%;height:100%}' +
  ':host([loading=loading]) .loader{display:block;position:absolute;top:24px;left:50%;margin-left:-16px}' +
  ':host([loading=failed]) .error{display:block}' +
  ':host([loading=failed]) ::slotted(iframe){display:none}' +
  '::slotted(iframe){display:block;width:100%;height:100%;border:0}';

export const MODAL_CSS =
  LOADER +
  ':host{position:fixed;inset:0;z-index:2147483647;display:block}' +
  ':host([state=closed]),:host([state=prerendering]){display:none}' +
  '.backdrop{position:absolute;inset:0;overflow:auto;background:rgba(0,0,0,.6);padding:56px 16px 24px;box-sizing:border-box}' +
  '.dialog{position:relative;max-width:1024px;margin:0 auto}' +
  '.close{position:absolute;top:-48px;right:0;width:40px;height:40px;border:0;background:none;' +
  'color:#fff;font:32px/1 system-ui,sans-serif;cursor:pointer}' +
  ':host([state=loading]) .loader{display:block;margin:64px auto;border-top-color:#fff}' +
  ':host([state=failed]) .error{display:block;color:#fff}' +
  ':host([state=failed]) ::slotted(iframe){display:none}' +
  '::slotted(iframe){display:block;width:100%;border:0;border-radius:8px}';

export const FLOATING_BUTTON_CSS =
  ':host{position:fixed;bottom:16px;z-index:2147483646}' +
  'button{display:flex;align-items:center;gap:8px;padding:14px 20px;border:0;border-radius:999px;' +
  'font:600 15px/1 system-ui,sans-serif;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}' +
  'svg{width:18px;height:18px}';

export const CALENDAR_ICON =
  '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">' +
  '<rect x="3" y="4" width="18" height="18" rx="2"/><path d="M16 2v4M8 2v4M3 10h18"/></svg>';

/** A custom-named element with its own shadow root, so host-page CSS cannot break it. */
export function createShell(
  doc: Document,
  tagName: string,
  css: string,
  html: string,
): { element: HTMLElement; root: ShadowRoot } {
  const element = doc.createElement(tagName);
  const root = element.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${css}</style>${html}`;
  return { element, root };
}
