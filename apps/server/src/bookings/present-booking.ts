import type { BookingOutput } from '@kairos/contracts';
import type { BookingRecord } from '@kairos/db';
import { locationText, type BookingLocation } from './booking-location';

const iso = (text: string) => new Date(text).toISOString();

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The optional fields Cal.com shows only when set. */
function history(record: BookingRecord) {
  const fields = {
    cancellationReason: record.cancellationReason,
    cancelledByEmail: record.cancelledByEmail,
    reschedulingReason: record.reschedulingReason,
    rescheduledByEmail: record.rescheduledByEmail,
    rescheduledFromUid: record.rescheduledFromUid,
    rescheduledToUid: record.rescheduledToUid,
    recurringBookingUid: record.recurringBookingUid,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
}

/** Who looks: a host sees every seat; a seat's holder sees their own seat uid. */
export interface BookingView {
  isHost?: boolean;
  seatUid?: string | undefined;
}

/**
 * The attendees a viewer may see. Seated events show other attendees only with
 * `showAttendeeInfo`, and a seat's uid (the key to cancel it) only to its holder and the hosts.
 */
function attendeesFor(record: BookingRecord, view: BookingView) {
  if (!record.seats) return record.attendees.map((attendee) => ({ ...attendee, seatUid: null }));
  const isOwn = (seatUid: string | null) => seatUid !== null && seatUid === view.seatUid;
  const showsAll = view.isHost === true || record.seats.showAttendeeInfo === true;
  return record.attendees
    .filter((attendee) => showsAll || isOwn(attendee.seatUid))
    .map((attendee) => ({
      ...attendee,
      seatUid: view.isHost || isOwn(attendee.seatUid) ? attendee.seatUid : null,
    }));
}

/** A booking as the API shows it: the PRD's fields and Cal.com 2024-08-13's. */
export function presentBooking(record: BookingRecord, view: BookingView = {}): BookingOutput {
  const start = iso(record.startAt);
  const end = iso(record.endAt);
  const { organizer } = record;
  return {
    id: record.id,
    uid: record.uid,
    title: record.title,
    description: record.description,
    status: record.status,
    start,
    end,
    duration: Math.round((Date.parse(end) - Date.parse(start)) / 60_000),
    eventTypeId: record.eventTypeId,
    eventType: record.eventType,
    host: { id: organizer.id, name: organizer.name, email: organizer.email },
    hosts: record.hosts.map((host) => ({ ...host, displayEmail: host.email })),
    attendees: attendeesFor(record, view).map((attendee) => ({
      name: attendee.name,
      email: attendee.email,
      displayEmail: attendee.email,
      timeZone: attendee.timeZone,
      ...(attendee.language ? { language: attendee.language } : {}),
      ...(attendee.phoneNumber ? { phoneNumber: attendee.phoneNumber } : {}),
      absent: attendee.absent,
      ...(attendee.seatUid ? { seatUid: attendee.seatUid } : {}),
    })),
    guests: stringList(record.responses.guests),
    location: locationText(record.location as BookingLocation | null),
    metadata: record.metadata,
    bookingFieldsResponses: record.responses,
    absentHost: record.absentHost,
    ...history(record),
    ...(view.seatUid ? { seatUid: view.seatUid } : {}),
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
  };
}
