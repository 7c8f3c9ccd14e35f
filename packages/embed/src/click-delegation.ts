import type { EmbedContext } from './context';

function parseConfig(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * A click on (or inside) any element with `data-cal-link` opens that link in a modal of
 * `data-cal-namespace` (default ""), with `data-cal-config` (JSON) and `data-cal-origin`.
 */
export function installClickDelegation(context: EmbedContext): void {
  context.doc.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const element = target?.closest?.('[data-cal-link]');
    const calLink = element?.getAttribute('data-cal-link');
    if (!element || !calLink) return;
    const name = element.getAttribute('data-cal-namespace') ?? '';
    const ns = context.namespaces.get(name);
    if (!ns) {
      console.error(`Cal: namespace "${name}" is not initialised; call Cal("init", "${name}")`);
      return;
    }
    event.preventDefault();
    const calOrigin = element.getAttribute('data-cal-origin');
    ns.execute('modal', [
      {
        calLink,
        config: parseConfig(element.getAttribute('data-cal-config')),
        ...(calOrigin ? { calOrigin } : {}),
      },
    ]);
  });
}
