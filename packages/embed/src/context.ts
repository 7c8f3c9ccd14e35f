import type { CalGlobal } from './cal-global';
import type { EmbedFrame } from './frame';
import type { CalNamespace } from './namespace';

/** What every part of embed.js shares: the page, `window.Cal`, namespaces and live iframes. */
export interface EmbedContext {
  win: Window;
  doc: Document;
  cal: CalGlobal;
  /** Origin of the server that served embed.js: the default `calOrigin`. */
  defaultOrigin: string;
  namespaces: Map<string, CalNamespace>;
  frames: Set<EmbedFrame>;
  /** The namespace of that name, created (and its snippet queue hooked) on first use. */
  namespace(name: string): CalNamespace;
  /** The host page's resolved `color-scheme` (`dark` / `light`), or null when unset. */
  colorScheme(): string | null;
}

/** Options are user input: anything that is not an object reads as no options. */
export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
