import type { AvailableSlotsOutput, SlotsOutput } from '@kairos/contracts';
import {
  formatLocal,
  formatLocalDate,
  formatUtcIso,
  groupSlotsByLocalDate,
  parseLocalDate,
  type Slot,
} from '@kairos/core';

/** ISO text of an instant: with the zone's offset when a zone was asked for, else UTC. */
const isoIn = (minute: number, timeZone: string | undefined) =>
  timeZone ? formatLocal(minute, timeZone).iso : formatUtcIso(minute);

/** Cal.com 2024-09-04: `{date: [{start, end?, seats…}]}`, dates without slots absent. */
export function presentSlots(
  slots: Slot[],
  timeZone: string | undefined,
  format: 'time' | 'range' | undefined,
): SlotsOutput {
  const grouped = groupSlotsByLocalDate(slots, timeZone ?? 'UTC');
  const out: SlotsOutput = {};
  for (const [date, daySlots] of Object.entries(grouped)) {
    out[date] = daySlots.map((slot) => {
      const entry: SlotsOutput[string][number] = { start: isoIn(slot.start, timeZone) };
      if (format === 'range') entry.end = isoIn(slot.end, timeZone);
      if (slot.seats) {
        entry.seatsBooked = slot.seats.booked;
        entry.seatsRemaining = slot.seats.remaining;
        entry.seatsTotal = slot.seats.total;
        if (slot.seats.bookingUid) entry.bookingUid = slot.seats.bookingUid;
      }
      return entry;
    });
  }
  return out;
}

/**
 * The PRD's legacy shape: every local date of the window as a key, times as "HH:MM:SS" in the
 * zone; Cal.com's legacy `slotFormat` gives `{time}` or `{startTime, endTime}` objects instead.
 */
export function presentAvailableSlots(
  slots: Slot[],
  window: { start: number; end: number },
  timeZone: string,
  slotFormat: 'time' | 'range' | undefined,
): AvailableSlotsOutput {
  const out: AvailableSlotsOutput['slots'] = {};
  const first = parseLocalDate(formatLocal(window.start, timeZone).localDate);
  const last = parseLocalDate(formatLocal(window.end - 1, timeZone).localDate);
  for (let day = first; day <= last; day++) out[formatLocalDate(day)] = [];
  for (const [date, daySlots] of Object.entries(groupSlotsByLocalDate(slots, timeZone))) {
    out[date] = daySlots.map((slot) => {
      const local = formatLocal(slot.start, timeZone);
      if (slotFormat === 'time') return { time: local.iso };
      if (slotFormat === 'range')
        return { startTime: local.iso, endTime: formatLocal(slot.end, timeZone).iso };
      return local.localTime;
    });
  }
  return { slots: out };
}
