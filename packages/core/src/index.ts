/** Pure scheduling logic: no I/O, no clock, no environment. */
export * from './availability/index';
export * from './webhooks/index';
