import { hostPriorities, type EventTypeOutput } from '@kairos/contracts';
import type { EventTypeHost, EventTypeRecord } from '@kairos/db';
import { iso } from '../http/iso';
import { lockedFieldsOf } from './managed-locks';

type Priority = EventTypeOutput['hosts'][number]['priority'];

/** Cal.com's priority name for the stored 0 … 4 scale (out-of-range values are clamped). */
function priorityName(priority: number): Priority {
  const index = Math.min(Math.max(Math.round(priority), 0), hostPriorities.length - 1);
  return hostPriorities[index] ?? 'medium';
}

const presentHost = (host: EventTypeHost) => ({
  userId: host.userId,
  name: host.name,
  username: host.username,
  mandatory: host.isFixed,
  priority: priorityName(host.priority),
});

type Row = EventTypeRecord['eventType'];
type Settings = Omit<
  EventTypeOutput,
  'id' | 'ownerId' | 'users' | 'hosts' | 'createdAt' | 'updatedAt'
>;

function presentOptions(
  row: Row,
): Pick<
  Settings,
  | 'bookingWindow'
  | 'bookingLimitsCount'
  | 'bookingLimitsDuration'
  | 'seats'
  | 'recurrence'
  | 'confirmationPolicy'
> {
  return {
    bookingWindow: row.bookingWindow as Settings['bookingWindow'],
    bookingLimitsCount: row.bookingLimitsCount,
    bookingLimitsDuration: row.bookingLimitsDuration,
    seats: row.seats as Settings['seats'],
    recurrence: row.recurrence as Settings['recurrence'],
    confirmationPolicy: row.confirmationPolicy as Settings['confirmationPolicy'],
  };
}

type Location = Settings['locations'][number];

/** Only the owner sees the details of a location that is not public. */
const shownTo = (isOwner: boolean) => (location: Location) =>
  isOwner || !('public' in location) || location.public
    ? location
    : { type: location.type, public: false as const };

function presentSettings(row: Row, isOwner: boolean): Settings {
  return {
    title: row.title,
    slug: row.slug,
    description: row.description,
    lengthInMinutes: row.lengthInMinutes,
    lengthInMinutesOptions: row.lengthInMinutesOptions,
    locations: (row.locations as Location[]).map(shownTo(isOwner)),
    bookingFields: row.bookingFields as Settings['bookingFields'],
    disableGuests: row.disableGuests,
    slotInterval: row.slotInterval,
    minimumBookingNotice: row.minimumBookingNotice,
    beforeEventBuffer: row.beforeEventBuffer,
    afterEventBuffer: row.afterEventBuffer,
    offsetStart: row.offsetStart,
    scheduleId: row.scheduleId,
    ...presentOptions(row),
    onlyShowFirstAvailableSlot: row.onlyShowFirstAvailableSlot,
    hidden: row.hidden,
    successRedirectUrl: row.successRedirectUrl,
    isInstantEvent: row.isInstantEvent,
    metadata: row.metadata,
    price: 0,
    currency: 'usd',
  };
}

/**
 * An event type in Cal.com's 2024-06-14 shape, as `viewerId` (null: anonymous) may see it: its
 * owner (or, with `seesPrivate`, a team member) sees every location in full. The option objects
 * were validated on the way in and the API is their only writer, so the stored JSON is returned
 * as it is. A managed template's copy names its template and the settings it locks.
 */
export function presentEventType(
  { eventType: row, owner, hosts, parent }: EventTypeRecord,
  viewerId: number | null,
  seesPrivate = false,
): EventTypeOutput {
  const isOwner = seesPrivate || (viewerId !== null && viewerId === row.ownerId);
  return {
    id: row.id,
    ownerId: row.ownerId,
    ...presentSettings(row, isOwner),
    users: owner ? [{ id: owner.id, name: owner.name, username: owner.username }] : [],
    hosts: hosts.map(presentHost),
    ...(parent ? { parentEventTypeId: parent.id, lockedFields: lockedFieldsOf(parent) } : {}),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** Cal.com's answer to a delete. */
export const presentDeletedEventType = (row: Row) => ({
  id: row.id,
  lengthInMinutes: row.lengthInMinutes,
  slug: row.slug,
  title: row.title,
});
