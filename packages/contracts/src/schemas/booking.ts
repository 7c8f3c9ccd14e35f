export * from './booking-input';
export * from './booking-output';
export * from './booking-list';
