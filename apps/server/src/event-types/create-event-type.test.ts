import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';
import {
  eventTypeCount,
  insertSchedule,
  minimalInput,
  postEventType,
} from './testing/event-type-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const select = { type: 'select', slug: 'topic', label: 'Topic', required: true };

/** [rule, body changes, the one field reported] */
const invalid: Array<[string, object, string]> = [
  [
    'limits count must not decrease',
    { bookingLimitsCount: { day: 5, week: 3 } },
    'bookingLimitsCount.week',
  ],
  [
    'duration limits must not decrease',
    { bookingLimitsDuration: { week: 600, year: 500 } },
    'bookingLimitsDuration.year',
  ],
  ['each limit is at least 1', { bookingLimitsCount: { month: 0 } }, 'bookingLimitsCount.month'],
  ['a limit names at least one period', { bookingLimitsCount: {} }, 'bookingLimitsCount'],
  [
    'a range ends on or after its start',
    { bookingWindow: { type: 'range', value: ['2030-09-09', '2030-09-05'] } },
    'bookingWindow.value',
  ],
  [
    'range dates are real dates',
    { bookingWindow: { type: 'range', value: ['2030-02-01', '2030-02-30'] } },
    'bookingWindow.value.1',
  ],
  ['a window type is known', { bookingWindow: { type: 'weeks', value: 2 } }, 'bookingWindow.type'],
  ['select fields need options', { bookingFields: [select] }, 'bookingFields.0.options'],
  [
    'radio fields need at least one option',
    { bookingFields: [{ ...select, type: 'radio', options: [] }] },
    'bookingFields.0.options',
  ],
  [
    'booking field slugs are unique',
    {
      bookingFields: [
        { ...select, type: 'text' },
        { ...select, options: ['a'] },
      ],
    },
    'bookingFields.1.slug',
  ],
  [
    'custom fields cannot take a built-in slug',
    { bookingFields: [{ ...select, type: 'text', slug: 'notes' }] },
    'bookingFields.0.slug',
  ],
  [
    'lengthInMinutesOptions includes lengthInMinutes',
    { lengthInMinutesOptions: [15, 45] },
    'lengthInMinutesOptions',
  ],
  [
    'seats and recurrence do not combine',
    {
      seats: { seatsPerTimeSlot: 3 },
      recurrence: { frequency: 'weekly', interval: 1, occurrences: 4 },
    },
    'recurrence',
  ],
  ['seats are at most 1000', { seats: { seatsPerTimeSlot: 1001 } }, 'seats.seatsPerTimeSlot'],
  [
    'occurrences are at most 730',
    { recurrence: { frequency: 'monthly', interval: 1, occurrences: 731 } },
    'recurrence.occurrences',
  ],
  [
    'a time confirmation policy needs a threshold',
    { confirmationPolicy: { type: 'time', blockUnconfirmedBookingsInBooker: false } },
    'confirmationPolicy.noticeThreshold',
  ],
  ['an empty list of locations is refused', { locations: [] }, 'locations'],
  [
    'links are http or https',
    { locations: [{ type: 'link', link: 'ftp://x.example', public: true }] },
    'locations.0.link',
  ],
  [
    'integrations are known apps',
    { locations: [{ type: 'integration', integration: 'skype-for-business' }] },
    'locations.0.integration',
  ],
  ['slugs are lowercase letters, digits and hyphens', { slug: 'Intro Call' }, 'slug'],
  ['events last at least a minute', { lengthInMinutes: 0 }, 'lengthInMinutes'],
  ['events last at most a day', { lengthInMinutes: 1441 }, 'lengthInMinutes'],
  [
    'success redirects are http or https',
    { successRedirectUrl: 'javascript:alert(1)' },
    'successRedirectUrl',
  ],
  [
    'metadata has at most 50 keys',
    { metadata: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])) },
    'metadata',
  ],
];

describe('POST /v2/event-types validation', () => {
  it.each(invalid)('rejects with 422 when %s', async (_rule, changes, field) => {
    const { user, headers } = await t.signedIn();
    const response = await postEventType(t, headers, { ...minimalInput(), ...changes });
    expect(response.statusCode).toBe(422);
    expect(json(response).error).toMatchObject({
      code: 'VALIDATION_ERROR',
      details: [{ field, message: expect.any(String) }],
    });
    expect(await eventTypeCount(t, user.id)).toBe(0);
  });

  it('reports every missing required field, one entry each', async () => {
    const { headers } = await t.signedIn();
    const response = await postEventType(t, headers, { description: 'No basics' });
    expect(response.statusCode).toBe(422);
    expect(
      json(response)
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['lengthInMinutes', 'slug', 'title']);
  });

  it("refuses another user's schedule as 422 on scheduleId", async () => {
    const { headers } = await t.signedIn();
    const stranger = await t.factories.user();
    const theirs = await insertSchedule(t, stranger.id);
    for (const scheduleId of [theirs, 2_000_000_000]) {
      const response = await postEventType(t, headers, { ...minimalInput(), scheduleId });
      expect(response.statusCode).toBe(422);
      expect(json(response).error.details).toEqual([
        { field: 'scheduleId', message: 'No schedule of yours has this id' },
      ]);
    }
  });

  it("accepts one of the caller's schedules", async () => {
    const { user, headers } = await t.signedIn();
    const scheduleId = await insertSchedule(t, user.id);
    const response = await postEventType(t, headers, { ...minimalInput(), scheduleId });
    expect(response.statusCode).toBe(201);
    expect(json(response).data.scheduleId).toBe(scheduleId);
  });

  it('accepts limits that are equal across periods and a one-day range', async () => {
    const { headers } = await t.signedIn();
    const response = await postEventType(t, headers, {
      ...minimalInput(),
      bookingLimitsCount: { day: 3, week: 3, month: 3 },
      bookingWindow: { type: 'range', value: ['2030-09-05', '2030-09-05'] },
    });
    expect(response.statusCode).toBe(201);
    expect(json(response).data.bookingLimitsCount).toEqual({ day: 3, week: 3, month: 3 });
  });
});
