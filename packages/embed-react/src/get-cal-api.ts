import { installSnippet } from '@kairos/embed/snippet';
import type { CalApi } from './cal-api';

/** Where embed.js is fetched from when no URL is given: the Kairos origin, else this site. */
export function defaultEmbedJsUrl(calOrigin?: string): string {
  return `${(calOrigin ?? '').replace(/\/+$/, '')}/embed/embed.js`;
}

/** Installs the snippet (once per page) that queues calls and loads embed.js from `url`. */
export function loadCal(embedJsUrl: string): CalApi {
  return installSnippet(window, embedJsUrl) as unknown as CalApi;
}

export type GetCalApiOptions = { embedJsUrl?: string; namespace?: string } | string;

/**
 * The `Cal` API of a namespace (the global one by default), as `@calcom/embed-react` gives it:
 * installs the snippet, runs `Cal("init", namespace)` and resolves once the API exists.
 */
export function getCalApi(options: GetCalApiOptions = {}): Promise<CalApi> {
  const { embedJsUrl, namespace = '' } =
    typeof options === 'string' ? { embedJsUrl: options } : options;
  const cal = loadCal(embedJsUrl ?? defaultEmbedJsUrl());
  cal('init', namespace);
  return new Promise((resolve) => {
    const check = () => {
      const api = namespace ? cal.ns[namespace] : cal;
      if (api) resolve(api);
      else setTimeout(check, 50);
    };
    check();
  });
}
