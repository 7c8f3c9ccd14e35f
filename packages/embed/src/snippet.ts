import type { CalGlobal, CalQueue, QueuedCall } from './cal-global';

const push = (target: CalQueue, call: QueuedCall) => {
  target.q.push(call);
};

function createQueue(): CalQueue {
  const api = ((...args: unknown[]) => push(api, args)) as CalQueue;
  api.q = [];
  return api;
}

/**
 * Installs `window.Cal` the way the public snippet does, unless it already exists: calls queue on
 * `Cal.q`; `Cal("init", "<ns>", config)` creates `Cal.ns[ns]`, queues the init there and queues
 * `["initNamespace", ns]` globally. The first call appends `<script src=embedJsUrl>`; with no URL
 * (embed.js installing it for itself) nothing is loaded.
 */
export function installSnippet(win: Window, embedJsUrl: string | null): CalGlobal {
  if (win.Cal) return win.Cal;
  const cal = ((...args: unknown[]) => {
    if (!cal.loaded) {
      cal.ns = {};
      cal.q = cal.q || [];
      if (embedJsUrl) {
        const script = win.document.createElement('script');
        script.src = embedJsUrl;
        win.document.head.appendChild(script);
      }
      cal.loaded = true;
    }
    if (args[0] === 'init' && typeof args[1] === 'string') {
      const namespace = args[1];
      const api = cal.ns[namespace] ?? createQueue();
      cal.ns[namespace] = api;
      push(api, args);
      push(cal, ['initNamespace', namespace]);
      return;
    }
    push(cal, args);
  }) as CalGlobal;
  cal.q = [];
  if (!embedJsUrl) {
    cal.ns = {};
    cal.loaded = true;
  }
  win.Cal = cal;
  return cal;
}
