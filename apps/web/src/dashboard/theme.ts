import type { BookingPageTheme } from '@kairos/contracts';

/**
 * The dashboard follows the account's theme setting (`auto`: the system's), with the account's
 * brand colour on buttons, as its booking pages do.
 */
export function applyDashboardLook(look: {
  theme: BookingPageTheme;
  brandColor: string;
  darkBrandColor: string;
}): () => void {
  const root = document.documentElement;
  const media = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    root.dataset.theme = look.theme === 'auto' ? (media.matches ? 'dark' : 'light') : look.theme;
    root.style.setProperty('--kairos-brand-light', look.brandColor);
    root.style.setProperty('--kairos-brand-text-light', textOn(look.brandColor));
    root.style.setProperty('--kairos-brand-dark', look.darkBrandColor);
    root.style.setProperty('--kairos-brand-text-dark', textOn(look.darkBrandColor));
  };
  apply();
  media.addEventListener('change', apply);
  return () => media.removeEventListener('change', apply);
}

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
function textOn(hex: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return '#ffffff';
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.45 ? '#111827' : '#ffffff';
}
