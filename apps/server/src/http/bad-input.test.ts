/**
 * "Bad input gets a clear error and loses nothing; a 500 is a bug": every route the server
 * serves, called with malformed path parameters, bodies and queries, by a caller who owns real
 * data (so handlers get past their lookups), answers below 500 and, on the API, in the error
 * envelope.
 */
import type { RouteContract } from '@kairos/contracts';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRouteContracts } from '../routes';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
let headers: Record<string, string>;
/** Real values of the path parameters, by name (`id` by the collection before it). */
const real: Record<string, string> = {};

const NUL = 'a\u0000b';
const BAD_IDS = [
  '0',
  '-1',
  '1.5',
  '99999999999999999999',
  'x',
  'a'.repeat(300),
  "' OR 1=1 --",
  NUL,
];
const BAD_VALUES: unknown[] = [null, 'x', -1, 1e300, {}, [], '9'.repeat(40), true, NUL];
const BAD_BODIES: Array<string | undefined> = [
  undefined,
  'not json',
  '[]',
  'null',
  '"text"',
  '12',
  '{"a":',
];
const BAD_QUERY_VALUES = ['x', '-1', '', '9'.repeat(40), '2026-13-45T99:99:99Z', 'a,b', NUL];

/** The top-level field names of an object schema, as far as zod lets them be read. */
function fieldsOf(schema: RouteContract['body']): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

function pathWith(route: RouteContract, value: (name: string, prefix: string) => string): string {
  return route.path
    .replace('/dashboard/*', '/dashboard/x')
    .replace(/\{(\w+)\}/g, (_match, name: string, offset: number) =>
      encodeURIComponent(value(name, route.path.slice(0, offset))),
    );
}

/** `{id}` is the id of the collection before it: `/v2/teams/{teamId}/event-types/{id}` a team's. */
function realValue(name: string, prefix: string): string {
  if (name !== 'id') return real[name] ?? '1';
  const collection = prefix.split('/').filter(Boolean).at(-1) ?? '';
  return real[`id:${prefix.includes('/teams/') ? 'team-' : ''}${collection}`] ?? '1';
}

interface Probe extends InjectOptions {
  url: string;
  payload?: string | Record<string, unknown>;
}

async function expectHandled(request: Probe, route: RouteContract): Promise<void> {
  const response = await t.app.inject(request);
  const sent =
    typeof request.payload === 'string' ? request.payload : JSON.stringify(request.payload);
  const what = `${String(request.method)} ${request.url} ${(sent ?? '').slice(0, 60)}`;
  if (route.raw) {
    // Booking pages answer 503 "not built" when apps/web/dist is absent: deliberate, not a crash.
    expect(response.statusCode, what).not.toBe(500);
    return;
  }
  expect(response.statusCode, `${what} -> ${response.body.slice(0, 300)}`).toBeLessThan(500);
  if (response.statusCode >= 400) {
    const body = json(response);
    expect(body.status, what).toBe('error');
    expect(typeof body.error?.code, what).toBe('string');
    expect(typeof body.error?.message, what).toBe('string');
  }
}

