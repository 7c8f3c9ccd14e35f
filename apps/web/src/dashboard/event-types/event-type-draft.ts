import type { EventTypeOutput, EventTypeSettings } from '@kairos/contracts';

/** What the editor holds: exactly the settings `PATCH /v2/event-types/{id}` takes. */
export type Draft = EventTypeSettings;

export type SectionProps = {
  draft: Draft;
  update: (changes: Partial<Draft>) => void;
  /** The API's field errors by dotted path. */
  errors: Record<string, string>;
};

/** The settings of an event type as the API returned it (the owner sees every location). */
export function draftFrom(e: EventTypeOutput): Draft {
  return {
    title: e.title,
    slug: e.slug,
    lengthInMinutes: e.lengthInMinutes,
    lengthInMinutesOptions: e.lengthInMinutesOptions,
    description: e.description,
    locations: e.locations as Draft['locations'],
    bookingFields: e.bookingFields,
    disableGuests: e.disableGuests,
    slotInterval: e.slotInterval,
    minimumBookingNotice: e.minimumBookingNotice,
    beforeEventBuffer: e.beforeEventBuffer,
    afterEventBuffer: e.afterEventBuffer,
    offsetStart: e.offsetStart,
    scheduleId: e.scheduleId,
    bookingWindow: e.bookingWindow as Draft['bookingWindow'],
    bookingLimitsCount: e.bookingLimitsCount,
    bookingLimitsDuration: e.bookingLimitsDuration,
    onlyShowFirstAvailableSlot: e.onlyShowFirstAvailableSlot,
    seats: e.seats as Draft['seats'],
    recurrence: e.recurrence,
    confirmationPolicy: e.confirmationPolicy,
    hidden: e.hidden,
    successRedirectUrl: e.successRedirectUrl,
    isInstantEvent: e.isInstantEvent,
    metadata: e.metadata,
  };
}

/** "15, 30,45" -> [15, 30, 45]; empty -> null; anything unreadable is kept for the API to name. */
export function parseLengths(text: string): number[] | null {
  const parts = text
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length === 0 ? null : parts.map(Number);
}

/** The first error at or under a path ("seats" finds "seats.seatsPerTimeSlot"). */
export function errorUnder(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const key = Object.keys(errors).find((field) => field.startsWith(`${path}.`));
  return key ? errors[key] : undefined;
}
