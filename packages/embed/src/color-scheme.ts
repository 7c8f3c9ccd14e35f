import type { EmbedContext } from './context';

/** The host page's `color-scheme` resolved to `dark` or `light` (null when it sets none). */
export function readColorScheme(win: Window): string | null {
  const value = win.getComputedStyle(win.document.documentElement).colorScheme || '';
  const dark = /\bdark\b/.test(value);
  const light = /\blight\b/.test(value);
  if (dark && light)
    return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return dark ? 'dark' : light ? 'light' : null;
}

/**
 * Follows the host's `color-scheme` and pushes `ui({colorScheme})` to namespaces with iframes,
 * so an iframe's canvas never turns opaque against the page (compatibility reference §3.2).
 */
export function watchColorScheme(context: EmbedContext, intervalMs = 100): void {
  let last = context.colorScheme();
  context.win.setInterval(() => {
    if (context.frames.size === 0) return;
    const current = context.colorScheme();
    if (current === last) return;
    last = current;
    for (const ns of context.namespaces.values()) {
      if (ns.readyFrames().length > 0) ns.execute('ui', [{ colorScheme: current }]);
    }
  }, intervalMs);
}
