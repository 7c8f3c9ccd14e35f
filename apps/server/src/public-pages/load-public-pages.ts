import type { PublicBookingPage, PublicEventTypePage, PublicUserPage } from '@kairos/contracts';
import {
  findBookingByUid,
  findEventTypeOfOwner,
  findUserById,
  findUserByUsername,
  listEventTypesOfUsername,
  type Database,
} from '@kairos/db';
import { presentBooking } from '../bookings/present-booking';
import {
  presentPublicEventType,
  presentPublicEventTypeSummary,
  presentPublicProfile,
} from './present-public-page';

/** A person's page: profile and listed (not hidden) event types; null when there is no such user. */
export async function loadUserPage(
  database: Database,
  username: string,
): Promise<PublicUserPage | null> {
  const [user, records] = await Promise.all([
    findUserByUsername(database.db, username),
    listEventTypesOfUsername(database.db, username, { includeHidden: false }),
  ]);
  if (!user) return null;
  return {
    profile: presentPublicProfile(user),
    eventTypes: records.map(presentPublicEventTypeSummary),
  };
}

/** One event type by username and slug (hidden ones too: they are bookable by link). */
export async function loadEventTypePage(
  database: Database,
  username: string,
  eventSlug: string,
): Promise<PublicEventTypePage | null> {
  const [user, records] = await Promise.all([
    findUserByUsername(database.db, username),
    listEventTypesOfUsername(database.db, username, { slug: eventSlug, includeHidden: true }),
  ]);
  const record = records[0];
  if (!user || !record) return null;
  return { profile: presentPublicProfile(user), eventType: presentPublicEventType(record) };
}

/**
 * A booking for its uid's holder (the same view as `GET /v2/bookings/{uid}` without a key),
 * with its event type and the organizer's profile; null when there is no such booking.
 */
export async function loadBookingPage(
  database: Database,
  uid: string,
  seatUid: string | undefined,
): Promise<PublicBookingPage | null> {
  const record = await findBookingByUid(database, uid);
  if (!record) return null;
  const [organizer, eventType] = await Promise.all([
    findUserById(database.db, record.organizerId),
    record.eventTypeId === null
      ? undefined
      : findEventTypeOfOwner(database.db, record.organizerId, record.eventTypeId),
  ]);
  return {
    booking: presentBooking(record, { isHost: false, seatUid }),
    eventType: eventType ? presentPublicEventType(eventType) : null,
    profile: organizer ? presentPublicProfile(organizer) : null,
  };
}
