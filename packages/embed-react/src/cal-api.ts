/** The detail of every embed event (`CAL:<namespace>:<type>`). */
export interface EmbedEventDetail<TData = Record<string, unknown>> {
  type: string;
  namespace: string;
  fullType: string;
  data: TData;
}

/** What `Cal("on", { action, callback })` callbacks receive. */
export type EmbedEvent<TData = Record<string, unknown>> = CustomEvent<EmbedEventDetail<TData>>;

/** `Cal("ui", ...)` settings (compatibility reference §3.2). */
export interface UiConfig {
  theme?: 'dark' | 'light' | 'auto';
  layout?: 'month_view' | 'week_view' | 'column_view';
  hideEventTypeDetails?: boolean;
  styles?: { branding?: { brandColor?: string }; [key: string]: unknown };
  cssVarsPerTheme?: { light?: Record<string, string>; dark?: Record<string, string> };
  colorScheme?: string;
  disableAutoScroll?: boolean;
}

/** Booker settings and prefill sent in the iframe's query (`name`, `email`, `guests`, ...). */
export type EmbedConfig = Record<string, unknown> & {
  layout?: UiConfig['layout'];
  theme?: UiConfig['theme'];
  iframeAttrs?: { id?: string };
};

export interface InitConfig {
  origin?: string;
  calOrigin?: string;
  debug?: boolean;
  uiDebug?: boolean;
}

interface LinkOptions {
  calLink: string;
  config?: EmbedConfig;
  calOrigin?: string;
}

/** `Cal` and `Cal.ns[namespace]`: every command of embed.js, typed. */
export interface CalApi {
  (command: 'init', namespaceOrConfig?: string | InitConfig, config?: InitConfig): void;
  (command: 'inline', options: LinkOptions & { elementOrSelector: string | HTMLElement }): void;
  (command: 'modal' | 'openModal', options: LinkOptions): void;
  (
    command: 'floatingButton',
    options: LinkOptions & {
      buttonText?: string;
      hideButtonIcon?: boolean;
      attributes?: { id?: string };
      buttonPosition?: 'bottom-right' | 'bottom-left';
      buttonColor?: string;
      buttonTextColor?: string;
    },
  ): void;
  (command: 'ui', config: UiConfig): void;
  <TData = Record<string, unknown>>(
    command: 'on' | 'off',
    options: { action: string; callback: (event: EmbedEvent<TData>) => void },
  ): void;
  (
    command: 'preload' | 'prerender',
    options: LinkOptions & { type?: 'modal' | 'floatingButton' },
  ): void;
  (command: 'closeModal'): void;
  q: unknown[];
  ns: Record<string, CalApi | undefined>;
  loaded?: boolean;
}
