import type {
  BookingOutput,
  PublicBookingPage,
  PublicEventTypePage,
  PublicUserPage,
} from '@kairos/contracts';
import { getJson, sendJson, takeEarlyAnswer, takePreloaded } from './client';

const enc = encodeURIComponent;

/** The API paths the pages read; the server preloads the same paths into the HTML. */
export const paths = {
  user: (username: string) => `/api/public/users/${enc(username)}`,
  eventType: (username: string, slug: string) =>
    `/api/public/users/${enc(username)}/event-types/${enc(slug)}`,
  team: (teamSlug: string) => `/api/public/teams/${enc(teamSlug)}`,
  teamEventType: (teamSlug: string, slug: string) =>
    `/api/public/teams/${enc(teamSlug)}/event-types/${enc(slug)}`,
  booking: (uid: string, seatUid?: string | null) =>
    `/api/public/bookings/${enc(uid)}${seatUid ? `?seatUid=${enc(seatUid)}` : ''}`,
};

/** Whose booking pages: a person's (`/ada`) or a team's (`/team/sales`). */
export type Owner = { kind: 'user'; username: string } | { kind: 'team'; teamSlug: string };

const ownerPath = (owner: Owner) =>
  owner.kind === 'user' ? paths.user(owner.username) : paths.team(owner.teamSlug);
const ownerEventTypePath = (owner: Owner, slug: string) =>
  owner.kind === 'user'
    ? paths.eventType(owner.username, slug)
    : paths.teamEventType(owner.teamSlug, slug);

export const fetchProfilePage = (owner: Owner) => getJson<PublicUserPage>(ownerPath(owner));

export const fetchEventTypePage = (owner: Owner, slug: string) =>
  getJson<PublicEventTypePage>(ownerEventTypePath(owner, slug));

export const fetchBookingPage = (uid: string, seatUid?: string | null) =>
  getJson<PublicBookingPage>(paths.booking(uid, seatUid));

/** The pages' data when the server put it in the HTML (rendered at once, no request). */
export const preloaded = {
  profile: (owner: Owner) => takePreloaded<PublicUserPage>(ownerPath(owner)),
  eventType: (owner: Owner, slug: string) =>
    takePreloaded<PublicEventTypePage>(ownerEventTypePath(owner, slug)),
  booking: (uid: string, seatUid?: string | null) =>
    takePreloaded<PublicBookingPage>(paths.booking(uid, seatUid)),
};

/** Every occurrence of a recurring series (the series uid), or the one booking. */
export const fetchSeries = (seriesUid: string) =>
  getJson<BookingOutput | BookingOutput[]>(`/v2/bookings/${enc(seriesUid)}`);

export interface SlotEntry {
  start: string;
  end?: string;
  seatsBooked?: number;
  seatsRemaining?: number;
  seatsTotal?: number;
  bookingUid?: string;
}

/** Slots by local date in `timeZone` (Cal.com 2024-09-04 `GET /v2/slots`). */
export type SlotsByDate = Record<string, SlotEntry[]>;

export interface SlotsQuery {
  eventTypeId: number;
  start: string;
  end: string;
  timeZone: string;
  duration?: number | undefined;
  bookingUidToReschedule?: string | undefined;
}

function slotsPath(query: SlotsQuery): string {
  const params = new URLSearchParams({
    eventTypeId: String(query.eventTypeId),
    start: query.start,
    end: query.end,
    timeZone: query.timeZone,
    format: 'range',
  });
  if (query.duration) params.set('duration', String(query.duration));
  if (query.bookingUidToReschedule)
    params.set('bookingUidToReschedule', query.bookingUidToReschedule);
  return `/v2/slots?${params.toString()}`;
}

export const fetchSlots = (query: SlotsQuery) => getJson<SlotsByDate>(slotsPath(query));

/** Slots index.html already received for this query, if any (taken: asked once). */
export const earlySlots = (query: SlotsQuery) => takeEarlyAnswer<SlotsByDate>(slotsPath(query));

export interface CreateBookingBody {
  eventTypeId: number;
  start: string;
  attendee: { name: string; email: string; timeZone: string; notes?: string; language?: string };
  guests?: string[];
  location?: Record<string, string>;
  lengthInMinutes?: number;
  bookingFieldsResponses?: Record<string, unknown>;
  metadata?: Record<string, string>;
  recurrenceCount?: number;
}

/** A booking, or every occurrence of a recurring series. */
export const createBooking = (body: CreateBookingBody) =>
  sendJson<BookingOutput | BookingOutput[]>('POST', '/v2/bookings', body);

export const rescheduleBooking = (
  uid: string,
  body: { start: string; reschedulingReason?: string; seatUid?: string },
) => sendJson<BookingOutput>('POST', `/v2/bookings/${enc(uid)}/reschedule`, body);

export const cancelBooking = (
  uid: string,
  body: { cancellationReason?: string; cancelSubsequentBookings?: boolean; seatUid?: string },
) => sendJson<BookingOutput | BookingOutput[]>('POST', `/v2/bookings/${enc(uid)}/cancel`, body);
