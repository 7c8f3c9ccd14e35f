import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';
import {
  eventTypeRow,
  fullInput,
  insertSchedule,
  minimalInput,
  postEventType,
} from './testing/event-type-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Headers = Record<string, string>;

const patch = (headers: Headers, id: number, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `/v2/event-types/${id}`, headers, payload });

async function created(headers: Headers, body: object = minimalInput()) {
  const response = await postEventType(t, headers, body);
  expect(response.statusCode).toBe(201);
  return json(response).data;
}

describe('PATCH /v2/event-types/{id}', () => {
  it('changes the settings given, turns options off and on, and keeps the rest', async () => {
    const { user, headers } = await t.signedIn();
    const before = await created(headers, fullInput(await insertSchedule(t, user.id)));
    const response = await patch(headers, before.id, {
      title: 'Deeper dive',
      lengthInMinutes: 90,
      seats: { disabled: true },
      recurrence: { frequency: 'weekly', interval: 2, occurrences: 6 },
      bookingWindow: { type: 'range', value: ['2030-01-01', '2030-03-31'] },
      bookingLimitsCount: { week: 4 },
      scheduleId: null,
      description: null,
      metadata: {},
    });
    expect(response.statusCode).toBe(200);
    expect(json(response).data).toEqual({
      ...before,
      title: 'Deeper dive',
      lengthInMinutes: 90,
      seats: null,
      recurrence: { frequency: 'weekly', interval: 2, occurrences: 6 },
      bookingWindow: { type: 'range', value: ['2030-01-01', '2030-03-31'] },
      bookingLimitsCount: { week: 4 },
      scheduleId: null,
      description: null,
      metadata: {},
      updatedAt: expect.any(String),
    });
    const read = await t.app.inject({
      method: 'GET',
      url: `/v2/event-types/${before.id}`,
      headers,
    });
    expect(json(read).data).toEqual(json(response).data);
    expect(await eventTypeRow(t, before.id)).toMatchObject({ seats: null, schedule_id: null });
  });

  it('rejects a length that the stored lengthInMinutesOptions leave out', async () => {
    const { headers } = await t.signedIn();
    const before = await created(headers, { ...minimalInput(), lengthInMinutesOptions: [15, 30] });
    const response = await patch(headers, before.id, { lengthInMinutes: 45 });
    expect(response.statusCode).toBe(422);
    expect(json(response).error.details).toEqual([
      { field: 'lengthInMinutesOptions', message: 'Must include lengthInMinutes (45)' },
    ]);
    const ok = await patch(headers, before.id, {
      lengthInMinutes: 45,
      lengthInMinutesOptions: null,
    });
    expect(ok.statusCode).toBe(200);
  });

  it('rejects recurrence on an event type that has seats, unless the same patch drops them', async () => {
    const { headers } = await t.signedIn();
    const before = await created(headers, { ...minimalInput(), seats: { seatsPerTimeSlot: 4 } });
    const recurrence = { frequency: 'monthly', interval: 1, occurrences: 3 };
    const refused = await patch(headers, before.id, { recurrence });
    expect(refused.statusCode).toBe(422);
    expect(json(refused).error.details).toEqual([
      { field: 'recurrence', message: 'A recurring event type cannot have seats' },
    ]);
    const accepted = await patch(headers, before.id, { recurrence, seats: { disabled: true } });
    expect(accepted.statusCode).toBe(200);
    expect(json(accepted).data).toMatchObject({ recurrence, seats: null });
  });

  it("rejects another user's schedule and changes nothing", async () => {
    const { headers } = await t.signedIn();
    const stranger = await t.factories.user();
    const before = await created(headers);
    const response = await patch(headers, before.id, {
      title: 'Renamed',
      scheduleId: await insertSchedule(t, stranger.id),
    });
    expect(response.statusCode).toBe(422);
    expect(json(response).error.details).toEqual([
      { field: 'scheduleId', message: 'No schedule of yours has this id' },
    ]);
    expect((await eventTypeRow(t, before.id))!.title).toBe('Intro call');
  });

  it('reports a validation failure per field and changes nothing', async () => {
    const { headers } = await t.signedIn();
    const before = await created(headers);
    const response = await patch(headers, before.id, {
      title: 'Renamed',
      bookingLimitsDuration: { day: 60, week: 30 },
      bookingFields: [{ type: 'multiselect', slug: 'langs', label: 'Languages', required: true }],
    });
    expect(response.statusCode).toBe(422);
    expect(json(response).error.details.map((d: { field: string }) => d.field)).toEqual([
      'bookingFields.0.options',
      'bookingLimitsDuration.week',
    ]);
    expect((await eventTypeRow(t, before.id))!.title).toBe('Intro call');
  });

  it('answers 409 on slug when the new slug is taken, and keeps the old one', async () => {
    const { headers } = await t.signedIn();
    await created(headers, minimalInput('taken'));
    const before = await created(headers, minimalInput('mine'));
    const response = await patch(headers, before.id, { slug: 'taken' });
    expect(response.statusCode).toBe(409);
    expect(json(response).error.details).toEqual([{ field: 'slug', message: 'Already taken' }]);
    expect((await eventTypeRow(t, before.id))!.slug).toBe('mine');
  });

  it("is 404 on another user's event type and leaves it unchanged", async () => {
    const owner = await t.signedIn();
    const stranger = await t.signedIn();
    const before = await created(owner.headers);
    const response = await patch(stranger.headers, before.id, { title: 'Hijacked' });
    expect(response.statusCode).toBe(404);
    expect(json(response).error.code).toBe('NOT_FOUND');
    const read = await t.app.inject({
      method: 'GET',
      url: `/v2/event-types/${before.id}`,
      headers: owner.headers,
    });
    expect(json(read).data).toEqual(before);
  });
});
