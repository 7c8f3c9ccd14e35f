import { validationError, type CreateBookingInput, type FieldError } from '@kairos/contracts';
import type { BookingEventType } from '@kairos/db';
import { validateBookingFields } from './booking-fields-validation';
import { resolveLocation, type BookingLocation } from './booking-location';

/** What a valid request books, beyond its start and attendee. */
export interface CheckedRequest {
  durationMinutes: number;
  location: BookingLocation | null;
  guests: string[];
  /** Cal.com's bookingFieldsResponses: name, email, notes, guests and the custom answers. */
  responses: Record<string, unknown>;
}

function durationOf(eventType: BookingEventType, requested: number | undefined) {
  const options = eventType.lengthInMinutesOptions ?? [eventType.lengthInMinutes];
  if (requested === undefined || options.includes(requested)) {
    return { minutes: requested ?? eventType.lengthInMinutes };
  }
  const error = { field: 'lengthInMinutes', message: `Must be one of ${options.join(', ')}` };
  return { minutes: eventType.lengthInMinutes, error };
}

function guestsOf(eventType: BookingEventType, body: CreateBookingInput) {
  const answered = body.bookingFieldsResponses?.guests;
  const guests =
    body.guests ??
    (Array.isArray(answered) ? answered.filter((g): g is string => typeof g === 'string') : []);
  const error =
    eventType.disableGuests && guests.length > 0
      ? { field: 'guests', message: 'This event type takes no guests' }
      : undefined;
  return { guests, error };
}

/** Checks the body against the event type; every problem is reported at once (422). */
export function checkBookingRequest(
  eventType: BookingEventType,
  body: CreateBookingInput,
): CheckedRequest {
  const errors: FieldError[] = [];
  const duration = durationOf(eventType, body.lengthInMinutes);
  if (duration.error) errors.push(duration.error);
  const { guests, error: guestError } = guestsOf(eventType, body);
  if (guestError) errors.push(guestError);
  const location = resolveLocation(eventType.locations, body.location);
  if ('error' in location) errors.push(location.error);
  const { location: _answeredLocation, ...answered } = body.bookingFieldsResponses ?? {};
  const notes = body.attendee.notes ?? answered.notes;
  const responses: Record<string, unknown> = {
    ...answered,
    name: body.attendee.name,
    email: body.attendee.email,
    ...(notes !== undefined ? { notes } : {}),
    ...(guests.length ? { guests } : {}),
  };
  errors.push(...validateBookingFields(eventType.bookingFields, responses));
  if (errors.length) throw validationError(errors);
  return {
    durationMinutes: duration.minutes,
    location: 'location' in location ? location.location : null,
    guests,
    responses,
  };
}
