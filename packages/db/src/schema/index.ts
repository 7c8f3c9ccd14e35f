export * from './users';
export * from './api-keys';
export * from './schedules';
export * from './out-of-office';
export * from './event-types';
export * from './bookings';
