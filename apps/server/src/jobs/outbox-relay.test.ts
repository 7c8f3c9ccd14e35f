import type { RelayEvent, SqlSession } from '@kairos/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBooking } from '../testing/scheduling-factories';
import { createTestApp, type TestApp } from '../testing/test-app';
import { startOutboxRelay, type OutboxRelay } from './outbox-relay';

let t: TestApp;
let bookingId: number;
let relay: OutboxRelay;
const seen: string[] = [];
beforeAll(async () => {
  t = await createTestApp();
  const user = await t.factories.user();
  bookingId = (
    await insertBooking(t.database.db, {
      eventTypeId: null,
      hostIds: [user.id],
      start: '2026-03-10T14:00:00Z',
      end: '2026-03-10T14:30:00Z',
    })
  ).id;
  relay = startOutboxRelay({
    database: t.database,
    consumer: async (_session, events: RelayEvent[]) => {
      seen.push(...events.map((e) => `${e.source}:${e.id}`));
    },
    log: (message, error) => {
      throw new Error(`${message}: ${String(error)}`);
    },
  });
});
afterAll(async () => {
  await relay.stop();
  await t.close();
});

const insertEvent = async (session: SqlSession, id?: number) => {
  const [row] = await session.query<{ id: string }>(
    id === undefined
      ? `INSERT INTO booking_events (booking_id, type) VALUES ($1, 'BOOKING_CREATED') RETURNING id`
      : `INSERT INTO booking_events (id, booking_id, type) VALUES ($2, $1, 'BOOKING_CREATED') RETURNING id`,
    id === undefined ? [bookingId] : [bookingId, id],
  );
  return `booking:${row!.id}`;
};

const horizon = async () =>
  BigInt(
    (await t.database.query<{ h: string }>('SELECT horizon::text AS h FROM relay_positions'))[0]!.h,
  );

describe('the outbox relay', () => {
  it('relays each committed event once, also one with a lower id than events already relayed', async () => {
    const high = await insertEvent(t.database, 1_000_000);
    await relay.drain();
    expect(seen).toContain(high);
    // An id taken before 1 000 000 by a transaction that commits only now.
    const low = await insertEvent(t.database, 999_999);
    await relay.drain();
    expect(seen.filter((e) => e === low || e === high)).toEqual([high, low]);
    expect(await horizon()).toBeGreaterThan(0n);
  });

  it('relays OOO and other outbox events too, and nothing rolled back', async () => {
    const before = seen.length;
    const [outbox] = await t.database.query<{ id: string }>(
      "INSERT INTO outbox_events (type, payload) VALUES ('OOO_CREATED', '{}') RETURNING id",
    );
    await t.database
      .transaction(async (session) => {
        await insertEvent(session);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const committed = await insertEvent(t.database);
    await relay.drain();
    expect(seen.slice(before).sort()).toEqual([`outbox:${outbox!.id}`, committed].sort());
  });

  it('lets two relays share the work without relaying anything twice', async () => {
    const other: string[] = [];
    const second = startOutboxRelay({
      database: t.database,
      consumer: async (_session, events) =>
        void other.push(...events.map((e) => `${e.source}:${e.id}`)),
      log: () => undefined,
      batchSize: 3,
    });
    try {
      const before = seen.length;
      const ids = [];
      for (let i = 0; i < 20; i++) ids.push(await insertEvent(t.database));
      relay.kick();
      await Promise.all([relay.drain(), second.drain()]);
      const all = [...seen.slice(before), ...other];
      expect(all.sort()).toEqual([...ids].sort());
    } finally {
      await second.stop();
    }
  });

  it.runIf(process.env.DATABASE_URL)(
    'on PostgreSQL, does not pass a transaction still holding a lower id, and relays it after it commits',
    async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let reportHeld!: (id: string) => void;
      const heldId = new Promise<string>((resolve) => (reportHeld = resolve));
      const holder = t.database.withSession(async (session) => {
        await session.exec('BEGIN');
        reportHeld(await insertEvent(session));
        await gate;
        await session.exec('COMMIT');
      });
      const held = await heldId;
      const later = await insertEvent(t.database);
      expect(Number(later.split(':')[1])).toBeGreaterThan(Number(held.split(':')[1]));
      await relay.drain();
      expect(seen).toContain(later);
      expect(seen).not.toContain(held);
      const [tx] = await t.database.query<{ tx: string }>(
        'SELECT tx_id::text AS tx FROM booking_events WHERE id = $1',
        [held.split(':')[1]],
      );
      expect(tx).toBeUndefined(); // not visible yet
      release();
      await holder;
      await relay.drain();
      expect(seen.filter((e) => e === held)).toHaveLength(1);
    },
  );
});
