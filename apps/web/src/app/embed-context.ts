import { createContext, useContext } from 'react';
import type { EmbedUiConfig } from '../embed/bridge';

export interface EmbedState {
  /** Inside an embed's iframe. */
  isEmbed: boolean;
  /** The latest ui() config the parent page pushed (merged). */
  ui: EmbedUiConfig;
}

export const EmbedContext = createContext<EmbedState>({ isEmbed: false, ui: {} });

export const useEmbed = () => useContext(EmbedContext);
