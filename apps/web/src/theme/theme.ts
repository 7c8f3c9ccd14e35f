import type { AppearanceOutput } from '@kairos/contracts';
import type { EmbedUiConfig } from '../embed/bridge';

export type ThemeChoice = 'light' | 'dark' | 'auto';

/** What decides a page's look, strongest first: the embed's ui(), the link, the host's settings. */
export interface LookInputs {
  appearance: AppearanceOutput | null;
  /** `?theme=` in the link. */
  linkTheme: string | null;
  embedUi: EmbedUiConfig;
}

const HEX = /^#[0-9a-f]{6}$/i;
const defaults = { brandColor: '#292929', darkBrandColor: '#fafafa' };

/** Text that stays readable on the colour (WCAG relative luminance). */
export function textOn(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.45 ? '#111827' : '#ffffff';
}

const asTheme = (value: unknown): ThemeChoice | null =>
  value === 'light' || value === 'dark' || value === 'auto' ? value : null;

const prefersDark = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

/** `light` or `dark`, resolving `auto` with the visitor's system setting. */
export function resolvedTheme(inputs: LookInputs): 'light' | 'dark' {
  const choice =
    asTheme(inputs.embedUi.theme) ??
    asTheme(inputs.linkTheme) ??
    asTheme(inputs.appearance?.theme) ??
    'auto';
  if (choice !== 'auto') return choice;
  return prefersDark() ? 'dark' : 'light';
}

/**
 * Sets the theme on <html> and the brand colours as CSS variables; the embed's
 * `cssVarsPerTheme` for the current theme are applied last (Cal.com's variable names, such as
 * `cal-brand`, are the names the stylesheet uses).
 */
export function applyLook(inputs: LookInputs): void {
  const root = document.documentElement;
  const theme = resolvedTheme(inputs);
  root.dataset.theme = theme;
  const given = inputs.embedUi.brandColor;
  const light = HEX.test(given ?? '')
    ? given!
    : (inputs.appearance?.brandColor ?? defaults.brandColor);
  const dark = HEX.test(given ?? '')
    ? given!
    : (inputs.appearance?.darkBrandColor ?? defaults.darkBrandColor);
  root.style.setProperty('--kairos-brand-light', light);
  root.style.setProperty('--kairos-brand-text-light', textOn(light));
  root.style.setProperty('--kairos-brand-dark', dark);
  root.style.setProperty('--kairos-brand-text-dark', textOn(dark));
  if (inputs.embedUi.colorScheme) root.style.colorScheme = inputs.embedUi.colorScheme;
  const vars = inputs.embedUi.cssVarsPerTheme?.[theme] ?? {};
  for (const [name, value] of Object.entries(vars)) {
    if (/^[\w-]{1,64}$/.test(name)) root.style.setProperty(`--${name}`, String(value));
  }
}

/** Calls back when the system switches between light and dark (for `auto`). */
export function onSystemThemeChange(callback: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const query = matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', callback);
  return () => query.removeEventListener('change', callback);
}
