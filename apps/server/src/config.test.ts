import { describe, expect, it } from 'vitest';
import { defaultRateLimits, readConfig } from './config';

describe('configuration from the environment', () => {
  it('uses the defaults of the README when nothing is set', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: './data',
      databaseUrl: undefined,
      redisUrl: undefined,
    });
    expect(config.rateLimits).toEqual(defaultRateLimits);
  });

  it('reads rate limits as "limit/burst", a bare limit meaning no extra burst, and "off"', () => {
    const config = readConfig({
      KAIROS_RATE_LIMIT_SLOTS: '50/80',
      KAIROS_RATE_LIMIT_BOOKINGS_CREATE: '7',
    });
    expect(config.rateLimits?.slots).toEqual({ limit: 50, burst: 80 });
    expect(config.rateLimits?.bookingsCreate).toEqual({ limit: 7, burst: 7 });
    expect(readConfig({ KAIROS_RATE_LIMITS: 'off' }).rateLimits).toBeNull();
  });

  it('refuses values it cannot honour, naming the variable', () => {
    expect(() => readConfig({ KAIROS_RATE_LIMIT_DEFAULT: '100/50' })).toThrow(
      /KAIROS_RATE_LIMIT_DEFAULT/,
    );
    expect(() => readConfig({ KAIROS_RATE_LIMIT_DEFAULT: 'lots' })).toThrow(
      /KAIROS_RATE_LIMIT_DEFAULT/,
    );
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
  });
});
