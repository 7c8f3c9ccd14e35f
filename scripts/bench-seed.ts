import { createDb, migrate } from '@kairos/db';
import {
  insertBooking,
  insertEventType,
  insertSchedule,
} from '../apps/server/src/testing/scheduling-factories';
import { createUser } from '../apps/server/src/users/create-user';

export interface SlotBenchSeed {
  plainEventTypeId: number;
  overriddenEventTypeId: number;
  /** Open around the clock, no notice: every half hour is a distinct bookable start. */
  bookingEventTypeId: number;
  window: { start: string; end: string };
}

const MONTH_START = Date.UTC(2027, 0, 1);

/** 40 weekday bookings spread over January 2027, 09:00–17:00 New York hours. */
function bookingStarts(): Date[] {
  const starts: Date[] = [];
  for (let day = 0; starts.length < 40; day++) {
    const date = new Date(MONTH_START + day * 86_400_000);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    for (const hourUtc of [15, 19]) starts.push(new Date(date.getTime() + hourUtc * 3_600_000));
  }
  return starts;
}

/** The host, event types and bookings of the slot benchmark, written before the server starts. */
export async function seedSlotBench(env: NodeJS.ProcessEnv): Promise<SlotBenchSeed> {
  const database = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.KAIROS_DATA_DIR });
  try {
    await migrate(database);
    const tag = Date.now().toString(36);
    const user = await createUser(database.db, {
      email: `slots-${tag}@example.com`,
      username: `slots-${tag}`,
      name: 'Slot bench',
      timeZone: 'America/New_York',
    });
    const plain = await insertSchedule(database.db, user.id);
    const overrides = Array.from({ length: 10 }, (_, i) => ({
      date: `2027-01-${String(4 + i * 2).padStart(2, '0')}`,
      startTime: '10:00',
      endTime: '15:00',
    }));
    const overridden = await insertSchedule(database.db, user.id, { overrides });
    const plainEvent = await insertEventType(database.db, user.id, { scheduleId: plain.id });
    // Booked by the booking benchmark: a host of its own, free around the clock.
    const booked = await createUser(database.db, {
      email: `bookings-${tag}@example.com`,
      username: `bookings-${tag}`,
      name: 'Booking bench',
      timeZone: 'UTC',
    });
    const allDay = await insertSchedule(database.db, booked.id, {
      timeZone: 'UTC',
      availability: [{ days: [0, 1, 2, 3, 4, 5, 6], startTime: '00:00', endTime: '23:59' }],
    });
    const bookingEvent = await insertEventType(database.db, booked.id, { scheduleId: allDay.id });
    const overriddenEvent = await insertEventType(database.db, user.id, {
      scheduleId: overridden.id,
    });
    for (const start of bookingStarts()) {
      const end = new Date(start.getTime() + 30 * 60_000);
      await insertBooking(database.db, {
        eventTypeId: plainEvent.id,
        hostIds: [user.id],
        start: start.toISOString(),
        end: end.toISOString(),
      });
    }
    return {
      plainEventTypeId: plainEvent.id,
      overriddenEventTypeId: overriddenEvent.id,
      bookingEventTypeId: bookingEvent.id,
      window: { start: '2027-01-01T00:00:00Z', end: '2027-01-31T23:59:59Z' },
    };
  } finally {
    await database.close();
  }
}
