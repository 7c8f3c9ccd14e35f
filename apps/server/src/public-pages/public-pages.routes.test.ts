import {
  publicBookingPage,
  publicEventTypePage,
  publicUserPage,
  successEnvelope,
} from '@kairos/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
let ada: Awaited<ReturnType<TestApp['signedIn']>>;

beforeAll(async () => {
  t = await createTestApp();
  ada = await t.signedIn({ username: 'ada-public', name: 'Ada Lovelace' });
  const create = (payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/v2/event-types', headers: ada.headers, payload });
  await create({
    title: 'Intro',
    slug: 'intro',
    lengthInMinutes: 30,
    locations: [{ type: 'address', address: '1 Private Road', public: false }],
    seats: { seatsPerTimeSlot: 4, showAttendeeInfo: false, showAvailabilityCount: true },
  });
  await create({ title: 'Hidden', slug: 'hidden', lengthInMinutes: 15, hidden: true });
  await t.app.inject({
    method: 'PATCH',
    url: '/v2/me',
    headers: ada.headers,
    payload: { brandColor: '#112233', theme: 'dark' },
  });
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('GET /api/public/users/{username}', () => {
  it('shows the profile, its look and the listed event types, never an email', async () => {
    const response = await get('/api/public/users/ADA-PUBLIC');
    expect(response.statusCode).toBe(200);
    const page = successEnvelope(publicUserPage).parse(json(response)).data;
    expect(page.profile).toMatchObject({
      username: 'ada-public',
      name: 'Ada Lovelace',
      appearance: { brandColor: '#112233', theme: 'dark', hideBranding: false },
    });
    expect(page.eventTypes.map((e) => e.slug)).toEqual(['intro']);
    expect(response.body).not.toContain(ada.user.email);
  });

  it('is 404 for nobody', async () => {
    const response = await get('/api/public/users/nobody');
    expect(response.statusCode).toBe(404);
    expect(json(response).error.code).toBe('NOT_FOUND');
  });
});

describe('GET /api/public/users/{username}/event-types/{eventSlug}', () => {
  it('gives the booking form and withholds a private address', async () => {
    const response = await get('/api/public/users/ada-public/event-types/intro');
    const { eventType } = successEnvelope(publicEventTypePage).parse(json(response)).data;
    expect(eventType).toMatchObject({
      title: 'Intro',
      seats: { seatsPerTimeSlot: 4, showAvailabilityCount: true },
      hosts: [{ name: 'Ada Lovelace', username: 'ada-public' }],
      locations: [{ type: 'address', public: false }],
    });
    expect(response.body).not.toContain('Private Road');
  });

  it('finds hidden event types by their link, and 404s unknown slugs', async () => {
    expect((await get('/api/public/users/ada-public/event-types/hidden')).statusCode).toBe(200);
    expect((await get('/api/public/users/ada-public/event-types/nope')).statusCode).toBe(404);
  });
});

describe('GET /api/public/bookings/{uid}', () => {
  it("shows a booking to its uid's holder with its event type and the host's look", async () => {
    const eventType = json(await get('/api/public/users/ada-public/event-types/intro')).data
      .eventType;
    const start = new Date(Date.now() + 7 * 86_400_000);
    start.setUTCHours(14, 0, 0, 0);
    while ([0, 6].includes(start.getUTCDay())) start.setUTCDate(start.getUTCDate() + 1);
    const created = await t.app.inject({
      method: 'POST',
      url: '/v2/bookings',
      payload: {
        eventTypeId: eventType.id,
        start: start.toISOString(),
        attendee: { name: 'Grace', email: 'grace@example.com', timeZone: 'UTC' },
      },
    });
    expect(created.statusCode).toBe(201);
    const { uid, seatUid } = json(created).data;
    const response = await get(`/api/public/bookings/${uid}?seatUid=${seatUid}`);
    expect(response.statusCode).toBe(200);
    const page = successEnvelope(publicBookingPage).parse(json(response)).data;
    expect(page.booking.attendees).toEqual([
      expect.objectContaining({ email: 'grace@example.com', seatUid }),
    ]);
    expect(page.eventType?.slug).toBe('intro');
    expect(page.profile?.appearance.brandColor).toBe('#112233');
    expect((await get('/api/public/bookings/unknownuid')).statusCode).toBe(404);
  });
});

describe('GET /api/public/teams/{teamSlug}', () => {
  it("shows a team's look and listed event types, and one of them by slug", async () => {
    const team = json(
      await t.app.inject({
        method: 'POST',
        url: '/v2/teams',
        headers: ada.headers,
        payload: { name: 'Support', slug: 'support-desk', brandColor: '#007a5a' },
      }),
    ).data;
    for (const [slug, hidden] of [
      ['help', false],
      ['vip', true],
    ] as const) {
      const created = await t.app.inject({
        method: 'POST',
        url: `/v2/teams/${team.id}/event-types`,
        headers: ada.headers,
        payload: {
          title: slug,
          slug,
          lengthInMinutes: 30,
          hidden,
          schedulingType: 'collective',
          hosts: [{ userId: ada.user.id }],
        },
      });
      expect(created.statusCode).toBe(201);
    }
    const page = successEnvelope(publicUserPage).parse(
      json(await get('/api/public/teams/support-desk')),
    ).data;
    expect(page.profile).toMatchObject({
      name: 'Support',
      bookingPath: '/team/support-desk',
      appearance: { brandColor: '#007a5a', darkBrandColor: '#fafafa', theme: 'auto' },
    });
    expect(page.eventTypes.map((e) => e.slug)).toEqual(['help']);
    const vip = await get('/api/public/teams/support-desk/event-types/vip');
    expect(json(vip).data.eventType.hosts).toEqual([
      { name: 'Ada Lovelace', username: 'ada-public' },
    ]);
    expect((await get('/api/public/teams/nobody')).statusCode).toBe(404);
    expect((await get('/api/public/teams/support-desk/event-types/none')).statusCode).toBe(404);
  });
});
