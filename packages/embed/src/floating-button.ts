import { asRecord, asString } from './context';
import type { CalNamespace } from './namespace';
import { CALENDAR_ICON, createShell, FLOATING_BUTTON_CSS } from './styles';

/**
 * `floatingButton`: a fixed `<cal-floating-button>` carrying `data-cal-*` attributes, so the
 * page-wide click delegation opens its modal. A second call replaces the namespace's button (or
 * the one with the same `attributes.id`).
 */
export function showFloatingButton(ns: CalNamespace, options: unknown): void {
  const settings = asRecord(options);
  const calLink = asString(settings.calLink);
  if (!calLink) return console.error('Cal: floatingButton needs { calLink }');
  const { doc } = ns.context;
  const id = asString(asRecord(settings.attributes).id);
  const previous = id
    ? doc.getElementById(id)
    : [...doc.querySelectorAll('cal-floating-button')].find(
        (element) => element.getAttribute('data-cal-namespace') === ns.name,
      );
  previous?.remove();

  const { element, root } = createShell(
    doc,
    'cal-floating-button',
    FLOATING_BUTTON_CSS,
    `<button type="button" part="button">${settings.hideButtonIcon === true ? '' : CALENDAR_ICON}<span></span></button>`,
  );
  if (id) element.id = id;
  element.setAttribute('data-cal-link', calLink);
  element.setAttribute('data-cal-namespace', ns.name);
  if (settings.config) element.setAttribute('data-cal-config', JSON.stringify(settings.config));
  const origin = asString(settings.calOrigin);
  if (origin) element.setAttribute('data-cal-origin', origin);
  element.style.setProperty(settings.buttonPosition === 'bottom-left' ? 'left' : 'right', '16px');
  const button = root.querySelector('button') as HTMLButtonElement;
  button.style.background = asString(settings.buttonColor) ?? 'rgb(0, 0, 0)';
  button.style.color = asString(settings.buttonTextColor) ?? 'rgb(255, 255, 255)';
  (button.querySelector('span') as HTMLElement).textContent =
    asString(settings.buttonText) ?? 'Book my Cal';
  doc.body.appendChild(element);
}
