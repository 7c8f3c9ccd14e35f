import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchSlots, type SlotEntry, type SlotsByDate } from '../api/public-api';
import { addMonths, zonedToUtc } from '../time/zoned';

export interface SlotsSource {
  eventTypeId: number;
  timeZone: string;
  duration: number | undefined;
  rescheduleUid: string | undefined;
}

export interface SlotsState {
  byDate: SlotsByDate;
  /** Months still loading. */
  isLoading: boolean;
  failed: boolean;
  /** Every loaded month (even when some dates have no slots). */
  loadedMonths: Set<string>;
  /** Forget every answer and ask again (after a slot was taken meanwhile). */
  reload: () => void;
}

/** The instants bounding a month in the zone: its first midnight to the next month's. */
function monthWindow(month: string, timeZone: string) {
  const start = zonedToUtc(`${month}-01`, 0, timeZone);
  const end = zonedToUtc(`${addMonths(month, 1)}-01`, 0, timeZone) - 1;
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

/**
 * Slots of whole months, by local date in the visitor's zone; each month is asked for once per
 * zone and duration and kept while the Booker is open.
 */
export function useSlots(source: SlotsSource, months: string[]): SlotsState {
  const cache = useRef(new Map<string, Promise<SlotsByDate>>());
  const [answers, setAnswers] = useState<Record<string, SlotsByDate | 'failed'>>({});
  const [round, setRound] = useState(0);
  const prefix = `${source.eventTypeId}|${source.timeZone}|${source.duration ?? ''}|${round}`;

  // Asked for while rendering (once per key), so the request leaves before the first paint.
  const pending = months.map((month) => {
    const key = `${prefix}|${month}`;
    let answer = cache.current.get(key);
    if (!answer) {
      answer = fetchSlots({
        eventTypeId: source.eventTypeId,
        ...monthWindow(month, source.timeZone),
        timeZone: source.timeZone,
        duration: source.duration,
        bookingUidToReschedule: source.rescheduleUid,
      });
      cache.current.set(key, answer);
      answer.catch(() => undefined);
    }
    return [key, answer] as const;
  });
  const pendingKey = pending.map(([key]) => key).join(',');

  useEffect(() => {
    let current = true;
    for (const [key, answer] of pending) {
      answer.then(
        (byDate) =>
          current && setAnswers((all) => (all[key] === byDate ? all : { ...all, [key]: byDate })),
        () => current && setAnswers((all) => ({ ...all, [key]: 'failed' })),
      );
    }
    return () => {
      current = false;
    };
    // `pending` is rebuilt each render; its keys say what it holds.
  }, [pendingKey]);

  const byDate: Record<string, SlotEntry[]> = {};
  const loadedMonths = new Set<string>();
  let isLoading = false;
  let failed = false;
  for (const month of months) {
    const answer = answers[`${prefix}|${month}`];
    if (answer === undefined) isLoading = true;
    else if (answer === 'failed') failed = true;
    else {
      loadedMonths.add(month);
      for (const [date, slots] of Object.entries(answer)) {
        if (date.startsWith(month)) byDate[date] = slots;
      }
    }
  }
  const reload = useCallback(() => {
    cache.current.clear();
    setRound((n) => n + 1);
  }, []);
  return { byDate, isLoading, failed, loadedMonths, reload };
}