async function ok(method: string, url: string, payload?: object) {
  const response = await t.app.inject({ method: method as 'POST', url, headers, payload });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`);
  return json(response).data;
}

beforeAll(async () => {
  t = await createTestApp({ config: { allowPrivateWebhookUrls: true } });
  const owner = await t.signedIn({ timeZone: 'UTC' });
  const member = await t.signedIn({ timeZone: 'UTC' });
  headers = owner.headers;
  const eventType = await ok('POST', '/v2/event-types', {
    title: 'Chat',
    slug: 'chat',
    lengthInMinutes: 30,
    minimumBookingNotice: 0,
  });
  const nextMonday = new Date();
  nextMonday.setUTCDate(nextMonday.getUTCDate() + ((8 - nextMonday.getUTCDay()) % 7 || 7));
  nextMonday.setUTCHours(10, 0, 0, 0);
  const booking = await ok('POST', '/v2/bookings', {
    eventTypeId: eventType.id,
    start: nextMonday.toISOString(),
    attendee: { name: 'Guest', email: 'guest@example.com', timeZone: 'UTC' },
  });
  const schedule = await ok('POST', '/v2/schedules', {
    name: 'Extra',
    timeZone: 'UTC',
    isDefault: false,
  });
  const ooo = await ok('POST', '/v2/me/ooo', {
    start: '2030-01-01T00:00:00.000Z',
    end: '2030-01-02T00:00:00.000Z',
  });
  const team = await ok('POST', '/v2/teams', { name: 'Crew', slug: 'crew' });
  const membership = await ok('POST', `/v2/teams/${team.id}/memberships`, {
    userId: member.user.id,
    role: 'MEMBER',
    accepted: true,
  });
  const teamEventType = await ok('POST', `/v2/teams/${team.id}/event-types`, {
    title: 'Crew call',
    slug: 'crew-call',
    lengthInMinutes: 30,
    schedulingType: 'roundRobin',
    assignAllTeamMembers: true,
  });
  const webhook = await ok('POST', '/v2/webhooks', {
    subscriberUrl: 'http://127.0.0.1:9/hook',
    triggers: ['BOOKING_CREATED'],
  });
  Object.assign(real, {
    uid: booking.uid,
    eventTypeId: String(eventType.id),
    'id:event-types': String(eventType.id),
    'id:team-event-types': String(teamEventType.id),
    'id:schedules': String(schedule.id),
    'id:ooo': String(ooo.id),
    teamId: String(team.id),
    membershipId: String(membership.id),
    userId: String(member.user.id),
    webhookId: webhook.id,
    username: owner.user.username,
    eventSlug: 'chat',
    teamSlug: 'crew',
  });
});
afterAll(() => t.close());

// Deleting routes go last, so the real data stays for the others as long as it can.
const routes = [...allRouteContracts].sort(
  (a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'),
);

describe('no route answers malformed input with a 500', () => {
  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s',
    async (_name, route) => {
      const method = route.method;
      if (route.path.includes('{')) {
        for (const id of BAD_IDS) {
          await expectHandled({ method, url: pathWith(route, () => id), headers }, route);
        }
        // Not valid percent-encoding: the router itself refuses it.
        const broken = pathWith(route, () => 'x').replace(/\/x(?=\/|$)/, '/%E0%A4%A');
        await expectHandled({ method, url: broken, headers }, route);
      }
      const url = pathWith(route, realValue);
      if (method !== 'GET') {
        for (const raw of BAD_BODIES) {
          await expectHandled(
            {
              method,
              url,
              headers: { ...headers, 'content-type': 'application/json' },
              ...(raw === undefined ? {} : { payload: raw }),
            },
            route,
          );
        }
        for (const value of BAD_VALUES) {
          const payload = Object.fromEntries(fieldsOf(route.body).map((field) => [field, value]));
          await expectHandled({ method, url, headers, payload }, route);
        }
      }
      for (const field of fieldsOf(route.query)) {
        for (const value of BAD_QUERY_VALUES) {
          const query = `${field}=${encodeURIComponent(value)}`;
          await expectHandled({ method, url: `${url}?${query}`, headers }, route);
        }
      }
    },
  );
});

describe('well-formed values at the edges answer below 500', () => {
  const attendee = { name: 'Edge', email: 'edge@example.com', timeZone: 'UTC' };
  const huge = [2 ** 31, 2 ** 53, 1e300];

  it('ids beyond the database integer, years far away, odd zones and sizes', async () => {
    const eventTypeId = real.eventTypeId;
    const probes: Array<[string, string, unknown?]> = [
      ...huge.flatMap((n): Array<[string, string]> => [
        ['GET', `/v2/slots?eventTypeId=${n}&start=2026-01-01&end=2026-02-01`],
        ['GET', `/v2/slots/available?eventTypeId=${n}&startTime=2026-01-01&endTime=2026-01-02`],
        ['GET', `/v2/slots/explain?eventTypeId=${n}&start=2026-01-05T10:00:00Z`],
        ['GET', `/v2/bookings?eventTypeId=${n}`],
        ['GET', `/v2/bookings?take=${n}&skip=${n}`],
        ['GET', `/v2/webhooks?take=${n}&skip=${n}`],
      ]),
      ...[
        ['0001-01-01', '0001-02-01'],
        ['9999-12-01', '9999-12-31'],
        ['1899-12-31T23:00:00Z', '1900-01-02T00:00:00Z'],
        ['2026-03-01', '2026-01-01'],
        ['2026-01-01', '2036-01-01'],
      ].map(([start, end]): [string, string] => [
        'GET',
        `/v2/slots?eventTypeId=${eventTypeId}&start=${start}&end=${end}&timeZone=Pacific/Kiritimati`,
      ]),
      ...['0001-01-01T00:00:00Z', '9999-12-31T23:30:00Z', '2030-01-07T10:00:00.123456Z'].map(
        (start): [string, string, unknown] => [
          'POST',
          '/v2/bookings',
          { eventTypeId: Number(eventTypeId), start, attendee },
        ],
      ),
      ['POST', '/v2/me/ooo', { start: '0001-01-01T00:00:00Z', end: '9999-12-31T00:00:00Z' }],
      [
        'POST',
        '/v2/bookings',
        {
          eventTypeId: Number(eventTypeId),
          start: '2030-01-07T10:00:00Z',
          recurrenceCount: 1_000_000,
          attendee: { ...attendee, name: 'A'.repeat(10_000), language: 'zz' },
        },
      ],
      [
        'POST',
        '/v2/event-types',
        { title: 'Long', slug: 'long-one', lengthInMinutes: 2 ** 31, slotInterval: 2 ** 31 },
      ],
    ];
    for (const [method, url, payload] of probes) {
      const response = await t.app.inject({
        method: method as 'GET',
        url,
        headers,
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      expect(
        response.statusCode,
        `${method} ${url} -> ${response.body.slice(0, 200)}`,
      ).toBeLessThan(500);
    }
  });
});

describe('NUL characters, which PostgreSQL text cannot hold', () => {
  it('are refused with 422 naming the field in a body, and the URL in a path or query', async () => {
    const body = await t.app.inject({
      method: 'PATCH',
      url: `/v2/event-types/${real.eventTypeId}`,
      headers,
      payload: {
        title: 'A\u0000',
        locations: [{ type: 'link', link: 'https://x.example/\u0000' }],
      },
    });
    expect(body.statusCode).toBe(422);
    expect(json(body).error.details).toEqual([
      { field: 'title', message: 'Text may not contain NUL characters' },
      { field: 'locations.0.link', message: 'Text may not contain NUL characters' },
    ]);
    for (const url of ['/api/public/users/a%00b', '/team/x%00', '/v2/slots?username=a%00']) {
      const response = await t.app.inject({ method: 'GET', url, headers });
      expect(response.statusCode, url).toBe(422);
      expect(json(response).error.details, url).toEqual([
        { field: 'url', message: 'Text may not contain NUL characters (%00)' },
      ]);
    }
  });
});
