import { createEmptyPostgresDatabase } from '@kairos/db/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jane } from '../bookings/testing/booking-fixtures';
import { freePort, runKairos, startKairos, type KairosServer } from '../testing/kairos-process';
import { startReceiver, type Receiver } from './testing/receiver';

let env: NodeJS.ProcessEnv;
let drop: (() => Promise<void>) | undefined;
const servers: KairosServer[] = [];
let receiver: Receiver | undefined;

beforeAll(async () => {
  const postgres = await createEmptyPostgresDatabase();
  drop = postgres?.drop;
  const { DATABASE_URL: _url, REDIS_URL: _redis, ...rest } = process.env;
  env = {
    ...rest,
    KAIROS_DATA_DIR: join(mkdtempSync(join(tmpdir(), 'kairos-crash-')), 'data'),
    KAIROS_WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    KAIROS_RATE_LIMITS: 'off',
    LOG_LEVEL: 'warn',
    ...(postgres ? { DATABASE_URL: postgres.url } : {}),
  };
});
afterAll(async () => {
  for (const server of servers) server.child.kill('SIGKILL');
  await receiver?.close();
  await drop?.();
});

/** A weekday 16:00 UTC (11:00 or 12:00 in New York) at least a week ahead of the real clock. */
function futureWeekdayStart(): string {
  const day = new Date(Date.now() + 8 * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return `${day.toISOString().slice(0, 10)}T16:00:00.000Z`;
}

async function api(server: KairosServer, key: string, path: string, body?: object) {
  const response = await fetch(`${server.url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function start(args: string[] = []) {
  const server = await startKairos(env, args);
  servers.push(server);
  return server;
}

describe('a committed booking whose process dies', () => {
  it('still gets its webhook: SIGKILL right after the booking commits, the webhook arrives after restart', async () => {
    const user = await runKairos(env, [
      'user',
      'create',
      '--email',
      'crash@example.com',
      '--username',
      'crash',
      '--name',
      'Crash Test',
      '--time-zone',
      'America/New_York',
    ]);
    expect(user.code).toBe(0);
    const key = (await runKairos(env, ['api-key', 'create', '--email', 'crash@example.com'])).stdout
      .trim()
      .split('\n')
      .at(-1)!;
    // Nothing listens here until the first process is dead: it cannot have delivered.
    const port = await freePort();

    const first = await start();
    const schedule = await api(first, key, '/v2/schedules', {
      name: 'Hours',
      timeZone: 'America/New_York',
      isDefault: true,
    });
    expect(schedule.status).toBe(201);
    const eventType = await api(first, key, '/v2/event-types', {
      title: 'Call',
      slug: 'call',
      lengthInMinutes: 30,
      scheduleId: schedule.body.data.id,
    });
    expect(eventType.status).toBe(201);
    const webhook = await api(first, key, '/v2/webhooks', {
      subscriberUrl: `http://127.0.0.1:${port}/webhooks/cal`,
      triggers: ['BOOKING_CREATED'],
    });
    expect(webhook.status).toBe(201);
    const booking = await api(first, key, '/v2/bookings', {
      eventTypeId: eventType.body.data.id,
      start: futureWeekdayStart(),
      attendee: jane,
    });
    expect(booking.status).toBe(201);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    receiver = await startReceiver({ port, secret: webhook.body.data.secret });
    const second = await start();
    const [request] = await receiver.waitFor(1, 60_000);
    expect(request!.body).toMatchObject({
      triggerEvent: 'BOOKING_CREATED',
      payload: { uid: booking.body.data.uid, attendees: [{ email: jane.email }] },
    });
    expect(request!.prdVerified).toBe(true);
    let delivered: { id: string } | undefined;
    for (let i = 0; i < 100 && !delivered; i++) {
      const deliveries = await api(second, key, `/v2/webhooks/${webhook.body.data.id}/deliveries`);
      delivered = deliveries.body.data.find((d: { status: string }) => d.status === 'delivered');
      if (!delivered) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(delivered?.id).toBe(request!.headers['webhook-id']);
    expect(await second.stop()).toBe(0);
  }, 180_000);
});
