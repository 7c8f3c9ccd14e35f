export * from './booking-transaction';
export * from './booking-records';
export * from './booking-writes';
export * from './booking-event-type';
export * from './booking-list';
export * from './booking-series';
export * from './booking-seats';
export * from './booking-round-robin';
