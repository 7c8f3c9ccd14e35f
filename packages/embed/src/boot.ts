import type { CalQueue } from './cal-global';
import { installClickDelegation } from './click-delegation';
import { readColorScheme, watchColorScheme } from './color-scheme';
import type { EmbedContext } from './context';
import { installMessageListener } from './messages';
import { CalNamespace } from './namespace';
import { hookQueue } from './queue';
import { installSnippet } from './snippet';

declare const __EMBED_VERSION__: string;
declare const __EMBED_FINGERPRINT__: string;

/** The origin embed.js was served from: the default `calOrigin`. */
function scriptOrigin(win: Window): string {
  const current = win.document.currentScript as HTMLScriptElement | null;
  const src =
    current?.src ||
    [...win.document.querySelectorAll<HTMLScriptElement>('script[src]')]
      .map((script) => script.src)
      .find((url) => /\/embed\/embed\.js(\?|$)/.test(url));
  try {
    return new URL(src ?? '').origin;
  } catch {
    return win.location.origin;
  }
}

/**
 * Takes over `window.Cal` (installing it if the page loaded embed.js without the snippet): runs
 * what `Cal.q` and every `Cal.ns[ns].q` hold, then runs later calls as they come. New
 * namespaces are picked up when the snippet adds them to `Cal.ns` or queues `initNamespace`.
 */
export function boot(win: Window): void {
  const cal = installSnippet(win, null);
  if (cal.__kairos) return;
  cal.__kairos = true;
  cal.q ??= [];
  const existing: Record<string, CalQueue> = cal.ns ?? {};
  cal.version = __EMBED_VERSION__;
  cal.fingerprint = __EMBED_FINGERPRINT__;
  cal.__css = '';
  cal.__logQueue = [];
  cal.config = { forwardQueryParams: false, ...cal.config };

  const context: EmbedContext = {
    win,
    doc: win.document,
    cal,
    defaultOrigin: scriptOrigin(win),
    namespaces: new Map(),
    frames: new Set(),
    namespace(name) {
      let ns = context.namespaces.get(name);
      if (!ns) {
        ns = new CalNamespace(name, context);
        context.namespaces.set(name, ns);
      }
      const api = cal.ns[name];
      const target = ns;
      if (api) hookQueue(api, (method, args) => target.execute(method, args));
      return ns;
    },
    colorScheme: () => readColorScheme(win),
  };
  installMessageListener(context);
  installClickDelegation(context);
  watchColorScheme(context);

  const global = new CalNamespace('', context);
  context.namespaces.set('', global);
  cal.ns = new Proxy(existing, {
    set(target, key, value) {
      target[key as string] = value as CalQueue;
      if (typeof key === 'string' && typeof value === 'function') context.namespace(key);
      return true;
    },
  });
  hookQueue(cal, (method, args) => global.execute(method, args));
  for (const name of Object.keys(existing)) context.namespace(name);
}
