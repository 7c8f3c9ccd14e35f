/** Pure scheduling logic: no I/O, no clock, no environment. */
export * from './availability/index';
export * from './round-robin/index';
export * from './webhooks/index';
