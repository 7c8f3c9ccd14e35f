import { offsetAt } from '../availability/zone-day';
import type { WebhookTrigger } from './triggers';

/** A person on a booking as the payload builder needs them. */
export interface PayloadPerson {
  id: number;
  name: string;
  email: string;
  username: string;
  timeZone: string;
  /** 12 or 24 (users.time_format); absent = 24. */
  timeFormat?: number | null | undefined;
}

export interface PayloadAttendee {
  name: string;
  /** Null for a phone-only attendee. */
  email: string | null;
  timeZone: string;
  phoneNumber: string | null;
  language: string | null;
  absent: boolean;
  seatUid: string | null;
}

export interface PayloadEventType {
  id: number;
  slug: string;
  title: string;
  description: string | null;
  lengthInMinutes: number;
  requiresConfirmation: boolean;
  schedulingType: string | null;
  seatsPerTimeSlot: number | null;
  seatsShowAttendees: boolean;
  seatsShowAvailabilityCount: boolean;
  teamId: number | null;
}

/** A booking as stored, in the terms of the payload (instants as ISO 8601 UTC). */
export interface PayloadBooking {
  id: number;
  uid: string;
  title: string;
  description: string | null;
  startTime: string;
  endTime: string;
  status: 'accepted' | 'pending' | 'cancelled' | 'rejected';
  /** Already as text (a link, an address, `integrations:<app>`). */
  location: string | null;
  metadata: Record<string, unknown>;
  responses: Record<string, unknown>;
  organizer: PayloadPerson;
  attendees: PayloadAttendee[];
  eventType: PayloadEventType | null;
  recurringBookingUid: string | null;
  cancellationReason: string | null;
  cancelledByEmail: string | null;
  reschedulingReason: string | null;
  rescheduledByEmail: string | null;
  absentHost: boolean;
}

/** An attendee a no-show update names: phone-only attendees have no email. */
export interface NoShowAttendee {
  email: string | null;
  phoneNumber?: string | null | undefined;
  absent: boolean;
}

/** What the event adds to the booking: the booking it replaced, the seat it concerned, why. */
export interface PayloadFacts {
  /** The status the event left the booking in (a later event may have changed it since). */
  status?: PayloadBooking['status'] | undefined;
  previous?: { id: number; uid: string; startTime: string; endTime: string } | undefined;
  seatUid?: string | undefined;
  rejectionReason?: string | null | undefined;
  cancellationReason?: string | null | undefined;
  cancelledBy?: string | null | undefined;
  /** No-show updates: who was marked, as the request said it. */
  noShow?: { host?: boolean | undefined; attendees: NoShowAttendee[] };
}

const minuteOf = (iso: string) => Math.floor(Date.parse(iso) / 60_000);

/** UTC offset in minutes of a zone at an instant (Cal.com's `utcOffset`); 0 if the zone is unknown. */
export function utcOffsetAt(timeZone: string, iso: string): number {
  try {
    return offsetAt(timeZone, minuteOf(iso));
  } catch {
    return 0;
  }
}

function splitName(name: string): { firstName: string; lastName: string } {
  const trimmed = name.trim();
  const space = trimmed.indexOf(' ');
  if (space < 0) return { firstName: trimmed, lastName: '' };
  return { firstName: trimmed.slice(0, space), lastName: trimmed.slice(space + 1) };
}

function organizerOf(person: PayloadPerson, at: string) {
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    username: person.username,
    timeZone: person.timeZone,
    language: { locale: 'en' },
    timeFormat: person.timeFormat === 12 ? 'h:mma' : 'HH:mm',
    utcOffset: utcOffsetAt(person.timeZone, at),
  };
}

function attendeeOf(attendee: PayloadAttendee, at: string) {
  return {
    email: attendee.email,
    name: attendee.name,
    ...splitName(attendee.name),
    timeZone: attendee.timeZone,
    language: { locale: attendee.language ?? 'en' },
    ...(attendee.phoneNumber ? { phoneNumber: attendee.phoneNumber } : {}),
    utcOffset: utcOffsetAt(attendee.timeZone, at),
    noShow: attendee.absent,
  };
}

function eventTypeFields(eventType: PayloadEventType | null, booking: PayloadBooking) {
  const lengthMinutes = Math.round(
    (Date.parse(booking.endTime) - Date.parse(booking.startTime)) / 60_000,
  );
  return {
    type: eventType?.slug ?? null,
    eventTypeId: eventType?.id ?? null,
    eventTitle: eventType?.title ?? null,
    eventDescription: eventType?.description ?? null,
    price: 0,
    currency: 'usd',
    length: lengthMinutes,
    requiresConfirmation: eventType?.requiresConfirmation ?? false,
    schedulingType: eventType?.schedulingType ?? null,
    seatsPerTimeSlot: eventType?.seatsPerTimeSlot ?? null,
    seatsShowAttendees: eventType?.seatsShowAttendees ?? false,
    seatsShowAvailabilityCount: eventType?.seatsShowAvailabilityCount ?? false,
    teamId: eventType?.teamId ?? null,
  };
}

