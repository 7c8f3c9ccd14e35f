import type { EmbedUiConfig } from './bridge';

const THEMES = ['light', 'dark', 'auto'] as const;
const LAYOUTS = ['month_view', 'week_view', 'column_view'] as const;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.find((candidate) => candidate === value);

function stringRecord(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  return Object.fromEntries(entries);
}

/**
 * What the parent pushed with `Cal("ui", ...)` (Cal.com's shape: `styles.branding.brandColor`,
 * `cssVarsPerTheme`, ...) reduced to the settings the Booker understands; unknown keys dropped.
 */
export function toEmbedUiConfig(raw: unknown): EmbedUiConfig {
  const input = record(raw);
  const config: EmbedUiConfig = {};
  const theme = oneOf(THEMES, input.theme);
  if (theme) config.theme = theme;
  const layout = oneOf(LAYOUTS, input.layout);
  if (layout) config.layout = layout;
  if (typeof input.hideEventTypeDetails === 'boolean') {
    config.hideEventTypeDetails = input.hideEventTypeDetails;
  }
  const brandColor = record(record(input.styles).branding).brandColor ?? input.brandColor;
  if (typeof brandColor === 'string' && brandColor !== '') config.brandColor = brandColor;
  const vars = record(input.cssVarsPerTheme);
  const light = stringRecord(vars.light);
  const dark = stringRecord(vars.dark);
  if (light || dark) config.cssVarsPerTheme = { ...(light && { light }), ...(dark && { dark }) };
  if (typeof input.colorScheme === 'string' && input.colorScheme !== '') {
    config.colorScheme = input.colorScheme;
  }
  return config;
}

/** Settings the embed URL already carries (`theme`, `layout`, `ui.color-scheme`). */
export function uiConfigFromQuery(params: URLSearchParams): EmbedUiConfig {
  return toEmbedUiConfig({
    theme: params.get('theme'),
    layout: params.get('layout'),
    colorScheme: params.get('ui.color-scheme'),
  });
}
