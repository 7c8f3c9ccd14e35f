import Cal from './cal';

export default Cal;
export { getCalApi, type GetCalApiOptions } from './get-cal-api';
export type { CalProps } from './cal';
export type {
  CalApi,
  EmbedConfig,
  EmbedEvent,
  EmbedEventDetail,
  InitConfig,
  UiConfig,
} from './cal-api';
