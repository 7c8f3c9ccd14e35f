/**
 * Webhooks without I/O: triggers, what a booking event means for them, payloads, the envelope,
 * templates, signatures (HMAC passed in), the retry schedule and which addresses are public.
 */
export * from './triggers';
export * from './signing';
export * from './retry-schedule';
export * from './payload-template';
export * from './booking-payload';
export * from './ooo-payload';
export * from './envelope';
export * from './address-ranges';
