import {
  createDb,
  insertMembership,
  insertTeamWithOwner,
  insertTeamEventType,
  migrate,
  replaceEventTypeHosts,
  type Database,
} from '@kairos/db';
import { createUser } from '../apps/server/src/users/create-user';
import {
  benchEnv,
  httpGet,
  httpPost,
  measure,
  startBenchServer,
  type BenchServer,
} from './bench-http';

const HOSTS = 50;
const BOOKINGS_PER_HOST = 40;
const ZONES = ['America/New_York', 'America/Chicago', 'Europe/London', 'Europe/Berlin', 'UTC'];
const DAY_MS = 86_400_000;
const JANUARY = Date.UTC(2027, 0, 1);
const FEBRUARY = Date.UTC(2027, 1, 1);

interface TeamBenchSeed {
  eventTypeId: number;
  /** Weekday half-hour starts of February 2027, 14:00–20:00 UTC: every host works then. */
  freeStarts: string[];
}

/** Weekdays of the month starting at `monthStart` (UTC), as epoch ms of their midnights. */
function weekdays(monthStart: number): number[] {
  const days: number[] = [];
  const month = new Date(monthStart).getUTCMonth();
  for (let day = monthStart; new Date(day).getUTCMonth() === month; day += DAY_MS) {
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(day);
  }
  return days;
}

/** 40 bookings for each host over January, written in one statement per host. */
async function seedBookings(database: Database, eventTypeId: number, hostIds: number[]) {
  const days = weekdays(JANUARY);
  for (const [index, hostId] of hostIds.entries()) {
    const starts = Array.from({ length: BOOKINGS_PER_HOST }, (_, n) => {
      const day = days[n % days.length]!;
      const slot = (index + n * 7) % 12;
      return new Date(day + 14 * 3_600_000 + slot * 1_800_000).toISOString();
    });
    await database.query(
      `WITH s AS (SELECT unnest($1::timestamptz[]) AS start_at),
       b AS (
         INSERT INTO bookings (uid, event_type_id, organizer_id, title, start_at, end_at, status)
         SELECT md5(random()::text || s.start_at::text || $3::int::text), $2::int, $3::int, 'Bench',
                s.start_at, s.start_at + interval '30 minutes', 'accepted'
         FROM s RETURNING id, start_at, end_at, created_at
       ), h AS (
         INSERT INTO booking_hosts (booking_id, user_id, blocked_start, blocked_end, assigned_at,
                                    is_round_robin_turn)
         SELECT b.id, $3::int, b.start_at, b.end_at, b.created_at, true FROM b
       )
       INSERT INTO booking_attendees (booking_id, name, email, time_zone)
       SELECT b.id, 'Guest', 'guest@example.com', 'UTC' FROM b`,
      [starts, eventTypeId, hostId],
    );
  }
}

/** A team of 50 hosts in five zones, a round robin over all of them, 2,000 bookings. */
async function seedTeamBench(env: NodeJS.ProcessEnv): Promise<TeamBenchSeed> {
  const database = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.KAIROS_DATA_DIR });
  try {
    await migrate(database);
    const tag = Date.now().toString(36);
    const hostIds: number[] = [];
    for (let i = 0; i < HOSTS; i++) {
      const user = await createUser(database.db, {
        email: `rr-${i}-${tag}@example.com`,
        username: `rr-${i}-${tag}`,
        name: `Host ${i}`,
        timeZone: ZONES[i % ZONES.length]!,
      });
      hostIds.push(user.id);
    }
    const team = await insertTeamWithOwner(
      database.db,
      { name: 'Bench team', slug: `bench-${tag}` },
      hostIds[0]!,
    );
    for (const userId of hostIds.slice(1)) {
      await insertMembership(database.db, {
        teamId: team.id,
        userId,
        role: 'MEMBER',
        accepted: true,
      });
    }
    const eventType = await insertTeamEventType(database.db, {
      teamId: team.id,
      schedulingType: 'roundRobin',
      title: 'Demo',
      slug: 'demo',
      lengthInMinutes: 30,
      minimumBookingNotice: 0,
    });
    await replaceEventTypeHosts(
      database.db,
      eventType.id,
      hostIds.map((userId, i) => ({
        userId,
        isFixed: false,
        priority: 2,
        weight: 1 + (i % 3),
        scheduleId: null,
        bookingLimitsCount: null,
        rrRunOffset: 0,
      })),
    );
    await seedBookings(database, eventType.id, hostIds);
    const freeStarts = weekdays(FEBRUARY).flatMap((day) =>
      Array.from({ length: 12 }, (_, slot) =>
        new Date(day + 14 * 3_600_000 + slot * 1_800_000).toISOString(),
      ),
    );
    return { eventTypeId: eventType.id, freeStarts };
  } finally {
    await database.close();
  }
}

type Line = (kind: string, label: string, figures: string) => void;
type Latency = (r: { p50: number; p95: number; rps: number }, unit?: string) => string;

async function benchTeamSlots(
  server: BenchServer,
  seed: TeamBenchSeed,
  line: Line,
  latency: Latency,
) {
  const query =
    `eventTypeId=${seed.eventTypeId}&start=2027-01-01T00:00:00Z&end=2027-01-31T23:59:59Z` +
    '&timeZone=America/New_York';
  const one = await measure(() => httpGet(`${server.url}/v2/slots?${query}`), 300, 1);
  line('http', 'GET /v2/slots month, 50-host round robin, 1 client', latency(one));
  const eight = await measure(() => httpGet(`${server.url}/v2/slots?${query}`), 1000, 8);
  line('http', 'GET /v2/slots month, 50-host round robin, 8 clients', latency(eight));
}

/**
 * Bookings of the round robin: each start taken by up to 50 hosts in turn, so clients at one
 * start race for the same host and the losers retry.
 */
async function benchTeamBookings(
  server: BenchServer,
  seed: TeamBenchSeed,
  line: Line,
  latency: Latency,
) {
  let next = 0;
  const bookNext = () => {
    const n = next++;
    return httpPost(`${server.url}/v2/bookings`, {
      eventTypeId: seed.eventTypeId,
      start: seed.freeStarts[n % seed.freeStarts.length],
      attendee: { name: 'Bench', email: `rr${n}@example.com`, timeZone: 'UTC' },
    });
  };
  const one = await measure(bookNext, 200, 1);
  line('http', 'POST /v2/bookings, 50-host round robin, 1 client', latency(one, 'bookings/s'));
  const many = await measure(bookNext, 1000, 16);
  line('http', 'POST /v2/bookings, 50-host round robin, 16 clients', latency(many, 'bookings/s'));
}

/**
 * The team benchmark (issue 6): slot search over a month for a 50-host round robin whose hosts
 * have 40 bookings each, and booking creation on that team. Seeds its own data directory (or
 * the DATABASE_URL given) and runs its own server.
 */
export async function runTeamBench(line: Line, latency: Latency): Promise<void> {
  const env = benchEnv();
  const seed = await seedTeamBench(env);
  const server = await startBenchServer(env);
  try {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await benchTeamSlots(server, seed, line, latency);
    await benchTeamBookings(server, seed, line, latency);
  } finally {
    await server.stop();
  }
}
