import { eventTypeOutput, successEnvelope } from '@kairos/contracts';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';
import {
  eventTypeRow,
  fullInput,
  hostRows,
  insertSchedule,
  minimalInput,
  postEventType,
} from './testing/event-type-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

describe('POST /v2/event-types with GET and DELETE', () => {
  it('round-trips an event type with every option set', async () => {
    const { user, headers } = await t.signedIn({ name: 'Ada', username: 'ada-full' });
    const scheduleId = await insertSchedule(t, user.id);
    const input = fullInput(scheduleId);
    const created = await postEventType(t, headers, input);
    expect(created.statusCode).toBe(201);
    const data = successEnvelope(eventTypeOutput).parse(json(created)).data;
    expect(json(created).data).toEqual({
      ...input,
      recurrence: null,
      id: data.id,
      ownerId: user.id,
      price: 0,
      currency: 'usd',
      users: [{ id: user.id, name: 'Ada', username: 'ada-full' }],
      hosts: [
        { userId: user.id, name: 'Ada', username: 'ada-full', mandatory: true, priority: 'medium' },
      ],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });

    const read = await get(`/v2/event-types/${data.id}`, headers);
    expect(read.statusCode).toBe(200);
    expect(json(read).data).toEqual(json(created).data);

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/v2/event-types/${data.id}`,
      headers,
    });
    expect(deleted.statusCode).toBe(200);
    expect(json(deleted)).toEqual({
      status: 'success',
      data: { id: data.id, lengthInMinutes: 60, slug: 'deep-dive', title: 'Deep dive' },
    });
    expect((await get(`/v2/event-types/${data.id}`, headers)).statusCode).toBe(404);
    expect(await eventTypeRow(t, data.id)).toBeUndefined();
    expect(await hostRows(t, data.id)).toEqual([]);
  });

  it('fills in the default of every setting left out', async () => {
    const { headers } = await t.signedIn();
    const response = await postEventType(t, headers, minimalInput());
    expect(response.statusCode).toBe(201);
    expect(json(response).data).toMatchObject({
      title: 'Intro call',
      slug: 'intro-call',
      lengthInMinutes: 30,
      lengthInMinutesOptions: null,
      description: null,
      locations: [{ type: 'integration', integration: 'cal-video' }],
      bookingFields: [],
      disableGuests: false,
      slotInterval: null,
      minimumBookingNotice: 120,
      beforeEventBuffer: 0,
      afterEventBuffer: 0,
      offsetStart: 0,
      scheduleId: null,
      bookingWindow: null,
      bookingLimitsCount: null,
      bookingLimitsDuration: null,
      onlyShowFirstAvailableSlot: false,
      seats: null,
      recurrence: null,
      confirmationPolicy: null,
      hidden: false,
      successRedirectUrl: null,
      isInstantEvent: false,
      metadata: {},
    });
  });

  it('writes the owner as the one mandatory host in the same request', async () => {
    const { user, headers } = await t.signedIn();
    const { data } = json(await postEventType(t, headers, minimalInput()));
    expect(await hostRows(t, data.id)).toEqual([{ user_id: user.id, is_fixed: true, priority: 2 }]);
  });

  it('stores options given as {disabled: true} as SQL NULL and the others normalized', async () => {
    const { headers } = await t.signedIn();
    const response = await postEventType(t, headers, {
      ...minimalInput(),
      bookingWindow: { type: 'calendarDays', value: 30, disabled: false },
      bookingLimitsCount: { disabled: true },
      seats: { disabled: true },
      confirmationPolicy: null,
    });
    expect(response.statusCode).toBe(201);
    const row = await eventTypeRow(t, json(response).data.id);
    expect(row).toMatchObject({
      booking_window: { type: 'calendarDays', value: 30, rolling: false },
      booking_limits_count: null,
      seats: null,
      confirmation_policy: null,
    });
  });

  it('refuses a slug the owner already uses with 409 on slug', async () => {
    const { headers, user } = await t.signedIn();
    expect((await postEventType(t, headers, minimalInput('standup'))).statusCode).toBe(201);
    const again = await postEventType(t, headers, { ...minimalInput('standup'), title: 'Other' });
    expect(again.statusCode).toBe(409);
    expect(json(again).error).toMatchObject({
      code: 'CONFLICT',
      details: [{ field: 'slug', message: 'Already taken' }],
    });
    const list = json(await get('/v2/event-types', headers)).data;
    expect(list.map((e: { ownerId: number; title: string }) => [e.ownerId, e.title])).toEqual([
      [user.id, 'Intro call'],
    ]);
  });

  it('lets two users use the same slug', async () => {
    const alice = await t.signedIn();
    const bob = await t.signedIn();
    expect((await postEventType(t, alice.headers, minimalInput('chat'))).statusCode).toBe(201);
    expect((await postEventType(t, bob.headers, minimalInput('chat'))).statusCode).toBe(201);
  });

  it('needs an API key', async () => {
    const response = await postEventType(t, {}, minimalInput());
    expect(response.statusCode).toBe(401);
  });
});

describe('GET /v2/event-types', () => {
  const slugsOf = (response: { body: string }) =>
    z
      .array(eventTypeOutput)
      .parse(JSON.parse(response.body).data)
      .map((e) => e.slug);

  it("lists only the caller's own event types, hidden ones included", async () => {
    const alice = await t.signedIn();
    const bob = await t.signedIn();
    await postEventType(t, alice.headers, minimalInput('first'));
    await postEventType(t, alice.headers, { ...minimalInput('secret'), hidden: true });
    await postEventType(t, bob.headers, minimalInput('bobs'));
    expect(slugsOf(await get('/v2/event-types', alice.headers))).toEqual(['first', 'secret']);
    expect(slugsOf(await get('/v2/event-types?sortCreatedAt=desc', alice.headers))).toEqual([
      'secret',
      'first',
    ]);
    expect(slugsOf(await get('/v2/event-types?eventSlug=secret', alice.headers))).toEqual([
      'secret',
    ]);
  });

  it("lists a user's public event types by username without a key, hidden ones left out", async () => {
    const { headers } = await t.signedIn({ username: 'grace' });
    await postEventType(t, headers, minimalInput('open'));
    await postEventType(t, headers, { ...minimalInput('private'), hidden: true });
    const response = await get('/v2/event-types?username=Grace');
    expect(response.statusCode).toBe(200);
    expect(slugsOf(response)).toEqual(['open']);
    expect(json(response).data[0].users).toEqual([
      { id: expect.any(Number), name: expect.any(String), username: 'grace' },
    ]);
    expect(response.body).not.toContain('@example.com');
  });

  it('finds one event type by username and eventSlug, a hidden one too (booking links)', async () => {
    const { headers } = await t.signedIn({ username: 'linus' });
    await postEventType(t, headers, minimalInput('one'));
    await postEventType(t, headers, minimalInput('two'));
    await postEventType(t, headers, { ...minimalInput('three'), hidden: true });
    expect(slugsOf(await get('/v2/event-types?username=linus&eventSlug=two'))).toEqual(['two']);
    expect(slugsOf(await get('/v2/event-types?username=linus&eventSlug=three'))).toEqual(['three']);
    expect(slugsOf(await get('/v2/event-types?username=linus&eventSlug=four'))).toEqual([]);
    expect(slugsOf(await get('/v2/event-types?username=nobody-here'))).toEqual([]);
  });

  it('shows others only the type of a location that is not public', async () => {
    const { headers } = await t.signedIn({ username: 'margaret' });
    const locations = [
      { type: 'link', link: 'https://meet.example.com/secret-room', public: false },
      { type: 'address', address: '10 Downing St', public: true },
      { type: 'phone', phone: '+442071234567', public: false },
    ];
    await postEventType(t, headers, { ...minimalInput(), locations });
    const anonymous = await get('/v2/event-types?username=margaret');
    expect(json(anonymous).data[0].locations).toEqual([
      { type: 'link', public: false },
      { type: 'address', address: '10 Downing St', public: true },
      { type: 'phone', public: false },
    ]);
    expect(anonymous.body).not.toContain('secret-room');
    const owner = await get('/v2/event-types?username=margaret', headers);
    expect(json(owner).data[0].locations).toEqual(locations);
  });

  it('answers 401 without a key or a username', async () => {
    const response = await get('/v2/event-types?eventSlug=one');
    expect(response.statusCode).toBe(401);
    expect(json(response).error.code).toBe('UNAUTHORIZED');
  });
});

describe('GET and DELETE /v2/event-types/{id} of another user', () => {
  it('are 404 and leave the event type as it was', async () => {
    const owner = await t.signedIn();
    const stranger = await t.signedIn();
    const { data } = json(await postEventType(t, owner.headers, minimalInput()));
    const url = `/v2/event-types/${data.id}`;
    expect((await get(url, stranger.headers)).statusCode).toBe(404);
    const deleted = await t.app.inject({ method: 'DELETE', url, headers: stranger.headers });
    expect(deleted.statusCode).toBe(404);
    expect(json(deleted).error.code).toBe('NOT_FOUND');
    expect(json(await get(url, owner.headers)).data).toEqual(data);
  });

  it('are 404 for an id that does not exist, and 422 for one that is not a number', async () => {
    const { headers } = await t.signedIn();
    expect((await get('/v2/event-types/2147483647', headers)).statusCode).toBe(404);
    const bad = await get('/v2/event-types/abc', headers);
    expect(bad.statusCode).toBe(422);
    expect(json(bad).error.details).toEqual([{ field: 'id', message: expect.any(String) }]);
  });
});
