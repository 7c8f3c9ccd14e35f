import { useCallback, useEffect, useRef, useState } from 'react';
import { earlySlots, fetchSlots, type SlotEntry, type SlotsByDate } from '../api/public-api';
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
  const answers = useRef(new Map<string, SlotsByDate | 'failed'>());
  const [, setVersion] = useState(0);
  const [round, setRound] = useState(0);
  const prefix = `${source.eventTypeId}|${source.timeZone}|${source.duration ?? ''}|${round}`;

  // Asked for while rendering (once per key), so the request leaves before the first paint; an
  // answer index.html already has is used in this very render.
  const pending: Array<readonly [string, Promise<SlotsByDate>]> = [];
  for (const month of months) {
    const key = `${prefix}|${month}`;
    if (answers.current.has(key)) continue;
    const query = {
      eventTypeId: source.eventTypeId,
      ...monthWindow(month, source.timeZone),
      timeZone: source.timeZone,
      duration: source.duration,
      bookingUidToReschedule: source.rescheduleUid,
    };
    const ready = cache.current.has(key) ? undefined : earlySlots(query);
    if (ready) {
      answers.current.set(key, ready);
      continue;
    }
    let answer = cache.current.get(key);
    if (!answer) {
      answer = fetchSlots(query);
      cache.current.set(key, answer);
      answer.catch(() => undefined);
    }
    pending.push([key, answer]);
  }
  const pendingKey = pending.map(([key]) => key).join(',');

  useEffect(() => {
    let current = true;
    const settle = (key: string, value: SlotsByDate | 'failed') => {
      if (!current) return;
      answers.current.set(key, value);
      setVersion((n) => n + 1);
    };
    for (const [key, answer] of pending) {
      answer.then(
        (byDate) => settle(key, byDate),
        () => settle(key, 'failed'),
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
    const answer = answers.current.get(`${prefix}|${month}`);
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
    answers.current.clear();
    setRound((n) => n + 1);
  }, []);
  return { byDate, isLoading, failed, loadedMonths, reload };
}
