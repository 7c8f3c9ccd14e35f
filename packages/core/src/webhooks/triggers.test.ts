import { describe, expect, it } from 'vitest';
import { bookingEventEffect, WEBHOOK_TRIGGERS } from './triggers';

describe('webhook triggers', () => {
  it("include the PRD's ten and Cal.com's names", () => {
    for (const trigger of [
      'BOOKING_CREATED',
      'BOOKING_RESCHEDULED',
      'BOOKING_CANCELLED',
      'BOOKING_PAID',
      'BOOKING_NO_SHOW',
      'MEETING_STARTED',
      'MEETING_ENDED',
      'RECORDING_READY',
      'FORM_SUBMITTED',
      'OOO_CREATED',
      'BOOKING_REQUESTED',
      'BOOKING_REJECTED',
      'BOOKING_NO_SHOW_UPDATED',
      'BOOKING_PAYMENT_INITIATED',
      'INSTANT_MEETING',
    ]) {
      expect(WEBHOOK_TRIGGERS).toContain(trigger);
    }
    expect(new Set(WEBHOOK_TRIGGERS).size).toBe(WEBHOOK_TRIGGERS.length);
  });

  it.each([
    ['BOOKING_CREATED', {}, ['BOOKING_CREATED'], true, false, false],
    [
      'BOOKING_CREATED',
      { isInstant: true },
      ['BOOKING_CREATED', 'INSTANT_MEETING'],
      true,
      false,
      false,
    ],
    ['BOOKING_CONFIRMED', {}, ['BOOKING_CREATED'], true, false, false],
    ['BOOKING_REQUESTED', {}, ['BOOKING_REQUESTED'], false, false, false],
    ['BOOKING_RESCHEDULED', { status: 'accepted' }, ['BOOKING_RESCHEDULED'], true, false, true],
    ['BOOKING_RESCHEDULED', { status: 'pending' }, ['BOOKING_RESCHEDULED'], false, false, true],
    ['BOOKING_CANCELLED', {}, ['BOOKING_CANCELLED'], false, true, false],
    ['BOOKING_CANCELLED', { seatUid: 's1' }, ['BOOKING_CANCELLED'], false, false, false],
    ['BOOKING_REJECTED', {}, ['BOOKING_REJECTED'], false, true, false],
    [
      'BOOKING_NO_SHOW_UPDATED',
      { attendeesAbsent: [false, true] },
      ['BOOKING_NO_SHOW_UPDATED', 'BOOKING_NO_SHOW'],
      false,
      false,
      false,
    ],
    [
      'BOOKING_NO_SHOW_UPDATED',
      { hostAbsent: true, attendeesAbsent: [] },
      ['BOOKING_NO_SHOW_UPDATED', 'BOOKING_NO_SHOW'],
      false,
      false,
      false,
    ],
    [
      'BOOKING_NO_SHOW_UPDATED',
      { hostAbsent: false, attendeesAbsent: [false] },
      ['BOOKING_NO_SHOW_UPDATED'],
      false,
      false,
      false,
    ],
  ] as const)('%s %o -> %o', (kind, facts, triggers, schedules, drops, dropsPrevious) => {
    expect(bookingEventEffect(kind, facts)).toEqual({
      triggers,
      schedulesMeetings: schedules,
      dropsMeetings: drops,
      dropsPreviousMeetings: dropsPrevious,
    });
  });
});