/**
 * The payload of a booking trigger: the PRD's fields (uid, id, eventTypeId, title, startTime,
 * endTime, organizer, attendees, location, metadata, responses) and Cal.com's CalendarEvent
 * fields (compatibility reference 2.4), plus what the trigger adds: the replaced booking for
 * BOOKING_RESCHEDULED, the reason for BOOKING_CANCELLED and BOOKING_REJECTED.
 */
export function bookingWebhookPayload(
  trigger: WebhookTrigger,
  booking: PayloadBooking,
  facts: PayloadFacts = {},
): Record<string, unknown> {
  const status = facts.status ?? booking.status;
  const at = booking.startTime;
  return {
    uid: booking.uid,
    id: booking.id,
    bookingId: booking.id,
    title: booking.title,
    description: booking.description,
    additionalNotes: booking.description,
    customInputs: {},
    startTime: booking.startTime,
    endTime: booking.endTime,
    organizer: organizerOf(booking.organizer, at),
    attendees: booking.attendees.map((attendee) => attendeeOf(attendee, at)),
    location: booking.location,
    metadata: booking.metadata,
    responses: booking.responses,
    ...eventTypeFields(booking.eventType, booking),
    destinationCalendar: null,
    iCalUID: `${booking.uid}@kairos`,
    iCalSequence: 0,
    organizationId: null,
    recurringBookingUid: booking.recurringBookingUid,
    status: status.toUpperCase(),
    ...(facts.seatUid ? { seatUid: facts.seatUid } : {}),
    ...triggerFields(trigger, booking, facts),
  };
}

function triggerFields(
  trigger: WebhookTrigger,
  booking: PayloadBooking,
  facts: PayloadFacts,
): Record<string, unknown> {
  if (trigger === 'BOOKING_RESCHEDULED') {
    return {
      rescheduleId: facts.previous?.id ?? null,
      rescheduleUid: facts.previous?.uid ?? null,
      rescheduleStartTime: facts.previous?.startTime ?? null,
      rescheduleEndTime: facts.previous?.endTime ?? null,
      rescheduledBy: booking.rescheduledByEmail,
      reschedulingReason: booking.reschedulingReason,
    };
  }
  if (trigger === 'BOOKING_CANCELLED') {
    return {
      cancellationReason: facts.cancellationReason ?? booking.cancellationReason,
      cancelledBy: facts.cancelledBy ?? booking.cancelledByEmail,
      requestReschedule: false,
    };
  }
  if (trigger === 'BOOKING_REJECTED') {
    return { rejectionReason: facts.rejectionReason ?? booking.cancellationReason };
  }
  if (trigger === 'MEETING_STARTED' || trigger === 'MEETING_ENDED') {
    const { id, name, email, username, timeZone } = booking.organizer;
    return { userId: id, user: { id, name, email, username, timeZone } };
  }
  return {};
}

/**
 * BOOKING_NO_SHOW_UPDATED (Cal.com's shape: message, attendees with `noShow`, bookingUid,
 * bookingId) with the PRD's `uid` and the host's flag; BOOKING_NO_SHOW carries the same.
 */
export function noShowWebhookPayload(
  booking: PayloadBooking,
  noShow: NonNullable<PayloadFacts['noShow']>,
): Record<string, unknown> {
  const marked = noShow.attendees.filter((attendee) => attendee.absent).length;
  const message =
    noShow.host === true
      ? 'The host was marked as a no-show'
      : `${marked} attendee(s) marked as no-show`;
  return {
    message,
    uid: booking.uid,
    bookingUid: booking.uid,
    bookingId: booking.id,
    eventTypeId: booking.eventType?.id ?? null,
    title: booking.title,
    startTime: booking.startTime,
    endTime: booking.endTime,
    attendees: noShow.attendees.map((attendee) => ({
      email: attendee.email,
      ...(attendee.phoneNumber ? { phoneNumber: attendee.phoneNumber } : {}),
      noShow: attendee.absent,
    })),
    ...(noShow.host === undefined ? {} : { noShowHost: noShow.host }),
  };
}

/**
 * INSTANT_MEETING (Cal.com's shape: uid, responses, connectAndJoinUrl, eventTypeId,
 * eventTypeTitle) with the start and end. Cal.com's `connectAndJoinUrl` is where the host joins
 * the call; here it is the booking's location when that is a link, else null.
 */
export function instantMeetingWebhookPayload(booking: PayloadBooking): Record<string, unknown> {
  const location = booking.location ?? '';
  return {
    uid: booking.uid,
    bookingId: booking.id,
    responses: booking.responses,
    connectAndJoinUrl: /^https?:\/\//i.test(location) ? location : null,
    eventTypeId: booking.eventType?.id ?? null,
    eventTypeTitle: booking.eventType?.title ?? null,
    startTime: booking.startTime,
    endTime: booking.endTime,
  };
}
