export { buildApp } from './app';
export type { AppDeps } from './http/context';
export { readConfig, type AppConfig } from './config';
