import type { BookingOutput, PublicEventType, PublicProfile } from '@kairos/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { remember } from '../api/client';
import { paths, type SlotEntry } from '../api/public-api';
import { useEmbed } from '../app/embed-context';
import { PageFrame } from '../app/page-frame';
import { navigate, pageHref } from '../app/router';
import { emitEmbedEvent } from '../embed/bridge';
import { en } from '../i18n/en';
import { formatDate } from '../time/format';
import { preferredHour12, preferredTimeZone, saveHour12, saveTimeZone } from '../time/preferences';
import { addDays, localDate, monthOf, startOfWeek } from '../time/zoned';
import { announceBooking } from './announce-booking';
import { BookerToolbar, layouts, type Layout } from './booker-controls';
import { BookingForm } from './booking-form';
import { ColumnView } from './column-view';
import { EventDetails } from './event-details';
import { MonthCalendar } from './month-view';
import { SlotList } from './slot-list';
import { useSlots } from './use-slots';
import { WeekView } from './week-view';

export interface BookerProps {
  eventType: PublicEventType;
  profile: PublicProfile;
  /** Rescheduling this booking: same Booker, its own time freed, a reschedule on submit. */
  reschedule: BookingOutput | null;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const COLUMN_DAYS = 5;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const asLayout = (value: unknown): Layout | null =>
  layouts.includes(value as Layout) ? (value as Layout) : null;

/** Keeps the chosen date and time in the address, so the page can be shared or reloaded. */
function replaceQuery(changes: Record<string, string | null>): void {
  const params = new URLSearchParams(location.search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const search = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

/** The Booker: pick a duration, a date and a time, then fill in the form. */
export function Booker({ eventType, profile, reschedule }: BookerProps) {
  const params = useMemo(() => new URLSearchParams(location.search), []);
  const { isEmbed, ui } = useEmbed();
  const [timeZone, setTimeZone] = useState(() => preferredTimeZone(location.search));
  const [hour12, setHour12] = useState(preferredHour12);
  const [layout, setLayout] = useState<Layout>(
    () => asLayout(ui.layout) ?? asLayout(params.get('layout')) ?? 'month_view',
  );
  useEffect(() => {
    const pushed = asLayout(ui.layout);
    if (pushed) setLayout(pushed);
  }, [ui.layout]);

  const durations = eventType.lengthInMinutesOptions?.length
    ? eventType.lengthInMinutesOptions
    : [eventType.lengthInMinutes];
  const [duration, setDuration] = useState(() => {
    const asked = Number(params.get('duration'));
    if (reschedule && durations.includes(reschedule.duration)) return reschedule.duration;
    return durations.includes(asked) ? asked : eventType.lengthInMinutes;
  });

  const today = localDate(Date.now(), timeZone);
  const [selectedDate, setSelectedDate] = useState<string | null>(() => {
    const asked = params.get('date');
    if (asked && DATE.test(asked)) return asked;
    // Rescheduling opens on the booking's own day, when that is still ahead.
    const current = reschedule ? localDate(Date.parse(reschedule.start), timeZone) : null;
    return current && current >= today ? current : null;
  });
  const [month, setMonth] = useState(() => {
    const asked = params.get('month');
    if (asked && /^\d{4}-\d{2}$/.test(asked)) return asked;
    return monthOf(selectedDate ?? today);
  });
  const [anchor, setAnchor] = useState(selectedDate ?? today);
  const [slot, setSlot] = useState<SlotEntry | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const weekStart = Math.max(0, WEEKDAYS.indexOf(profile.weekStart));

  const days =
    layout === 'week_view'
      ? Array.from({ length: 7 }, (_, i) => addDays(startOfWeek(anchor, weekStart), i))
      : layout === 'column_view'
        ? Array.from({ length: COLUMN_DAYS }, (_, i) => addDays(anchor, i))
        : [];
  const months = layout === 'month_view' ? [month] : [...new Set(days.map(monthOf))];
  const slots = useSlots(
    {
      eventTypeId: eventType.id,
      timeZone,
      duration: eventType.lengthInMinutesOptions?.length ? duration : undefined,
      // A moved seat leaves the others in place: its booking's time is not freed.
      rescheduleUid: reschedule?.seatUid ? undefined : reschedule?.uid,
    },
    months,
  );

  useEffect(() => {
    emitEmbedEvent('eventTypeSelected', {
      eventType: {
        id: eventType.id,
        slug: eventType.slug,
        title: eventType.title,
        length: eventType.lengthInMinutes,
      },
    });
  }, [eventType]);

  const readyAnnounced = useRef(false);
  const hasLoaded = slots.loadedMonths.size > 0;
  useEffect(() => {
    if (!hasLoaded || readyAnnounced.current) return;
    readyAnnounced.current = true;
    emitEmbedEvent('bookerReady', { eventId: eventType.id, eventSlug: eventType.slug });
  }, [hasLoaded, eventType]);

  // Month view: until one is picked, the first date with times shows its times, no click needed.
  const firstAvailable = Object.keys(slots.byDate)
    .filter((date) => date.startsWith(month) && slots.byDate[date]!.length > 0)
    .sort()[0];
  const shownDate = selectedDate ?? (layout === 'month_view' ? (firstAvailable ?? null) : null);

  // A `slot` in the link opens the form once that time is known to be free.
  const askedSlot = useRef(params.get('slot'));
  useEffect(() => {
    const asked = askedSlot.current;
    if (!asked || slots.isLoading) return;
    const found = Object.values(slots.byDate)
      .flat()
      .find((entry) => Date.parse(entry.start) === Date.parse(asked));
    askedSlot.current = null;
    if (found) setSlot(found);
  }, [slots.byDate, slots.isLoading]);

  const pickDate = (date: string) => {
    setSelectedDate(date);
    setNotice(null);
    replaceQuery({ date, month: monthOf(date) });
  };
  const changeMonth = (next: string) => {
    setMonth(next);
    setSelectedDate(null);
    replaceQuery({ month: next, date: null });
  };
  const pickSlot = (entry: SlotEntry) => {
    setSlot(entry);
    setNotice(null);
    replaceQuery({ slot: entry.start });
  };
  const back = () => {
    setSlot(null);
    replaceQuery({ slot: null });
  };
  const onSlotGone = (message: string) => {
    setSlot(null);
    setNotice(message);
    replaceQuery({ slot: null });
    slots.reload();
  };
  const onBooked = (result: BookingOutput | BookingOutput[]) => {
    const bookings = Array.isArray(result) ? result : [result];
    const first = bookings[0]!;
    announceBooking({ bookings, eventType, profile, rescheduled: reschedule !== null });
    if (eventType.successRedirectUrl && !reschedule) {
      const target = new URL(eventType.successRedirectUrl);
      target.searchParams.set('uid', first.uid);
      location.assign(target.toString());
      return;
    }
    const seatUid = first.seatUid ?? null;
    remember(paths.booking(first.uid, seatUid), { booking: first, eventType, profile });
    if (first.recurringBookingUid) remember(`/v2/bookings/${first.recurringBookingUid}`, bookings);
    navigate(pageHref(`/booking/${first.uid}`, seatUid ? { seatUid } : {}, isEmbed));
  };

  const changeZone = (zone: string) => {
    setTimeZone(zone);
    saveTimeZone(zone);
    setSelectedDate(null);
  };
  const changeClock = (value: boolean) => {
    setHour12(value);
    saveHour12(value);
  };
  const changeLayout = (next: Layout) => {
    setLayout(next);
    setAnchor(shownDate ?? today);
    replaceQuery({ layout: next });
  };

  const pick = {
    timeZone,
    hour12,
    showSeats: eventType.seats?.showAvailabilityCount ?? false,
    onPick: pickSlot,
  };
  const stepDays = layout === 'week_view' ? 7 : COLUMN_DAYS;
  const daysView = {
    ...pick,
    days,
    byDate: slots.byDate,
    isLoading: slots.isLoading,
    durationMinutes: duration,
    onPrevious: days[0]! > today ? () => setAnchor(addDays(anchor, -stepDays)) : null,
    onNext: () => setAnchor(addDays(anchor, stepDays)),
  };
  const hideDetails = ui.hideEventTypeDetails === true;

  return (
    <PageFrame appearance={profile.appearance} wide>
      <div
        className={`booker booker-${layout}${slot ? ' booker-form-step' : ''}${hideDetails ? ' booker-no-details' : ''}`}
      >
        {hideDetails ? null : (
          <EventDetails
            eventType={eventType}
            profile={profile}
            duration={duration}
            onDuration={slot || reschedule ? null : setDuration}
            timeZone={timeZone}
            onTimeZone={changeZone}
            hour12={hour12}
            selected={slot}
            reschedule={reschedule}
          />
        )}
        <div className="booker-main">
          {notice ? (
            <p className="notice" role="alert">
              {notice}
            </p>
          ) : null}
          {slots.failed ? (
            <p className="notice" role="alert">
              {en.slots.failed}{' '}
              <button type="button" className="link-button" onClick={slots.reload}>
                {en.error.retry}
              </button>
            </p>
          ) : null}
          {slot ? (
            <BookingForm
              eventType={eventType}
              slot={slot}
              duration={duration}
              timeZone={timeZone}
              hour12={hour12}
              reschedule={reschedule}
              onBack={back}
              onBooked={onBooked}
              onSlotGone={onSlotGone}
            />
          ) : (
            <>
              <BookerToolbar
                layout={layout}
                onLayout={changeLayout}
                hour12={hour12}
                onHour12={changeClock}
              />
              {layout === 'month_view' ? (
                <div className="month-and-slots">
                  <MonthCalendar
                    month={month}
                    weekStart={weekStart}
                    byDate={slots.byDate}
                    selectedDate={shownDate}
                    today={today}
                    isLoading={slots.isLoading}
                    onSelect={pickDate}
                    onMonthChange={changeMonth}
                  />
                  {shownDate ? (
                    <SlotList
                      {...pick}
                      heading={formatDate(shownDate, 'dayMonth')}
                      slots={slots.byDate[shownDate]}
                      isLoading={slots.isLoading}
                    />
                  ) : (
                    <p className="slot-list muted">
                      {slots.isLoading ? en.slots.loading : en.slots.pickDate}
                    </p>
                  )}
                </div>
              ) : layout === 'week_view' ? (
                <WeekView {...daysView} />
              ) : (
                <ColumnView {...daysView} />
              )}
            </>
          )}
        </div>
      </div>
    </PageFrame>
  );
}
