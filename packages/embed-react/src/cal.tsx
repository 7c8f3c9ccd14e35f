import { useEffect, useRef, useState, type HTMLAttributes } from 'react';
import type { CalApi, EmbedConfig, InitConfig } from './cal-api';
import { defaultEmbedJsUrl, loadCal } from './get-cal-api';

export interface CalProps extends HTMLAttributes<HTMLDivElement> {
  /** `username/event-slug` (or `team/<team>/<slug>`), as on the booking page's URL. */
  calLink: string;
  /** The Kairos origin serving the booking pages; default: where embed.js came from. */
  calOrigin?: string;
  namespace?: string;
  /** Booker settings and prefill (`layout`, `theme`, `name`, `email`, `guests`, ...). */
  config?: EmbedConfig;
  initConfig?: Pick<InitConfig, 'debug' | 'uiDebug'>;
  /** Default: `${calOrigin}/embed/embed.js`. */
  embedJsUrl?: string;
}

/**
 * An inline booking embed: on mount, `Cal("init", namespace?, {origin})` and `inline` into the
 * rendered div; renders nothing until `window.Cal` exists.
 */
export default function Cal({
  calLink,
  calOrigin,
  namespace = '',
  config,
  initConfig = {},
  embedJsUrl,
  ...divProps
}: CalProps) {
  if (!calLink) throw new Error('Cal: the calLink prop is required');
  const url = embedJsUrl ?? defaultEmbedJsUrl(calOrigin);
  const [cal, setCal] = useState<CalApi | null>(null);
  const element = useRef<HTMLDivElement>(null);
  const started = useRef(false);

  useEffect(() => setCal(() => loadCal(url)), [url]);

  useEffect(() => {
    if (!cal || !element.current || started.current) return;
    started.current = true;
    const init = { ...initConfig, ...(calOrigin ? { origin: calOrigin } : {}) };
    const inline = { elementOrSelector: element.current, calLink, ...(config ? { config } : {}) };
    if (namespace) {
      cal('init', namespace, init);
      cal.ns[namespace]?.('inline', inline);
    } else {
      cal('init', init);
      cal('inline', inline);
    }
  });

  return cal ? <div ref={element} {...divProps} /> : null;
}
